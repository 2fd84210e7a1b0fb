import { Badge, Card, Group, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import type { ConveningAttendance } from '../../../shared/domain/participation';
import type { Timeline } from '../../../shared/domain/timeline';
import { useOp } from '../../client/use-op';
import { QueryState } from '../../components/QueryState';
import { formatDay } from '../../format/dates';
import { percent } from '../tracking-labels';
import { AttendanceSheet } from './AttendanceSheet';

/** The convenings for the picker, under their phases in timeline order. */
function conveningOptions(timeline: Timeline) {
  const label = (c: Timeline['convenings'][number]) => `${c.name} · ${formatDay(c.date)}`;
  const groups = timeline.phases
    .map((p) => ({
      group: p.name,
      items: timeline.convenings.filter((c) => c.phaseId === p.id).map((c) => ({ value: c.id, label: label(c) })),
    }))
    .filter((g) => g.items.length > 0);
  const phaseIds = new Set(timeline.phases.map((p) => p.id));
  const loose = timeline.convenings.filter((c) => !c.phaseId || !phaseIds.has(c.phaseId));
  if (loose.length) groups.push({ group: 'Not in a phase', items: loose.map((c) => ({ value: c.id, label: label(c) })) });
  return groups;
}

/** Changes when the stored attendance does, so the draft starts again from what is stored (after undo, say). */
function fingerprint(a: ConveningAttendance): string {
  return JSON.stringify([a.conveningId, a.roster.map((r) => [r.participantId, r.status]), a.guests]);
}

function Summary({ attendance }: { attendance: ConveningAttendance }) {
  const s = attendance.summary;
  if (!s.recorded) {
    return (
      <Group gap="xs">
        <Badge variant="light" color="orange">
          Not taken yet
        </Badge>
        <Text size="xs" c="dimmed">
          Tick who came and save.
        </Text>
      </Group>
    );
  }
  return (
    <Group gap="sm" wrap="nowrap" data-testid="attendance-summary">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        <b>
          {s.present} of {s.active}
        </b>{' '}
        present · <b>{percent(s.rate)}</b>
        {s.guests > 0 && ` · ${s.guests} ${s.guests === 1 ? 'guest' : 'guests'}`}
      </Text>
      <Progress value={(s.rate ?? 0) * 100} size="sm" flex={1} aria-hidden />
    </Group>
  );
}

interface AttendanceCardProps {
  timeline: Timeline;
  conveningId: string | null;
  onConvening: (id: string) => void;
}

export function AttendanceCard({ timeline, conveningId, onConvening }: AttendanceCardProps) {
  const attendance = useOp('attendance.get', { conveningId: conveningId ?? '' }, { enabled: conveningId !== null });
  const notes = useOp('participation.notes', { conveningId: conveningId ?? undefined }, { enabled: conveningId !== null });
  return (
    <Card padding="lg" component="section" aria-labelledby="attendance-title">
      <Stack gap="md">
        <div>
          <Title order={3} fz="lg" id="attendance-title">
            Attendance
          </Title>
          <Text size="sm" c="dimmed">
            Tick who came; add guests on the spot.
          </Text>
        </div>
        <Select
          label="Convening"
          placeholder={timeline.convenings.length ? 'Choose a convening' : 'No convenings yet: add them on the Lab page'}
          data={conveningOptions(timeline)}
          value={conveningId}
          onChange={(v) => v && onConvening(v)}
          allowDeselect={false}
          searchable
          leftSection={<IconCalendarEvent size={16} />}
          disabled={timeline.convenings.length === 0}
        />
        {attendance.data && <Summary attendance={attendance.data} />}
        {conveningId &&
          (attendance.data && notes.data ? (
            <AttendanceSheet key={fingerprint(attendance.data)} attendance={attendance.data} notes={notes.data} />
          ) : (
            <QueryState error={attendance.error ?? notes.error} label="attendance" />
          ))}
      </Stack>
    </Card>
  );
}
