import { ActionIcon, Anchor, Button, Group, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLink, IconSearch, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { RetrievedExcerpt } from '../../../shared/domain/coding';
import { useOp } from '../../client/use-op';
import { navigate } from '../../shell/navigation';

const SHOWN = 30;
const EMPTY: RetrievedExcerpt[] = [];

function openInCoding(e: RetrievedExcerpt): void {
  navigate({ page: 'coding', coding: { sourceId: e.sourceId, range: { start: e.start, end: e.end } } });
}

function where(e: RetrievedExcerpt): string {
  return [e.sourceTitle, e.speaker].filter(Boolean).join(' · ');
}

/** The excerpts a score rests on: each opens in the coding view; more are found by their words and linked. */
export function ExcerptLinks({ linked, onChange }: { linked: string[]; onChange: (ids: string[]) => void }) {
  const all = useOp('excerpts.query', { filter: {} });
  const excerpts = all.data?.excerpts ?? EMPTY;
  const [text, setText] = useState('');
  const [needle] = useDebouncedValue(text.trim().toLowerCase(), 150);
  const byId = useMemo(() => new Map(excerpts.map((e) => [e.excerptId, e])), [excerpts]);
  const linkedSet = new Set(linked);
  const matches = useMemo(
    () =>
      needle
        ? excerpts.filter((e) => `${e.text} ${e.sourceTitle} ${e.speaker ?? ''} ${e.memo}`.toLowerCase().includes(needle))
        : excerpts,
    [excerpts, needle],
  );
  const candidates = matches.filter((e) => !linkedSet.has(e.excerptId));

  return (
    <Stack gap="xs">
      {linked.length === 0 ? (
        <Text size="sm" c="dimmed">
          No evidence linked yet. Find the excerpts this score rests on below.
        </Text>
      ) : (
        <Stack gap={6} role="list" aria-label="Linked excerpts">
          {linked.map((id) => {
            const e = byId.get(id);
            return (
              <Paper key={id} withBorder p="xs" radius="sm" role="listitem" bg="brand.0">
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Stack gap={2} flex={1} miw={0}>
                    {e ? (
                      <>
                        <Anchor component="button" type="button" size="sm" ta="left" onClick={() => openInCoding(e)} lineClamp={3} c="var(--mantine-color-text)">
                          “{e.text}”
                        </Anchor>
                        <Text size="xs" c="dimmed" truncate>
                          {where(e)}
                        </Text>
                      </>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {all.data ? 'An excerpt outside the first results' : 'Loading…'}
                      </Text>
                    )}
                  </Stack>
                  <Tooltip label="Unlink">
                    <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Unlink ${e ? `“${e.text.slice(0, 40)}”` : 'excerpt'}`} onClick={() => onChange(linked.filter((x) => x !== id))}>
                      <IconX size={14} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
      <TextInput
        placeholder="Find excerpts by their words, source or speaker"
        aria-label="Find excerpts to link"
        leftSection={<IconSearch size={15} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        mt={4}
      />
      <div style={{ maxHeight: 260, overflowY: 'auto', overflowX: 'hidden' }}>
        <Stack gap={4} role="list" aria-label="Excerpts to link">
          {candidates.slice(0, SHOWN).map((e) => (
            <Group key={e.excerptId} gap="xs" wrap="nowrap" align="flex-start" role="listitem" px={4} py={2}>
              <Stack gap={0} flex={1} miw={0}>
                <Text size="sm" lineClamp={2}>
                  “{e.text}”
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {where(e)}
                </Text>
              </Stack>
              <Button
                size="compact-xs"
                variant="light"
                leftSection={<IconLink size={12} />}
                onClick={() => onChange([...linked, e.excerptId])}
                aria-label={`Link “${e.text.slice(0, 60)}”`}
              >
                Link
              </Button>
            </Group>
          ))}
          {all.data && candidates.length === 0 && (
            <Text size="sm" c="dimmed">
              {excerpts.length === 0 ? 'The lab has no excerpts yet: code its sources first.' : 'No other excerpt matches.'}
            </Text>
          )}
          {candidates.length > SHOWN && (
            <Text size="xs" c="dimmed">
              {candidates.length - SHOWN} more; type a few words to narrow the list.
            </Text>
          )}
        </Stack>
      </div>
    </Stack>
  );
}
