import { Button, Chip, Group, Popover, Stack, Text, Tooltip } from '@mantine/core';
import { IconTag, IconTagOff } from '@tabler/icons-react';
import { useState } from 'react';
import type { EvidenceDimension } from '../../shared/domain/evidence';
import { useMutationOp } from '../client/use-op';
import { notifyDone, notifyError } from '../components/notify';
import { plural } from '../format/plural';
import { dimensionColour } from './dimension-colours';

interface BulkTagPopoverProps {
  mode: 'add' | 'remove';
  excerptIds: string[];
  dimensions: EvidenceDimension[];
}

/** Pick evidence values, then add them to (or remove them from) every selected excerpt in one undoable step. */
export function BulkTagPopover({ mode, excerptIds, dimensions }: BulkTagPopoverProps) {
  const [opened, setOpened] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const tag = useMutationOp('evidence.tagExcerpts');
  const labels = new Map(dimensions.flatMap((d) => d.values.map((v) => [v.id, v.label] as const)));
  const excerpts = plural(excerptIds.length, 'excerpt', 'excerpts');
  const close = () => {
    setOpened(false);
    setChosen([]);
  };
  const apply = () =>
    tag.mutate(
      { excerptIds, ...(mode === 'add' ? { add: chosen } : { remove: chosen }) },
      {
        onSuccess: () => {
          const names = chosen.map((id) => labels.get(id)).join(', ');
          notifyDone(
            mode === 'add' ? `Tagged ${excerpts}: ${names}.` : `Removed ${names} from ${excerpts}.`,
          );
          close();
        },
        onError: (e) => notifyError('Could not change the tags', e),
      },
    );

  return (
    <Popover opened={opened} onChange={(o) => (o ? setOpened(true) : close())} position="bottom-start" width={460} shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Button
          size="xs"
          variant={mode === 'add' ? 'filled' : 'default'}
          leftSection={mode === 'add' ? <IconTag size={14} /> : <IconTagOff size={14} />}
          onClick={() => (opened ? close() : setOpened(true))}
          aria-haspopup="dialog"
        >
          {mode === 'add' ? 'Tag…' : 'Remove tags…'}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {mode === 'add'
              ? `Tags you add become the excerpts’ own: in that dimension they replace what the source gives.`
              : `Only the excerpts’ own tags can be removed; tags from a source’s defaults stay.`}
          </Text>
          {dimensions.map((d, di) => (
            <div key={d.id}>
              <Text size="xs" fw={600} c="dimmed" mb={4}>
                {d.label}
              </Text>
              <Chip.Group multiple value={chosen} onChange={setChosen}>
                <Group gap={6}>
                  {d.values.map((v) => (
                    <Tooltip key={v.id} label={v.description || v.label} multiline maw={280} openDelay={500}>
                      <Chip value={v.id} size="xs" color={dimensionColour(di)} variant="light">
                        {v.label}
                      </Chip>
                    </Tooltip>
                  ))}
                </Group>
              </Chip.Group>
            </div>
          ))}
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={close}>
              Cancel
            </Button>
            <Button size="xs" color={mode === 'remove' ? 'red' : undefined} disabled={chosen.length === 0} loading={tag.isPending} onClick={apply}>
              {mode === 'add' ? `Tag ${excerpts}` : `Remove from ${excerpts}`}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
