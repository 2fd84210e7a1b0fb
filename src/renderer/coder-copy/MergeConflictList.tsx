import { Paper, Radio, Stack, Text } from '@mantine/core';
import type { MergeChoice, MergeConflict } from '../../shared/domain/coder-copy';

const CHOICE_LABEL: Record<MergeChoice, string> = { mine: 'Keep mine', theirs: 'Take theirs', both: 'Keep both' };

function shown(value: string | null): string {
  if (value === null) return '(deleted in this lab)';
  return value === '' ? '(empty)' : `“${value.length > 200 ? `${value.slice(0, 199)}…` : value}”`;
}

/** One choice per conflict, each a labelled radio group, so the merge applies exactly what the documenter chose. */
export function MergeConflictList({
  conflicts,
  choices,
  onChoose,
}: {
  conflicts: MergeConflict[];
  choices: Record<string, MergeChoice>;
  onChoose: (id: string, choice: MergeChoice) => void;
}) {
  return (
    <Stack gap="xs">
      {conflicts.map((c) => {
        const title = c.field ? `${c.subject}: ${c.field}` : c.subject;
        return (
          <Paper key={c.id} withBorder p="sm">
            <Radio.Group label={title} value={choices[c.id] ?? null} onChange={(v) => onChoose(c.id, v as MergeChoice)} required>
              <Text size="xs" c="dimmed">
                Mine: {shown(c.mine)}
              </Text>
              <Text size="xs" c="dimmed" mb={6}>
                Theirs: {shown(c.theirs)}
              </Text>
              <Stack gap={4}>
                {c.choices.map((choice) => (
                  <Radio key={choice} value={choice} label={CHOICE_LABEL[choice]} />
                ))}
              </Stack>
            </Radio.Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
