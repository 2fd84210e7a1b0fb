import { Button, Collapse, Group, Paper, ScrollArea, Text } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import type { SuggestionUnit } from '../../shared/domain/assistant';
import { useOp } from '../client/use-op';
import { QueryState } from '../components/QueryState';
import { navigate } from '../shell/navigation';
import { SuggestionQueue } from './SuggestionQueue';
import { UnitPicker } from './UnitPicker';
import { refetchWhileStale } from './use-lab-pass';

/** The coding view's suggestions for the open source, learned from the lab's own coding; closed until asked for. */
export function SuggestionsPanel({ sourceId }: { sourceId: string }) {
  const [open, setOpen] = useState(false);
  const [unit, setUnit] = useState<SuggestionUnit>('paragraph');
  const list = useOp('assistant.suggest', { sourceId, unit, limit: 50 }, { enabled: open, refetchInterval: refetchWhileStale });
  return (
    <Paper withBorder p={6} mb={8} role="region" aria-label="Suggestions for this source">
      <Group justify="space-between" wrap="nowrap">
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconSparkles size={16} />}
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls="coding-suggestions"
        >
          {open ? 'Hide suggestions' : 'Show suggestions'}
        </Button>
        {open && (
          <Group gap="xs" wrap="nowrap">
            {list.data && (
              <Text size="xs" c="dimmed">
                Learned from {list.data.model.codedExcerpts.toLocaleString()} coded excerpts{list.data.model.stale ? ' (updating)' : ''}
              </Text>
            )}
            <UnitPicker value={unit} onChange={setUnit} />
          </Group>
        )}
      </Group>
      <Collapse expanded={open}>
        <ScrollArea.Autosize mah="40vh" mt={6} id="coding-suggestions">
          {list.data ? (
            <SuggestionQueue
              suggestions={list.data.suggestions}
              onOpen={(s) => navigate({ page: 'coding', coding: { sourceId: s.sourceId, range: { start: s.start, end: s.end } } })}
            />
          ) : (
            open && <QueryState error={list.error} label="suggestions" />
          )}
        </ScrollArea.Autosize>
      </Collapse>
    </Paper>
  );
}
