import { Checkbox, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import type { Participant } from '../../shared/domain/participant';
import type { SourceSpeaker } from '../../shared/domain/source';
import { useMutationOp, useOp } from '../client/use-op';
import { notifyDone, notifyError } from '../components/notify';
import { QueryState } from '../components/QueryState';
import { NewParticipantModal, type NewParticipant } from './NewParticipantModal';

const NOBODY = '__nobody';
const NEW = '__new';

function participantOptions(participants: Participant[]) {
  return [
    { value: NOBODY, label: 'Nobody: keep the label' },
    { value: NEW, label: 'New participant…' },
    ...participants.map((p) => ({ value: p.id, label: `${p.displayName} · ${p.pseudonym}` })),
  ];
}

interface SpeakerRowProps {
  speaker: SourceSpeaker;
  data: { value: string; label: string }[];
  busy: boolean;
  onMap: (participantId: string | null, everywhere: boolean) => void;
  onNew: (everywhere: boolean) => void;
  onPublic: (isPublic: boolean, everywhere: boolean) => void;
}

function SpeakerRow({ speaker, data, busy, onMap, onNew, onPublic }: SpeakerRowProps) {
  const [everywhere, setEverywhere] = useState(false);
  return (
    <Stack gap={4} role="group" aria-label={`Speaker ${speaker.label}`}>
      <Group gap="sm" wrap="nowrap">
        <Text size="sm" fw={600} w={150} truncate title={speaker.label} style={{ flex: 'none' }}>
          {speaker.label}
        </Text>
        <Select
          aria-label={`Participant for ${speaker.label}`}
          data={data}
          value={speaker.participantId ?? NOBODY}
          onChange={(v) => {
            if (v === NEW) onNew(everywhere);
            else onMap(v === NOBODY || v === null ? null : v, everywhere);
          }}
          searchable
          allowDeselect={false}
          disabled={busy}
          style={{ flex: 1 }}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      <Checkbox
        ml={162}
        size="xs"
        label="Use for this label in all sources"
        checked={everywhere}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          setEverywhere(on);
          // Ticked after choosing: apply the choice already made to the other sources too.
          if (on && speaker.participantId) onMap(speaker.participantId, true);
          else if (on && speaker.public) onPublic(true, true);
        }}
      />
      {speaker.participantId === null && (
        <Switch
          ml={162}
          size="xs"
          label="Public: show this label as it is in exports"
          aria-label={`Show ${speaker.label} as it is in exports`}
          description="Otherwise a pseudonymised export names it by a stand-in such as “Speaker 3”. For yourself, or someone on the record."
          checked={speaker.public}
          disabled={busy}
          onChange={(e) => onPublic(e.currentTarget.checked, everywhere)}
        />
      )}
    </Stack>
  );
}

interface SpeakerMappingProps {
  sourceId: string;
  /**
   * Told when the "New participant" dialog opens and closes. Every open Mantine dialog closes on Escape, so
   * the dialog around this one stops doing so while it is open.
   */
  onNestedDialog?: (open: boolean) => void;
}

/** Says who each speaker label of a source is: a participant, a new participant, or nobody. */
export function SpeakerMapping({ sourceId, onNestedDialog }: SpeakerMappingProps) {
  // One query for the speakers of every source, shared by each SpeakerMapping on screen (a modal may hold many).
  const all = useOp('speakers.list', {});
  const speakers = all.data?.filter((sp) => sp.sourceId === sourceId);
  const participants = useOp('participants.list', {});
  const map = useMutationOp('speakers.map');
  const setPublic = useMutationOp('speakers.setPublic');
  const [creating, setCreatingState] = useState<{ label: string; everywhere: boolean } | null>(null);
  const setCreating = (next: { label: string; everywhere: boolean } | null) => {
    setCreatingState(next);
    onNestedDialog?.(next !== null);
  };

  if (!speakers || !participants.data) {
    return <QueryState error={all.error ?? participants.error} label="speakers" />;
  }
  if (speakers.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No speaker labels were found in this source.
      </Text>
    );
  }
  const data = participantOptions(participants.data);
  const send = (label: string, participantId: string | null, everywhere: boolean, newParticipant?: NewParticipant) =>
    map.mutate(
      { sourceId, label, participantId, everywhere, newParticipant },
      {
        onSuccess: (rows) => {
          const row = rows.find((r) => r.label === label);
          notifyDone(
            row?.participantName
              ? `“${label}” is now ${row.participantName} (${row.pseudonym})${everywhere ? ' in every source' : ''}`
              : `“${label}” is no longer mapped${everywhere ? ' in any source' : ''}`,
          );
          setCreating(null);
        },
        onError: (e) => notifyError(`“${label}” was not mapped`, e),
      },
    );

  return (
    <Stack gap="md">
      {speakers.map((s) => (
        <SpeakerRow
          key={s.id}
          speaker={s}
          data={data}
          busy={map.isPending || setPublic.isPending}
          onMap={(participantId, everywhere) => send(s.label, participantId, everywhere)}
          onPublic={(isPublic, everywhere) =>
            setPublic.mutate(
              { sourceId, label: s.label, public: isPublic, everywhere },
              {
                onSuccess: () =>
                  notifyDone(
                    isPublic
                      ? `“${s.label}” will appear as it is in exports${everywhere ? ', in every source' : ''}`
                      : `“${s.label}” will appear by a stand-in in pseudonymised exports${everywhere ? ', in every source' : ''}`,
                  ),
                onError: (e) => notifyError(`“${s.label}” was not changed`, e),
              },
            )
          }
          onNew={(everywhere) => setCreating({ label: s.label, everywhere })}
        />
      ))}
      <NewParticipantModal
        label={creating?.label ?? null}
        busy={map.isPending}
        onClose={() => setCreating(null)}
        onCreate={(p) => creating && send(creating.label, null, creating.everywhere, p)}
      />
    </Stack>
  );
}
