import { Table, Text } from '@mantine/core';
import type { PhaseAttrition } from '../../../shared/domain/participation';
import { formatDay } from '../../format/dates';
import { SECTOR_LABELS } from '../../people/participant-labels';
import { percent } from '../tracking-labels';

/** Per phase: who was in at the start, who joined, who left, who remained. */
export function AttritionTable({ phases }: { phases: PhaseAttrition[] }) {
  return (
    <Table verticalSpacing={6} fz="sm" highlightOnHover aria-label="Attrition per phase">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Phase</Table.Th>
          <Table.Th ta="right">At start</Table.Th>
          <Table.Th ta="right">Joined</Table.Th>
          <Table.Th ta="right">Left</Table.Th>
          <Table.Th ta="right">At end</Table.Th>
          <Table.Th ta="right">Retention</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {phases.map((p) => (
          <Table.Tr key={p.phaseId}>
            <Table.Td fw={500}>{p.name}</Table.Td>
            <Table.Td ta="right">{p.atStart}</Table.Td>
            <Table.Td ta="right">{p.joined > 0 ? `+${p.joined}` : 0}</Table.Td>
            <Table.Td ta="right" c={p.left.length ? 'red' : undefined}>
              {p.left.length > 0 ? `−${p.left.length}` : 0}
            </Table.Td>
            <Table.Td ta="right">{p.atEnd}</Table.Td>
            <Table.Td ta="right" fw={500}>
              {percent(p.retention)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Who left the lab, when and from which sector: the names behind the retention curve. */
export function LeaversTable({ phases }: { phases: PhaseAttrition[] }) {
  const leavers = phases.flatMap((p) => p.left.map((l) => ({ ...l, phase: p.name })));
  if (leavers.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nobody has left the lab. A participant’s “Left on” date (on the People page) records it.
      </Text>
    );
  }
  return (
    <Table verticalSpacing={6} fz="sm" highlightOnHover aria-label="Participants who left">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Participant</Table.Th>
          <Table.Th>Sector</Table.Th>
          <Table.Th>Left on</Table.Th>
          <Table.Th>Phase</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {leavers.map((l) => (
          <Table.Tr key={`${l.participantId}-${l.leftOn}`}>
            <Table.Td fw={500}>{l.displayName}</Table.Td>
            <Table.Td>{l.sector ? SECTOR_LABELS[l.sector] : '—'}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(l.leftOn)}</Table.Td>
            <Table.Td c="dimmed">{l.phase}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
