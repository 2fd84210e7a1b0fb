import { Stack, Table, Text, Title } from '@mantine/core';
import { TARGET_STATUSES } from '../../shared/domain/action-plan';
import type { Comparison } from '../../shared/domain/compare';
import { TIME_POINTS } from '../../shared/domain/tracking';

const pct = (r: number | null) => (r === null ? '–' : `${Math.round(r * 100)}%`);
const num = (n: number | null) => (n === null ? '–' : n.toFixed(2));
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function Section({ title, caption, children }: { title: string; caption: string; children: React.ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={3} fz="md">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={500}>
        <Table withTableBorder striped>
          <caption style={{ textAlign: 'left', captionSide: 'top' }}>
            <Text size="xs" c="dimmed">
              {caption}
            </Text>
          </caption>
          {children}
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** The four comparisons, one accessible table each: labs down, what is compared across, with headers. */
export function CompareTables({ comparison }: { comparison: Comparison }) {
  const labs = comparison.labs;
  return (
    <Stack gap="lg">
      <Section title="Rubric trends" caption="Mean rubric score of the scored core ingredients at each time point">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Lab</Table.Th>
            {TIME_POINTS.map((tp) => (
              <Table.Th key={tp} scope="col" ta="right">
                {cap(tp)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {labs.map((l) => (
            <Table.Tr key={l.path}>
              <Table.Th scope="row">{l.name}</Table.Th>
              {l.rubric.means.map((m) => (
                <Table.Td key={m.timePoint} ta="right">
                  {num(m.mean)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Section>
      <Section title="Targets met" caption="Targets of every iteration by status; met share leaves out dropped and carried-over targets">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Lab</Table.Th>
            {TARGET_STATUSES.map((s) => (
              <Table.Th key={s} scope="col" ta="right">
                {cap(s)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              Met share
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {labs.map((l) => (
            <Table.Tr key={l.path}>
              <Table.Th scope="row">{l.name}</Table.Th>
              {TARGET_STATUSES.map((s) => (
                <Table.Td key={s} ta="right">
                  {l.targets.byStatus[s] ?? 0}
                </Table.Td>
              ))}
              <Table.Td ta="right">{pct(l.targets.metShare)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Section>
      <Section title="Evidence type × phase" caption="Excerpts by evidence type (own or inherited tags) in each lab's phases">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Lab</Table.Th>
            <Table.Th scope="col">Evidence type</Table.Th>
            <Table.Th scope="col">By phase</Table.Th>
            <Table.Th scope="col" ta="right">
              Total
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {labs.flatMap((l) =>
            l.evidence.rows.map((r) => (
              <Table.Tr key={`${l.path} ${r.key}`}>
                <Table.Th scope="row">{l.name}</Table.Th>
                <Table.Td>{r.label}</Table.Td>
                <Table.Td>
                  {l.evidence.cols
                    .map((c) => `${c.label} ${l.evidence.cells.find((x) => x.row === r.key && x.col === c.key)?.count ?? 0}`)
                    .join(' · ')}
                </Table.Td>
                <Table.Td ta="right">{l.evidence.rowTotals[r.key] ?? 0}</Table.Td>
              </Table.Tr>
            )),
          )}
        </Table.Tbody>
      </Section>
      <Section title="Participation" caption="Attendance of lab participants at the convenings where it was taken">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Lab</Table.Th>
            <Table.Th scope="col" ta="right">
              Lab participants
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Convenings with attendance
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Attendance rate
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {labs.map((l) => (
            <Table.Tr key={l.path}>
              <Table.Th scope="row">{l.name}</Table.Th>
              <Table.Td ta="right">{l.participation.participants}</Table.Td>
              <Table.Td ta="right">
                {l.participation.recorded} of {l.participation.convenings}
              </Table.Td>
              <Table.Td ta="right">{pct(l.participation.overall.rate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Section>
    </Stack>
  );
}
