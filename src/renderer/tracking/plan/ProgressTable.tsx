import { Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import type { IterationProgress, Target } from '../../../shared/domain/action-plan';
import { formatDay, formatRange } from '../../format/dates';
import { decimal, percent } from '../tracking-labels';
import { StatusBadge } from './StatusBadge';
import { StatusCounts } from './StatusCounts';

function TargetRows({ target: t }: { target: Target }) {
  const rows = t.measures.length ? t.measures : [null];
  const span = rows.length;
  const owner = [t.ownerName, t.ownerOrganisation].filter(Boolean).join(', ');
  return (
    <>
      {rows.map((m, i) => (
        <Table.Tr key={m?.id ?? t.id}>
          {i === 0 && (
            <>
              <Table.Td rowSpan={span} fw={500} style={{ verticalAlign: 'top' }} maw={320}>
                {t.kind === 'idea' && (
                  <Text span size="xs" c="grape" fw={600}>
                    Idea ·{' '}
                  </Text>
                )}
                {t.text}
              </Table.Td>
              <Table.Td rowSpan={span} style={{ verticalAlign: 'top' }}>
                {owner || '—'}
              </Table.Td>
              <Table.Td rowSpan={span} style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                {formatDay(t.dueDate) || '—'}
              </Table.Td>
              <Table.Td rowSpan={span} style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                <StatusBadge status={t.status} />
              </Table.Td>
            </>
          )}
          {m ? (
            <>
              <Table.Td>
                {m.name}
                {m.unit && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({m.unit})
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{decimal(m.baseline)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {m.latest ? decimal(m.latest.value) : '—'}
              </Table.Td>
              <Table.Td ta="right">{decimal(m.targetValue)}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Progress value={Math.max(0, Math.min(1, m.progress ?? 0)) * 100} w={60} size="sm" color={(m.progress ?? 0) >= 1 ? 'green' : 'brand'} />
                  <Text size="xs" w={34}>
                    {percent(m.progress)}
                  </Text>
                </Group>
              </Table.Td>
            </>
          ) : (
            <Table.Td colSpan={5} c="dimmed" fs="italic">
              No measure
            </Table.Td>
          )}
        </Table.Tr>
      ))}
    </>
  );
}

/** The view a reflection convening looks at: each iteration’s targets, their measures and where they stand. */
export function ProgressTable({ blocks }: { blocks: IterationProgress[] }) {
  return (
    <Stack gap="xl">
      {blocks.map((b) => {
        const name = b.phase?.name ?? 'Not planned into an iteration';
        return (
          <Stack key={b.phase?.id ?? 'none'} gap="xs">
            <Group gap="md" align="baseline">
              <Title order={3} fz="lg">
                {name}
              </Title>
              {b.phase && (
                <Text size="sm" c="dimmed">
                  {formatRange(b.phase.startDate, b.phase.endDate)}
                </Text>
              )}
              <StatusCounts byStatus={b.byStatus} />
            </Group>
            {b.targets.length ? (
              <Table.ScrollContainer minWidth={900}>
                <Table withTableBorder withColumnBorders verticalSpacing={6} fz="sm" aria-label={`Progress ${name}`}>
                  <Table.Thead bg="gray.0">
                    <Table.Tr>
                      <Table.Th>Target</Table.Th>
                      <Table.Th>Owner</Table.Th>
                      <Table.Th>Due</Table.Th>
                      <Table.Th w={120}>Status</Table.Th>
                      <Table.Th>Measure</Table.Th>
                      <Table.Th ta="right">Baseline</Table.Th>
                      <Table.Th ta="right">Latest</Table.Th>
                      <Table.Th ta="right">Target</Table.Th>
                      <Table.Th>Progress</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {b.targets.map((t) => (
                      <TargetRows key={t.id} target={t} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : (
              <Text size="sm" c="dimmed">
                No targets.
              </Text>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
