import { Alert, Anchor, Button, Collapse, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { run, useOp } from '../client/use-op';
import { notifyError } from '../components/notify';
import { plural } from '../format/plural';
import { navigate } from '../shell/navigation';

const NONE: never[] = [];

/**
 * The excerpts of this source whose words were corrected after they were coded: what each said before and says now,
 * a jump to it, and a way to clear the flag once the coding still fits.
 */
export function ReviewList({ sourceId }: { sourceId: string }) {
  const list = useOp('transcripts.toReview', { sourceId }).data ?? NONE;
  const [open, setOpen] = useState(false);
  if (list.length === 0) return null;

  const clear = (ids: string[]) => run('transcripts.markReviewed', { excerptIds: ids }).catch((e: unknown) => notifyError('Could not mark as reviewed', e));
  return (
    <Alert variant="light" color="orange" icon={<IconAlertTriangle size={18} />} py={8} mb={8} aria-label="Excerpts to review" data-testid="review-list">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          {plural(list.length, 'excerpt needs', 'excerpts need')} review: the text was corrected inside {list.length === 1 ? 'it' : 'them'}.
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Button size="compact-xs" variant="subtle" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? 'Hide' : 'Show'}
          </Button>
          <Button size="compact-xs" variant="light" onClick={() => void clear(list.map((x) => x.excerptId))}>
            Mark all reviewed
          </Button>
        </Group>
      </Group>
      <Collapse expanded={open}>
        <List size="sm" spacing={6} mt={6}>
          {list.map((x) => (
            <List.Item key={x.excerptId}>
              <Anchor component="button" size="sm" onClick={() => navigate({ page: 'coding', coding: { sourceId, range: { start: x.start, end: x.end } } })}>
                “{x.text}”
              </Anchor>
              {x.textBeforeEdit !== null && (
                <Text size="xs" c="dimmed">
                  Coded as: “{x.textBeforeEdit}”
                </Text>
              )}
              <Button size="compact-xs" variant="subtle" ml="xs" onClick={() => void clear([x.excerptId])} aria-label={`Mark “${x.text.slice(0, 40)}” reviewed`}>
                Mark reviewed
              </Button>
            </List.Item>
          ))}
        </List>
      </Collapse>
    </Alert>
  );
}
