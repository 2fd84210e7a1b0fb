import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { SuggestionUnit } from '../../shared/domain/assistant';
import { run, useOp } from '../client/use-op';
import { announce } from '../components/Announcer';
import { notifyError } from '../components/notify';
import { navigate } from '../shell/navigation';
import type { MoreLikeThisTarget } from './more-like-this-target';
import { PassState } from './PassState';
import { useLabPass } from './use-lab-pass';

/** The uncoded passages most like an excerpt, across the lab; each can be coded with the excerpt's codes. */
export function MoreLikeThisList({ target, unit }: { target: MoreLikeThisTarget; unit: SuggestionUnit }) {
  const similar = useLabPass('assistant.moreLikeThis', { excerptId: target.excerptId, unit, limit: 30 });
  const codes = useOp('codes.list', {}).data ?? [];
  const names = target.codeIds.map((id) => codes.find((c) => c.id === id)?.name).filter(Boolean);
  const [coded, setCoded] = useState<ReadonlySet<string>>(new Set());
  if (!similar.data) return <PassState pass={similar} what="similar passages" />;
  const code = async (sourceId: string, start: number, end: number) => {
    try {
      await run('excerpts.code', { sourceId, start, end, codeIds: target.codeIds });
      setCoded((c) => new Set(c).add(`${sourceId}:${start}`));
      announce('Coded');
    } catch (e) {
      notifyError('Could not code the passage', e);
    }
  };
  const rows = similar.data.filter((p) => !coded.has(`${p.sourceId}:${p.start}`));
  if (rows.length === 0) return <Text size="sm" c="dimmed">No uncoded passage shares words with this excerpt.</Text>;
  return (
    <Stack gap={6} role="list" aria-label="Similar passages">
      {rows.map((p) => (
        <div key={`${p.sourceId}:${p.start}`} role="listitem">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="xs" c="dimmed" truncate>
              {p.sourceTitle} · {Math.round(100 * p.similarity)}% alike
            </Text>
            <Group gap={4} wrap="nowrap">
              <Button size="compact-xs" variant="light" disabled={target.codeIds.length === 0} onClick={() => void code(p.sourceId, p.start, p.end)}>
                Code with {names.join(', ') || 'its codes'}
              </Button>
              <Button size="compact-xs" variant="subtle" onClick={() => navigate({ page: 'coding', coding: { sourceId: p.sourceId, range: { start: p.start, end: p.end } } })}>
                Open
              </Button>
            </Group>
          </Group>
          <Text size="sm" lineClamp={3}>
            {p.text}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
