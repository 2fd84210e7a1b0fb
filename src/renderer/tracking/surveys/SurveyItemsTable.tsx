import { ActionIcon, Badge, Select, Table, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { SURVEY_TOPICS, type SurveyItem } from '../../../shared/domain/survey';
import { useMutationOp } from '../../client/use-op';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyError } from '../../components/notify';

const TOPIC_LABELS: Record<(typeof SURVEY_TOPICS)[number], string> = {
  expectations: 'Expectations',
  satisfaction: 'Satisfaction',
  'perceived impact': 'Perceived impact',
  'scaling knowledge': 'Scaling knowledge',
  other: 'Other',
};

/** The questions imported so far, with the topic each belongs to; deleting one deletes its answers. */
export function SurveyItemsTable({ items }: { items: SurveyItem[] }) {
  const update = useMutationOp('surveys.updateItem');
  const remove = useMutationOp('surveys.deleteItem');
  const [deleting, setDeleting] = useState<SurveyItem | null>(null);
  return (
    <>
      <Table fz="sm" verticalSpacing={4} highlightOnHover aria-label="Survey questions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Question</Table.Th>
            <Table.Th w={110}>Answers</Table.Th>
            <Table.Th w={200}>Topic</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>{i.label}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={i.kind === 'numeric' ? 'brand' : 'gray'}>
                  {i.answers} {i.kind === 'numeric' ? 'numbers' : 'text'}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={`Topic of ${i.label}`}
                  placeholder="No topic"
                  data={SURVEY_TOPICS.map((t) => ({ value: t, label: TOPIC_LABELS[t] }))}
                  value={i.topic}
                  onChange={(v) =>
                    update.mutate(
                      { id: i.id, patch: { topic: (v as SurveyItem['topic']) ?? null } },
                      { onError: (e) => notifyError('The topic was not saved', e) },
                    )
                  }
                  clearable
                />
              </Table.Td>
              <Table.Td>
                <Tooltip label="Delete question">
                  <ActionIcon variant="subtle" color="red" size="sm" aria-label={`Delete question ${i.label}`} onClick={() => setDeleting(i)}>
                    <IconTrash size={14} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete question?"
        confirmLabel="Delete"
        busy={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(
            { id: deleting.id },
            { onSuccess: () => setDeleting(null), onError: (e) => notifyError('The question was not deleted', e) },
          )
        }
      >
        “{deleting?.label}” will be deleted with its {deleting?.answers ?? 0} answers. You can undo this.
      </ConfirmDialog>
    </>
  );
}
