import { Button, EmptyState, Group, SegmentedControl, Select, Stack } from '@mantine/core';
import { IconFileSpreadsheet, IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useState } from 'react';
import type { Target } from '../../../shared/domain/action-plan';
import { useMutationOp, useOp } from '../../client/use-op';
import { QueryState } from '../../components/QueryState';
import { notifyDone, notifyError } from '../../components/notify';
import { todayIso } from '../../format/dates';
import { useRememberedState } from '../../components/use-remembered-state';
import { DeletePlanItem, type PlanItem } from './DeletePlanItem';
import { ImportPointsModal } from './import/ImportPointsModal';
import { IterationSection } from './IterationSection';
import { MeasureModal, type MeasureEdit } from './MeasureModal';
import { ProgressTable } from './ProgressTable';
import type { TargetActions } from './TargetCard';
import { TargetModal, type TargetEdit } from './TargetModal';

const ALL = 'all';
type View = 'targets' | 'table';

export function ActionPlanTab() {
  const labId = useOp('app.state', {}).data?.lab?.id ?? 'none';
  const [phaseChoice, setPhaseChoice] = useRememberedState(`${labId}:tracking.planPhase`, ALL);
  const [view, setView] = useRememberedState<View>(`${labId}:tracking.planView`, 'targets');
  const timeline = useOp('timeline.get', {});
  const phases = timeline.data?.phases ?? [];
  const phaseId = phaseChoice !== ALL && phases.some((p) => p.id === phaseChoice) ? phaseChoice : undefined;
  const progress = useOp('targets.progress', phaseId ? { phaseId } : {});
  const participants = useOp('participants.list', {});
  const update = useMutationOp('targets.update');
  const carry = useMutationOp('targets.carryOver');

  const [targetEdit, setTargetEdit] = useState<TargetEdit | null>(null);
  const [measureEdit, setMeasureEdit] = useState<MeasureEdit | null>(null);
  const [deleting, setDeleting] = useState<PlanItem | null>(null);
  const [importing, setImporting] = useState(false);

  const actions: TargetActions = {
    onEdit: (t) => setTargetEdit({ target: t, phaseId: t.phaseId }),
    onDelete: (t) => setDeleting({ kind: 'target', item: t }),
    onStatus: (t, status) => update.mutate({ id: t.id, patch: { status } }, { onError: (e) => notifyError('The status was not changed', e) }),
    onCarryOver: (t: Target) =>
      carry.mutate(
        { id: t.id },
        {
          onSuccess: (next) => {
            const to = phases.find((p) => p.id === next.phaseId)?.name ?? 'the next iteration';
            notifyDone(`Carried over to ${to}, with ${next.measures.length === 1 ? 'its measure' : `its ${next.measures.length} measures`}.`);
          },
          onError: (e) => notifyError('The target was not carried over', e),
        },
      ),
    onAddMeasure: (t) => setMeasureEdit({ measure: null, targetId: t.id, targetText: t.text }),
    onEditMeasure: (t, m) => setMeasureEdit({ measure: m, targetId: t.id, targetText: t.text }),
    onDeleteMeasure: (m) => setDeleting({ kind: 'measure', item: m }),
  };
  // A new target goes to the iteration on screen, else the one under way today, else the first.
  const today = todayIso();
  const current = phases.find((p) => p.kind === 'iteration' && p.startDate <= today && today <= p.endDate);
  const defaultPhase = phaseId ?? current?.id ?? progress.data?.find((b) => b.phase)?.phase?.id ?? null;
  const addTarget = (p: string | null) => setTargetEdit({ target: null, phaseId: p });
  const total = progress.data?.reduce((n, b) => n + b.targets.length, 0) ?? 0;

  let body;
  if (!progress.data) body = <QueryState error={progress.error} label="action plan" />;
  else if (total === 0 && !phaseId && progress.data.length === 0) {
    body = (
      <EmptyState
        mt={40}
        variant="light"
        size="lg"
        icon={<IconTargetArrow size={30} stroke={1.5} />}
        title="No iterations yet"
        description="The action plan is kept per iteration. Add the lab’s iterations to its timeline on the Lab page, then plan targets here."
      />
    );
  } else if (view === 'table') body = <ProgressTable blocks={progress.data} />;
  else {
    body = (
      <Stack gap="xl">
        {progress.data.map((b) => (
          <IterationSection key={b.phase?.id ?? 'none'} block={b} actions={actions} onAddTarget={addTarget} />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Group gap="sm">
          <Select
            aria-label="Iteration"
            data={[{ value: ALL, label: 'All iterations' }, ...phases.map((p) => ({ value: p.id, label: p.name }))]}
            value={phaseId ?? ALL}
            onChange={(v) => setPhaseChoice(v ?? ALL)}
            allowDeselect={false}
            w={220}
          />
          <SegmentedControl
            value={view}
            onChange={(v) => setView(v as View)}
            data={[
              { value: 'targets', label: 'Targets and measures' },
              { value: 'table', label: 'Progress table' },
            ]}
            aria-label="View"
          />
        </Group>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} onClick={() => setImporting(true)}>
            Import data points…
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => addTarget(defaultPhase)}>
            Add target
          </Button>
        </Group>
      </Group>
      {body}
      <TargetModal edit={targetEdit} phases={phases} participants={participants.data ?? []} onClose={() => setTargetEdit(null)} />
      <MeasureModal edit={measureEdit} onClose={() => setMeasureEdit(null)} />
      <DeletePlanItem item={deleting} onClose={() => setDeleting(null)} />
      <ImportPointsModal opened={importing} phases={phases} onClose={() => setImporting(false)} />
    </Stack>
  );
}
