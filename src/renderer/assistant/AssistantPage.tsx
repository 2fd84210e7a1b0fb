import { Alert, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconGauge } from '@tabler/icons-react';
import { useState } from 'react';
import type { SuggestionUnit } from '../../shared/domain/assistant';
import { useOp } from '../client/use-op';
import { PageHeader } from '../components/PageHeader';
import { navigate } from '../shell/navigation';
import { AssistantQualityModal } from './AssistantQualityModal';
import { MoreLikeThisList } from './MoreLikeThisList';
import { PassState } from './PassState';
import { useMoreLikeThis } from './more-like-this-target';
import { SuggestionQueue } from './SuggestionQueue';
import { UnitPicker } from './UnitPicker';
import { useLabPass } from './use-lab-pass';

type Mode = 'source' | 'code' | 'similar';

/** The review page: the assistant's suggestions queued per source or per code, and “more like this” from an excerpt. */
export function AssistantPage() {
  const similarTo = useMoreLikeThis();
  const [mode, setMode] = useState<Mode>(similarTo ? 'similar' : 'source');
  const [unit, setUnit] = useState<SuggestionUnit>('paragraph');
  const sources = useOp('sources.list', {}).data ?? [];
  const codes = useOp('codes.list', {}).data ?? [];
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [codeId, setCodeId] = useState<string | null>(null);
  const input = mode === 'code' ? (codeId ? { codeId } : null) : mode === 'source' ? (sourceId ? { sourceId } : {}) : null;
  const list = useLabPass('assistant.suggest', { ...input, unit, limit: 200 }, { enabled: input !== null });
  const [testing, setTesting] = useState(false);

  return (
    <Stack gap="sm">
      <PageHeader title="Suggestions" description="Codes and evidence tags the assistant learned from this lab’s own coding. It runs on this computer only; nothing is applied until you accept it.">
        <Group gap="sm">
          <UnitPicker value={unit} onChange={setUnit} />
          <Button variant="default" leftSection={<IconGauge size={16} />} onClick={() => setTesting(true)}>
            How well does it suggest?
          </Button>
        </Group>
      </PageHeader>
      <AssistantQualityModal opened={testing} onClose={() => setTesting(false)} />
      <Group gap="sm" align="flex-end">
        <SegmentedControl
          aria-label="Review"
          value={mode}
          onChange={(v) => setMode(v as Mode)}
          data={[
            { value: 'source', label: 'By source' },
            { value: 'code', label: 'By code' },
            { value: 'similar', label: 'More like this', disabled: !similarTo },
          ]}
        />
        {mode === 'source' && (
          <Select
            label="Source"
            placeholder="Every source"
            clearable
            searchable
            data={sources.map((s) => ({ value: s.id, label: s.title }))}
            value={sourceId}
            onChange={setSourceId}
            w={320}
          />
        )}
        {mode === 'code' && (
          <Select label="Code" placeholder="Choose a code" searchable data={codes.map((c) => ({ value: c.id, label: c.name }))} value={codeId} onChange={setCodeId} w={320} />
        )}
      </Group>
      {mode === 'similar' && similarTo ? (
        <>
          <Alert variant="light" py={6}>
            <Text size="sm" lineClamp={2}>
              Passages like “{similarTo.text}”
            </Text>
          </Alert>
          <MoreLikeThisList target={similarTo} unit={unit} />
        </>
      ) : input === null ? (
        <Text size="sm" c="dimmed">
          Choose a code to see the passages the assistant would code with it.
        </Text>
      ) : list.data ? (
        <>
          <PassState pass={list} what="suggestions" />
          <Text size="xs" c="dimmed">
            Learned from {list.data.model.codedExcerpts.toLocaleString()} coded and {list.data.model.taggedExcerpts.toLocaleString()} tagged excerpts and{' '}
            {list.data.model.rejections.toLocaleString()} rejections
            {list.data.model.stale ? '; updating with your latest coding' : ''}.
          </Text>
          <SuggestionQueue
            suggestions={list.data.suggestions}
            showSource
            onOpen={(s) => navigate({ page: 'coding', coding: { sourceId: s.sourceId, range: { start: s.start, end: s.end } } })}
          />
        </>
      ) : (
        <PassState pass={list} what="suggestions" />
      )}
    </Stack>
  );
}
