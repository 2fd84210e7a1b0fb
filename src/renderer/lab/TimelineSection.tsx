import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Convening, Phase, Timeline } from '../../shared/domain/timeline';
import { ConveningModal, type ConveningEdit } from './ConveningModal';
import { DeleteTimelineItem, type TimelineItem } from './DeleteTimelineItem';
import { PhaseBlock } from './PhaseBlock';
import { PhaseModal, type PhaseEdit } from './PhaseModal';
import { TimelineChart } from './TimelineChart';

export function TimelineSection({ timeline }: { timeline: Timeline }) {
  const [phaseEdit, setPhaseEdit] = useState<PhaseEdit | null>(null);
  const [conveningEdit, setConveningEdit] = useState<ConveningEdit | null>(null);
  const [deleting, setDeleting] = useState<TimelineItem | null>(null);

  const { phases, convenings } = timeline;
  const phaseIds = new Set(phases.map((p) => p.id));
  const loose = convenings.filter((c) => !c.phaseId || !phaseIds.has(c.phaseId));
  const handlers = {
    onEditPhase: (phase: Phase) => setPhaseEdit({ phase }),
    onDeletePhase: (phase: Phase) => setDeleting({ kind: 'phase', item: phase }),
    onAddConvening: (phaseId: string | null) => setConveningEdit({ convening: null, phaseId }),
    onEditConvening: (convening: Convening) => setConveningEdit({ convening, phaseId: convening.phaseId }),
    onDeleteConvening: (convening: Convening) => setDeleting({ kind: 'convening', item: convening }),
  };

  return (
    <Card padding="lg" component="section" aria-labelledby="timeline-title">
      <Group justify="space-between" mb="md">
        <div>
          <Title order={2} fz="xl" id="timeline-title">
            Timeline
          </Title>
          <Text size="sm" c="dimmed">
            {phases.length} phases · {convenings.length} convenings
          </Text>
        </div>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconCalendarPlus size={16} />}
            onClick={() => handlers.onAddConvening(null)}
          >
            Add convening
          </Button>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setPhaseEdit({ phase: null })}>
            Add phase
          </Button>
        </Group>
      </Group>

      {phases.length > 0 || convenings.length > 0 ? (
        <Stack gap="md">
          <TimelineChart phases={phases} convenings={convenings} />
          {phases.map((phase) => (
            <PhaseBlock
              key={phase.id}
              phase={phase}
              convenings={convenings.filter((c) => c.phaseId === phase.id)}
              {...handlers}
            />
          ))}
          {loose.length > 0 && <PhaseBlock phase={null} convenings={loose} {...handlers} />}
        </Stack>
      ) : (
        <Text c="dimmed" ta="center" py="xl">
          No phases yet. Add the first phase — research and planning, usually — to lay out the lab’s calendar.
        </Text>
      )}

      <PhaseModal edit={phaseEdit} onClose={() => setPhaseEdit(null)} />
      <ConveningModal edit={conveningEdit} phases={phases} onClose={() => setConveningEdit(null)} />
      <DeleteTimelineItem item={deleting} onClose={() => setDeleting(null)} />
    </Card>
  );
}
