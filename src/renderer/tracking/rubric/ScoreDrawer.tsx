import { Button, Checkbox, Divider, Drawer, Group, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { RubricGrid, RubricItem, RubricScore } from '../../../shared/domain/rubric';
import type { TimePoint } from '../../../shared/domain/tracking';
import { useMutationOp } from '../../client/use-op';
import { notifyError } from '../../components/notify';
import { todayIso } from '../../format/dates';
import { TIME_POINT_LABELS } from '../tracking-labels';
import { ExcerptLinks } from './ExcerptLinks';
import type { CellRef } from './RubricGridTable';

interface ScoreFormProps {
  grid: RubricGrid;
  item: RubricItem;
  timePoint: TimePoint;
  score: RubricScore | undefined;
  onDone: () => void;
}

function ScoreForm({ grid, item, timePoint, score, onDone }: ScoreFormProps) {
  const save = useMutationOp('rubric.score');
  const [value, setValue] = useState<string | null>(score?.score != null ? String(score.score) : null);
  const [notApplicable, setNotApplicable] = useState(score?.notApplicable ?? false);
  const [rationale, setRationale] = useState(score?.rationale ?? '');
  const [scoredOn, setScoredOn] = useState(score?.scoredOn ?? todayIso());
  const [excerptIds, setExcerptIds] = useState<string[]>(score?.excerptIds ?? []);

  const send = (input: Parameters<typeof save.mutate>[0]) =>
    save.mutate(input, { onSuccess: onDone, onError: (e) => notifyError('The score was not saved', e) });
  const submit = () =>
    send({
      itemId: item.id,
      timePoint,
      score: notApplicable || value === null ? null : Number(value),
      notApplicable,
      rationale,
      scoredOn: scoredOn || null,
      excerptIds,
    });

  return (
    <Stack gap="md">
      {item.description && (
        <Text size="sm" c="dimmed">
          {item.description}
        </Text>
      )}
      <Radio.Group value={notApplicable ? null : value} onChange={setValue} label="Score" aria-label="Score">
        <Stack gap={6} mt={6}>
          {grid.scale.map((l) => (
            <Radio.Card key={l.value} value={String(l.value)} disabled={notApplicable} radius="md" p="sm" aria-label={`${l.value} ${l.label}`}>
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator disabled={notApplicable} />
                <div>
                  <Text size="sm" fw={600}>
                    {l.value} · {l.label}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {item.guide[String(l.value)] || l.descriptor}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </Stack>
      </Radio.Group>
      <Checkbox
        label="Not applicable to this initiative"
        description="Left out of the means"
        checked={notApplicable}
        onChange={(e) => setNotApplicable(e.currentTarget.checked)}
      />
      <Textarea
        label="Rationale"
        placeholder="Why this level: what the evidence shows"
        autosize
        minRows={3}
        maxRows={10}
        value={rationale}
        onChange={(e) => setRationale(e.currentTarget.value)}
      />
      <SimpleGrid cols={2}>
        <TextInput label="Scored on" type="date" value={scoredOn} onChange={(e) => setScoredOn(e.currentTarget.value)} />
      </SimpleGrid>
      <Divider label={`Evidence (${excerptIds.length} linked)`} labelPosition="left" />
      <ExcerptLinks linked={excerptIds} onChange={setExcerptIds} />
      <Group justify="space-between" mt="sm">
        <Button
          variant="subtle"
          color="red"
          disabled={!score}
          onClick={() => send({ itemId: item.id, timePoint, score: null, notApplicable: false, rationale: '', excerptIds: [] })}
        >
          Clear score
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            Save score
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

export function ScoreDrawer({ grid, cell, onClose }: { grid: RubricGrid; cell: CellRef | null; onClose: () => void }) {
  const item = cell ? grid.items.find((i) => i.id === cell.itemId) : undefined;
  const score = cell ? grid.scores.find((s) => s.itemId === cell.itemId && s.timePoint === cell.timePoint) : undefined;
  return (
    <Drawer
      opened={cell !== null && item !== undefined}
      onClose={onClose}
      position="right"
      size={520}
      title={item && cell ? `${item.label} · ${TIME_POINT_LABELS[cell.timePoint]}` : ''}
    >
      {item && cell && (
        <ScoreForm key={`${cell.itemId}-${cell.timePoint}`} grid={grid} item={item} timePoint={cell.timePoint} score={score} onDone={onClose} />
      )}
    </Drawer>
  );
}
