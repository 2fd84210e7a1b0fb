import { Group, Progress, Table, Text } from '@mantine/core';
import type { ParticipationSummary, SectorRate } from '../../../shared/domain/participation';
import { formatDay, todayIso } from '../../format/dates';
import { SECTOR_LABELS } from '../../people/participant-labels';
import { percent } from '../tracking-labels';

function RateCell({ rate }: { rate: number | null }) {
  return (
    <Group gap={8} wrap="nowrap" justify="flex-end">
      <Text size="sm" fw={500} w={38} ta="right">
        {percent(rate)}
      </Text>
      <Progress value={(rate ?? 0) * 100} w={44} size="sm" color="brand" aria-hidden />
    </Group>
  );
}

/** The rate of each convening: present ÷ lab participants active that day, with absences and guests. */
export function ConveningRatesTable({ summary }: { summary: ParticipationSummary }) {
  // Convenings still to come have no attendance to show; listing them would only repeat "not taken".
  const today = todayIso();
  const shown = summary.convenings.filter((c) => c.recorded || c.date <= today);
  const later = summary.convenings.length - shown.length;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing={6} fz="sm" highlightOnHover aria-label="Participation per convening">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Convening</Table.Th>
            <Table.Th ta="right">Present</Table.Th>
            <Table.Th ta="right">Absent</Table.Th>
            <Table.Th ta="right">Guests</Table.Th>
            <Table.Th ta="right">Rate</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((c) => (
            <Table.Tr key={c.conveningId}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {c.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDay(c.date)}
                </Text>
              </Table.Td>
              {c.recorded ? (
                <>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {c.present} of {c.active}
                  </Table.Td>
                  <Table.Td ta="right">{c.absent}</Table.Td>
                  <Table.Td ta="right">{c.guests}</Table.Td>
                  <Table.Td>
                    <RateCell rate={c.rate} />
                  </Table.Td>
                </>
              ) : (
                <Table.Td colSpan={4} ta="right" c="dimmed" fs="italic">
                  Attendance not taken
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>Overall</Table.Th>
            <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
              {summary.overall.present} of {summary.overall.active}
            </Table.Th>
            <Table.Th colSpan={2} />
            <Table.Th>
              <RateCell rate={summary.overall.rate} />
            </Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {later > 0 && (
        <Text size="xs" c="dimmed" mt={6}>
          {later} {later === 1 ? 'convening is' : 'convenings are'} still to come.
        </Text>
      )}
    </Table.ScrollContainer>
  );
}

/** Over the convenings where attendance was taken: how often each sector’s participants came. */
export function SectorRatesTable({ sectors }: { sectors: SectorRate[] }) {
  return (
    <Table verticalSpacing={6} fz="sm" highlightOnHover aria-label="Participation per sector">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Sector</Table.Th>
          <Table.Th ta="right">Present</Table.Th>
          <Table.Th ta="right">Rate</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sectors.map((s) => (
          <Table.Tr key={s.sector ?? 'none'}>
            <Table.Td fw={500}>{s.sector ? SECTOR_LABELS[s.sector] : 'Not recorded'}</Table.Td>
            <Table.Td ta="right">
              {s.present} of {s.active}
            </Table.Td>
            <Table.Td>
              <RateCell rate={s.rate} />
            </Table.Td>
          </Table.Tr>
        ))}
        {sectors.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={3} c="dimmed" ta="center">
              No attendance taken yet.
            </Table.Td>
          </Table.Tr>
        )}
      </Table.Tbody>
    </Table>
  );
}
