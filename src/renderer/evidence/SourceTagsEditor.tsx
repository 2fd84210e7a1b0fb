import { Chip, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { EvidenceDimension } from '../../shared/domain/evidence';
import { useMutationOp, useOp } from '../client/use-op';
import { notifyError } from '../components/notify';
import { QueryState } from '../components/QueryState';
import { dimensionColour } from '../excerpts/dimension-colours';

interface SourceTagsEditorProps {
  sourceId: string;
  /** Only these dimensions (by key), e.g. ['type'] in a compact list; all by default. */
  dimensionKeys?: string[];
  /** Leave out the explanation, where the page around says it once. */
  compact?: boolean;
  /** Names the source for screen readers when several editors share a page. */
  sourceTitle?: string;
}

const NO_DIMS: EvidenceDimension[] = [];

/** A source's default evidence tags: its excerpts carry them until they are tagged themselves. */
export function SourceTagsEditor({ sourceId, dimensionKeys, compact, sourceTitle }: SourceTagsEditorProps) {
  const dims = useOp('evidence.dimensions', {});
  const tags = useOp('evidence.sourceTags', { sourceId });
  const save = useMutationOp('evidence.setSourceTags');
  if (!dims.data || !tags.data) return <QueryState error={dims.error ?? tags.error} label="source tags" />;
  const all = dims.data ?? NO_DIMS;
  const shown = dimensionKeys ? all.filter((d) => dimensionKeys.includes(d.key)) : all;
  const current = tags.data;

  const setDimension = (d: EvidenceDimension, values: string[]) => {
    const inDim = new Set(d.values.map((v) => v.id));
    const next = [...current.filter((id) => !inDim.has(id)), ...values];
    save.mutate({ sourceId, valueIds: next }, { onError: (e) => notifyError('Could not set the source’s tags', e) });
  };

  return (
    <Stack gap={compact ? 4 : 'xs'} aria-label={sourceTitle ? `Default tags of ${sourceTitle}` : 'Default tags of this source'} role="group">
      {!compact && (
        <Text size="sm" c="dimmed">
          The source’s excerpts inherit these tags until they are tagged themselves; an excerpt’s own tags in a dimension
          replace the source’s there.
        </Text>
      )}
      {shown.map((d) => {
        const di = all.indexOf(d);
        const inDim = current.filter((id) => d.values.some((v) => v.id === id));
        return (
          <Group key={d.id} gap={6} wrap="nowrap" align="center">
            {(!compact || shown.length > 1) && (
              <Tooltip label={d.description || d.label} multiline maw={280}>
                <Text size="xs" fw={600} c="dimmed" w={92} style={{ flex: 'none' }}>
                  {d.label}
                </Text>
              </Tooltip>
            )}
            <Chip.Group multiple value={inDim} onChange={(v) => setDimension(d, d.multiple ? v : v.slice(-1))}>
              <Group gap={4} role="group" aria-label={d.label}>
                {d.values.map((v) => (
                  <Tooltip key={v.id} label={v.description || v.label} multiline maw={280} openDelay={500}>
                    <Chip value={v.id} size="xs" color={dimensionColour(di)} variant="light" disabled={save.isPending}>
                      {v.label}
                    </Chip>
                  </Tooltip>
                ))}
              </Group>
            </Chip.Group>
          </Group>
        );
      })}
    </Stack>
  );
}
