import { ActionIcon, Badge, Button, Checkbox, Divider, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconChecks, IconSearch, IconUserPlus, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { ConveningAttendance, ResponsivenessNote, RosterRow } from '../../../shared/domain/participation';
import { useMutationOp } from '../../client/use-op';
import { notifyDone, notifyError } from '../../components/notify';
import { SECTOR_LABELS } from '../../people/participant-labels';
import { AddOnSpotModal, type SpotMode } from './AddOnSpotModal';
import { attendanceInput, draftOf, newKey, type AttendanceDraft } from './attendance-draft';
import { NoteButton } from './NoteButton';
import classes from './AttendanceSheet.module.css';

function describe(parts: (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(' · ');
}

function rosterDetail(r: RosterRow): string {
  return describe([r.organisation, r.sector ? SECTOR_LABELS[r.sector] : null]);
}

interface AttendanceSheetProps {
  attendance: ConveningAttendance;
  notes: ResponsivenessNote[];
}

/**
 * The tick-list of one convening. Ticks, guests and newcomers are a draft until “Save attendance”, which
 * stores them as one step (one undo); unticked participants are then recorded as absent.
 */
export function AttendanceSheet({ attendance, notes }: AttendanceSheetProps) {
  const save = useMutationOp('attendance.set');
  const [draft, setDraft] = useState<AttendanceDraft>(() => draftOf(attendance));
  const [search, setSearch] = useState('');
  const [spot, setSpot] = useState<SpotMode | null>(null);
  const input = attendanceInput(attendance, draft);
  const noteOf = useMemo(() => new Map(notes.map((n) => [n.participantId, n])), [notes]);

  const needle = search.trim().toLowerCase();
  const shown = attendance.roster.filter(
    (r) => !needle || `${r.displayName} ${r.pseudonym} ${r.organisation} ${r.sector ?? ''}`.toLowerCase().includes(needle),
  );
  const ticked = attendance.roster.filter((r) => draft.present[r.participantId]).length;
  const set = (patch: Partial<AttendanceDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const tick = (id: string, on: boolean) => setDraft((d) => ({ ...d, present: { ...d.present, [id]: on } }));

  const submit = () => {
    if (!input) return;
    save.mutate(input, {
      onSuccess: (next) => {
        setDraft(draftOf(next));
        notifyDone(`Attendance at ${next.name} saved: ${next.summary.presentTotal} present.`);
      },
      onError: (e) => notifyError('The attendance was not saved', e),
    });
  };

  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="nowrap">
        <TextInput
          flex={1}
          size="sm"
          placeholder="Find a participant"
          aria-label="Find a participant"
          leftSection={<IconSearch size={15} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <Button
          variant="default"
          size="sm"
          leftSection={<IconChecks size={16} />}
          onClick={() => setDraft((d) => ({ ...d, present: { ...d.present, ...Object.fromEntries(shown.map((r) => [r.participantId, true])) } }))}
          disabled={shown.length === 0}
        >
          All present
        </Button>
      </Group>
      <Text size="xs" c="dimmed" aria-live="polite">
        {ticked} of {attendance.roster.length} on the list ticked
        {draft.guests.length > 0 && ` · ${draft.guests.length} ${draft.guests.length === 1 ? 'guest' : 'guests'}`}
        {draft.newPeople.length > 0 && ` · ${draft.newPeople.length} new`}
      </Text>
      <div style={{ maxHeight: 440, overflowY: 'auto' }}>
        <div className={classes.list} role="group" aria-label={`Attendance at ${attendance.name}`}>
          {shown.map((r) => (
            <div key={r.participantId} className={classes.row} data-present={draft.present[r.participantId] || undefined}>
              <Checkbox
                className={classes.check}
                label={r.displayName}
                description={rosterDetail(r)}
                checked={draft.present[r.participantId] ?? false}
                onChange={(e) => tick(r.participantId, e.currentTarget.checked)}
              />
              {r.group === 'comparison' && (
                <Badge size="xs" variant="outline" color="gray">
                  Comparison
                </Badge>
              )}
              {r.group === 'lab' && !r.active && (
                <Tooltip label="Not in the lab on this date: not counted in the rate">
                  <Badge size="xs" variant="outline" color="gray">
                    Not active
                  </Badge>
                </Tooltip>
              )}
              <NoteButton
                participantId={r.participantId}
                name={r.displayName}
                conveningId={attendance.conveningId}
                note={noteOf.get(r.participantId)}
              />
            </div>
          ))}
          {shown.length === 0 && (
            <Text size="sm" c="dimmed" p="sm">
              {attendance.roster.length === 0 ? 'No participant was in the lab on this date.' : 'Nobody matches.'}
            </Text>
          )}
        </div>
      </div>

      <Divider label="Guests and newcomers" labelPosition="left" />
      {draft.guests.length === 0 && draft.newPeople.length === 0 && (
        <Text size="xs" c="dimmed">
          Someone came who is not on the list? Add them as a guest, or as a new participant of the lab.
        </Text>
      )}
      {draft.newPeople.map((p) => (
        <Group key={p.key} gap="xs" wrap="nowrap" className={classes.extra}>
          <Stack gap={0} flex={1} miw={0}>
            <Text size="sm" fw={500} truncate>
              {p.displayName}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {describe([p.organisation, p.sector ? SECTOR_LABELS[p.sector] : null])}
            </Text>
          </Stack>
          <Badge size="sm" variant="light" color="green">
            New participant · present
          </Badge>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={`Remove ${p.displayName}`}
            onClick={() => set({ newPeople: draft.newPeople.filter((x) => x.key !== p.key) })}
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
      {draft.guests.map((g) => (
        <Group key={g.key} gap="xs" wrap="nowrap" className={classes.extra}>
          <Stack gap={0} flex={1} miw={0}>
            <Text size="sm" fw={500} truncate>
              {g.name}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {describe([g.organisation, g.sector ? SECTOR_LABELS[g.sector] : null]) || 'Guest'}
            </Text>
          </Stack>
          <Badge size="sm" variant="light" color="gray">
            Guest
          </Badge>
          <Tooltip label="Make them a participant of the lab">
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={`Add ${g.name} as a participant`}
              onClick={() =>
                set({
                  guests: draft.guests.filter((x) => x.key !== g.key),
                  newPeople: [
                    ...draft.newPeople,
                    { key: newKey(), displayName: g.name, organisation: g.organisation, sector: g.sector, role: '', email: '' },
                  ],
                })
              }
            >
              <IconUserPlus size={14} />
            </ActionIcon>
          </Tooltip>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={`Remove guest ${g.name}`}
            onClick={() => set({ guests: draft.guests.filter((x) => x.key !== g.key) })}
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Group gap="xs">
        <Button variant="light" size="xs" onClick={() => setSpot('guest')}>
          Add guest
        </Button>
        <Button variant="subtle" size="xs" leftSection={<IconUserPlus size={14} />} onClick={() => setSpot('participant')}>
          Add as participant…
        </Button>
      </Group>

      <Group justify="space-between" className={classes.footer} wrap="nowrap">
        <Text size="xs" c={input ? 'orange' : 'dimmed'}>
          {input ? 'Unsaved changes. ' : ''}Unticked participants are saved as absent.
        </Text>
        <Group gap="xs" wrap="nowrap">
          {input && (
            <Button variant="default" size="sm" onClick={() => setDraft(draftOf(attendance))}>
              Discard
            </Button>
          )}
          <Button size="sm" onClick={submit} disabled={!input} loading={save.isPending}>
            Save attendance
          </Button>
        </Group>
      </Group>
      <AddOnSpotModal
        mode={spot}
        conveningDate={attendance.date}
        onAddGuest={(g) => set({ guests: [...draft.guests, g] })}
        onAddPerson={(p) => set({ newPeople: [...draft.newPeople, p] })}
        onClose={() => setSpot(null)}
      />
    </Stack>
  );
}
