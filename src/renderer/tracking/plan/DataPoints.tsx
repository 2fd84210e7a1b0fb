import { ActionIcon, Button, Group, NumberInput, ScrollArea, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { DataPoint, MeasureSeries } from '../../../shared/domain/action-plan';
import { useMutationOp } from '../../client/use-op';
import { notifyDone, notifyError } from '../../components/notify';
import { formatDay, todayIso } from '../../format/dates';
import { decimal } from '../tracking-labels';
import { PointModal } from './PointModal';

function AddPoint({ measureId, name }: { measureId: string; name: string }) {
  const add = useMutationOp('measures.addPoint');
  const [date, setDate] = useState(todayIso);
  const [value, setValue] = useState<number | string>('');
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!date || value === '') return;
    add.mutate(
      { point: { measureId, date, value: Number(value), note } },
      {
        onSuccess: () => {
          setValue('');
          setNote('');
        },
        onError: (err) => notifyError('The data point was not added', err),
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label={`Add a data point to ${name}`}>
      <Group gap={6} wrap="nowrap" align="flex-end">
        <TextInput size="xs" type="date" label="Date" value={date} onChange={(e) => setDate(e.currentTarget.value)} w={132} />
        <NumberInput size="xs" label="Value" value={value} onChange={setValue} w={88} decimalScale={6} hideControls />
        <TextInput size="xs" label="Note" value={note} onChange={(e) => setNote(e.currentTarget.value)} flex={1} miw={0} />
        <Button size="xs" type="submit" variant="light" leftSection={<IconPlus size={14} />} loading={add.isPending} disabled={value === '' || !date}>
          Add
        </Button>
      </Group>
    </form>
  );
}

/** A measure's data points, newest first, each editable; points from earlier iterations say where they came from. */
export function DataPoints({ series }: { series: MeasureSeries }) {
  const remove = useMutationOp('measures.deletePoints');
  const [editing, setEditing] = useState<DataPoint | null>(null);
  const phaseName = new Map(series.phases.map((p) => [p.id, p.name]));
  const carried = series.chain.length > 1;
  const points = [...series.points].sort((a, b) => b.date.localeCompare(a.date));
  const unit = series.unit ? ` ${series.unit}` : '';
  return (
    <>
      <ScrollArea.Autosize mah={188} type="auto">
        <Table verticalSpacing={4} fz="sm" aria-label={`Data points of ${series.name}`} stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th ta="right">Value</Table.Th>
              <Table.Th>{carried ? 'Iteration · note' : 'Note'}</Table.Th>
              <Table.Th w={60} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {points.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(p.date)}</Table.Td>
                <Table.Td ta="right" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {decimal(p.value, 4)}
                  {unit}
                </Table.Td>
                <Table.Td c="dimmed" maw={160}>
                  <Text size="xs" truncate>
                    {[carried && p.phaseId ? phaseName.get(p.phaseId) : null, p.note].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={0} wrap="nowrap" justify="flex-end">
                    <Tooltip label="Edit data point">
                      <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`Edit data point of ${p.date}`} onClick={() => setEditing(p)}>
                        <IconPencil size={14} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Delete data point">
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        color="red"
                        aria-label={`Delete data point of ${p.date}`}
                        onClick={() =>
                          remove.mutate(
                            { ids: [p.id] },
                            {
                              onSuccess: () => notifyDone(`Data point of ${formatDay(p.date)} deleted. Undo brings it back.`),
                              onError: (e) => notifyError('The data point was not deleted', e),
                            },
                          )
                        }
                      >
                        <IconTrash size={14} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
            {points.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4} c="dimmed" ta="center">
                  No data points yet.
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      <AddPoint measureId={series.measureId} name={series.name} />
      <PointModal point={editing} onClose={() => setEditing(null)} />
    </>
  );
}
