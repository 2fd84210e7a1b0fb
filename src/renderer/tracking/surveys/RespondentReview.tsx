import { Alert, Badge, Checkbox, Group, Select, Spoiler, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconUserQuestion } from '@tabler/icons-react';
import type { Participant } from '../../../shared/domain/participant';
import type { Respondent, SurveyImportResult } from '../../../shared/domain/sheet';
import { TIME_POINT_LABELS } from '../tracking-labels';
import { decodeChoice, encodeChoice, type RowChoice } from './survey-mapping';

function given(r: Respondent): string {
  return [r.given.name, r.given.email, r.given.id].filter(Boolean).join(' · ') || '(no name, email or id)';
}

function choiceData(r: Respondent, participants: Participant[]) {
  const candidateIds = new Set(r.candidates.map((c) => c.participantId));
  const label = (name: string, pseudonym: string) => `${name} (${pseudonym})`;
  return [
    ...(r.candidates.length
      ? [{ group: 'Close matches', items: r.candidates.map((c) => ({ value: `map:${c.participantId}`, label: label(c.displayName, c.pseudonym) })) }]
      : []),
    {
      group: 'Add to the lab',
      items: [
        { value: 'create:lab', label: 'Create a new participant (lab group)' },
        { value: 'create:comparison', label: 'Create a new participant (comparison group)' },
      ],
    },
    { group: 'Leave out', items: [{ value: 'skip', label: 'Skip this row' }] },
    {
      group: 'Other participants',
      items: participants.filter((p) => !candidateIds.has(p.id)).map((p) => ({ value: `map:${p.id}`, label: label(p.displayName, p.pseudonym) })),
    },
  ];
}

interface RespondentReviewProps {
  result: SurveyImportResult;
  participants: Participant[];
  choices: Record<number, RowChoice>;
  onChoice: (row: number, c: RowChoice | undefined) => void;
}

/** The dry run: who matched whom, the rows to settle (map, create or skip), and rows with bad answers. */
export function RespondentReview({ result, participants, choices, onChoice }: RespondentReviewProps) {
  const unmatched = result.respondents.filter((r) => r.status === 'unmatched');
  const errors = result.respondents.filter((r) => r.status === 'error');
  const matched = result.respondents.filter((r) => r.status === 'matched' || r.status === 'mapped' || r.status === 'created');
  const open = unmatched.filter((r) => !choices[r.row]).length;
  const newItems = result.items.filter((i) => i.isNew).length;
  return (
    <Stack gap="md">
      <Group gap="lg">
        <Text size="sm">
          <b>{TIME_POINT_LABELS[result.timePoint]}</b> · {result.respondents.length} respondents · {result.items.length} questions
          {newItems > 0 && ` (${newItems} new)`} · {result.answers} answers
          {result.replaced > 0 && ` · ${result.replaced} replace stored answers`}
        </Text>
      </Group>
      {errors.length > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle />} title={`${errors.length} ${errors.length === 1 ? 'row has' : 'rows have'} bad answers`}>
          <Stack gap={2}>
            {errors.map((r) => (
              <Text key={r.row} size="sm">
                Row {r.row}: {r.message}
              </Text>
            ))}
            <Text size="sm" mt={4}>
              Nothing is stored until every row is valid: correct the spreadsheet and choose it again, or leave those rows
              out.
            </Text>
            <Checkbox
              mt={4}
              label={`Leave out the ${errors.length === 1 ? 'row' : `${errors.length} rows`} with bad answers`}
              checked={errors.every((r) => choices[r.row]?.action === 'skip')}
              onChange={(e) => {
                const skip = e.currentTarget.checked;
                for (const r of errors) onChoice(r.row, skip ? { action: 'skip' } : undefined);
              }}
            />
          </Stack>
        </Alert>
      )}
      {unmatched.length > 0 ? (
        <Stack gap="xs">
          <Group gap="xs">
            <IconUserQuestion size={18} color="var(--mantine-color-orange-7)" />
            <Text fw={600} size="sm">
              {unmatched.length} {unmatched.length === 1 ? 'respondent matches' : 'respondents match'} no participant
            </Text>
            {open === 0 && (
              <Badge color="green" variant="light" size="sm">
                All settled
              </Badge>
            )}
          </Group>
          <Table fz="sm" verticalSpacing={6} aria-label="Unmatched respondents" withTableBorder>
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Th w={60}>Row</Table.Th>
                <Table.Th>In the sheet</Table.Th>
                <Table.Th w={340}>Settle as</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {unmatched.map((r) => (
                <Table.Tr key={r.row} bg={choices[r.row] ? undefined : 'orange.0'}>
                  <Table.Td fw={600}>{r.row}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {given(r)}
                    </Text>
                    {r.message && (
                      <Text size="xs" c="dimmed">
                        {r.message}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="sm"
                      aria-label={`Settle row ${r.row}`}
                      placeholder="Match, create or skip…"
                      data={choiceData(r, participants)}
                      value={encodeChoice(choices[r.row])}
                      onChange={(v) => onChoice(r.row, decodeChoice(v))}
                      searchable
                      clearable
                      comboboxProps={{ withinPortal: true }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : (
        errors.length === 0 && (
          <Alert color="green" variant="light" icon={<IconCircleCheck />} title="Every respondent matches a participant">
            Import stores the answers as one step you can undo.
          </Alert>
        )
      )}
      {matched.length > 0 && (
        <Spoiler maxHeight={0} showLabel={`Show the ${matched.length} matched respondents`} hideLabel="Hide matched respondents">
          <Table fz="sm" verticalSpacing={4} aria-label="Matched respondents">
            <Table.Tbody>
              {matched.map((r) => {
                const p = participants.find((x) => x.id === r.participantId);
                return (
                  <Table.Tr key={r.row}>
                    <Table.Td w={60} c="dimmed">
                      {r.row}
                    </Table.Td>
                    <Table.Td>{given(r)}</Table.Td>
                    <Table.Td>
                      → {p?.displayName ?? 'participant'} {r.matchedBy && <Text span size="xs" c="dimmed">(by {r.matchedBy})</Text>}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Spoiler>
      )}
    </Stack>
  );
}
