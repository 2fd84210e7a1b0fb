import { ActionIcon, Button, Group, Indicator, Popover, SegmentedControl, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconMessage2 } from '@tabler/icons-react';
import { useState } from 'react';
import type { ResponsivenessNote } from '../../../shared/domain/participation';
import { useMutationOp } from '../../client/use-op';
import { notifyError } from '../../components/notify';

type Level = NonNullable<ResponsivenessNote['level']>;
const NONE = 'none';
const LEVEL_COLORS: Record<Level, string> = { high: 'green', medium: 'yellow', low: 'red' };

interface NoteButtonProps {
  participantId: string;
  name: string;
  conveningId: string;
  note: ResponsivenessNote | undefined;
}

function NoteForm({ participantId, name, conveningId, note, onDone }: NoteButtonProps & { onDone: () => void }) {
  const save = useMutationOp('participation.setNote');
  const [level, setLevel] = useState<string>(note?.level ?? NONE);
  const [text, setText] = useState(note?.note ?? '');
  const submit = () =>
    save.mutate(
      { participantId, conveningId, level: level === NONE ? null : (level as Level), note: text },
      { onSuccess: onDone, onError: (e) => notifyError('The note was not saved', e) },
    );
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600}>
        How responsive was {name}?
      </Text>
      <SegmentedControl
        size="xs"
        value={level}
        onChange={setLevel}
        data={[
          { value: 'high', label: 'High' },
          { value: 'medium', label: 'Medium' },
          { value: 'low', label: 'Low' },
          { value: NONE, label: 'Not rated' },
        ]}
        aria-label="Responsiveness"
      />
      <Textarea
        label="Note"
        placeholder="What they raised, committed to or held back on"
        autosize
        minRows={3}
        maxRows={8}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-autofocus
      />
      <Group justify="flex-end" gap="xs">
        <Button variant="default" size="xs" onClick={onDone}>
          Cancel
        </Button>
        <Button size="xs" onClick={submit} loading={save.isPending}>
          Save note
        </Button>
      </Group>
    </Stack>
  );
}

/** A participant's responsiveness at one convening: a level and a note, saved on their own. */
export function NoteButton(props: NoteButtonProps) {
  const [opened, setOpened] = useState(false);
  const { note, name } = props;
  const has = Boolean(note && (note.level || note.note));
  const label = has ? `Responsiveness note for ${name}` : `Add a responsiveness note for ${name}`;
  return (
    <Popover opened={opened} onChange={setOpened} width={320} position="bottom-end" withArrow shadow="md" trapFocus>
      <Popover.Target>
        <Tooltip label={note?.note || (has ? 'Responsiveness noted' : 'Responsiveness note')} multiline maw={280}>
          <Indicator
            disabled={!note?.level}
            color={note?.level ? LEVEL_COLORS[note.level] : 'gray'}
            size={8}
            offset={4}
          >
            <ActionIcon
              variant={has ? 'light' : 'subtle'}
              color={has ? 'brand' : 'gray'}
              size="sm"
              aria-label={label}
              onClick={() => setOpened((o) => !o)}
            >
              <IconMessage2 size={15} />
            </ActionIcon>
          </Indicator>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>{opened && <NoteForm {...props} onDone={() => setOpened(false)} />}</Popover.Dropdown>
    </Popover>
  );
}
