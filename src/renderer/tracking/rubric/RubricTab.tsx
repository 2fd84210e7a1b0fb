import { Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconAdjustments, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { RubricItem } from '../../../shared/domain/rubric';
import { useMutationOp, useOp } from '../../client/use-op';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyError } from '../../components/notify';
import { QueryState } from '../../components/QueryState';
import { SectionCard } from '../SectionCard';
import { decimal, signed, TIME_POINT_LABELS } from '../tracking-labels';
import { ItemModal, type ItemEdit } from './ItemModal';
import { RubricChart } from './RubricChart';
import { RubricGridTable, type CellRef } from './RubricGridTable';
import { ScaleModal } from './ScaleModal';
import { ScoreDrawer } from './ScoreDrawer';
import { scoreColours } from './rubric-colours';

export function RubricTab() {
  const grid = useOp('rubric.grid', {});
  const deleteItem = useMutationOp('rubric.deleteItem');
  const [cell, setCell] = useState<CellRef | null>(null);
  const [scaleOpen, setScaleOpen] = useState(false);
  const [itemEdit, setItemEdit] = useState<ItemEdit | null>(null);
  const [deleting, setDeleting] = useState<RubricItem | null>(null);

  if (!grid.data) return <QueryState error={grid.error} label="rubric" />;
  const g = grid.data;
  const scored = g.means.filter((m) => m.scored > 0);
  const base = g.means.find((m) => m.timePoint === 'baseline')?.mean ?? null;
  const latest = scored.at(-1);
  const groups = [...new Set(g.items.map((i) => i.group).filter(Boolean))];

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={720}>
          The {g.items.length} core ingredients, scored at baseline, midline and endline with a rationale and the excerpts
          that show it. Click a cell to score it.
        </Text>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconAdjustments size={16} />} onClick={() => setScaleOpen(true)}>
            Scale
          </Button>
          <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setItemEdit({ item: null })}>
            Add ingredient
          </Button>
        </Group>
      </Group>
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <SectionCard title="Scores" description="Ingredient × time point; a quote mark counts the linked excerpts.">
            <RubricGridTable grid={g} onOpen={setCell} onItem={(item) => setItemEdit({ item })} />
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <SectionCard
              title="Time points compared"
              description={
                latest && latest.timePoint !== 'baseline' && base !== null
                  ? `${TIME_POINT_LABELS[latest.timePoint]} mean ${decimal(latest.mean)}, ${signed(
                      (latest.mean ?? 0) - base,
                    )} on the baseline’s ${decimal(base)}.`
                  : 'Mean score per group of ingredients.'
              }
            >
              {scored.length ? (
                <RubricChart grid={g} />
              ) : (
                <Text size="sm" c="dimmed" ta="center" py="xl">
                  Score the ingredients at baseline to start the chart.
                </Text>
              )}
            </SectionCard>
            <SectionCard title="Scale" description="What each level means.">
              <Stack gap={8}>
                {g.scale.map((l) => {
                  const c = scoreColours(l.value, g.scale);
                  return (
                    <Group key={l.value} gap="sm" wrap="nowrap" align="flex-start">
                      <Text
                        size="sm"
                        fw={700}
                        w={28}
                        ta="center"
                        style={{ background: c.bg, color: c.fg, borderRadius: 6, flex: 'none' }}
                      >
                        {l.value}
                      </Text>
                      <div>
                        <Text size="sm" fw={600}>
                          {l.label}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {l.descriptor}
                        </Text>
                      </div>
                    </Group>
                  );
                })}
              </Stack>
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>
      <ScoreDrawer grid={g} cell={cell} onClose={() => setCell(null)} />
      <ScaleModal opened={scaleOpen} scale={g.scale} onClose={() => setScaleOpen(false)} />
      <ItemModal
        edit={itemEdit}
        groups={groups}
        onClose={() => setItemEdit(null)}
        onDelete={(item) => {
          setItemEdit(null);
          setDeleting(item);
        }}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete ingredient?"
        confirmLabel="Delete"
        busy={deleteItem.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          deleteItem.mutate(
            { id: deleting.id },
            { onSuccess: () => setDeleting(null), onError: (e) => notifyError('The ingredient was not deleted', e) },
          )
        }
      >
        “{deleting?.label}” will be removed from the rubric with its scores. You can undo this.
      </ConfirmDialog>
    </Stack>
  );
}
