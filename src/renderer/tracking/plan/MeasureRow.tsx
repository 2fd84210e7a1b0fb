import { ActionIcon, Collapse, Grid, Group, Progress, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronRight, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Measure } from '../../../shared/domain/action-plan';
import { useOp } from '../../client/use-op';
import { QueryState } from '../../components/QueryState';
import { formatDay } from '../../format/dates';
import { decimal, percent } from '../tracking-labels';
import { DataPoints } from './DataPoints';
import { MeasureChart } from './MeasureChart';
import classes from './MeasureRow.module.css';

function MeasureDetail({ measure }: { measure: Measure }) {
  const series = useOp('measures.series', { id: measure.id });
  if (!series.data) return <QueryState error={series.error} label="data points" />;
  return (
    <Grid gap="md" pt="xs">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <MeasureChart series={series.data} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="xs">
          <DataPoints series={series.data} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

/** Progress towards the target: green once reached, red when the measure went the wrong way. */
function progressColour(p: number): string {
  if (p >= 1) return 'green';
  if (p < 0) return 'red';
  return 'brand';
}

interface MeasureRowProps {
  measure: Measure;
  onEdit: (m: Measure) => void;
  onDelete: (m: Measure) => void;
}

export function MeasureRow({ measure: m, onEdit, onDelete }: MeasureRowProps) {
  const [open, setOpen] = useState(true);
  const unit = m.unit ? ` ${m.unit}` : '';
  return (
    <div className={classes.measure} aria-label={`Measure ${m.name}`} role="group">
      <Group gap="sm" wrap="nowrap">
        <UnstyledButton className={classes.toggle} onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-label={`${open ? 'Hide' : 'Show'} ${m.name} chart`}>
          <IconChevronRight size={16} className={classes.chevron} data-open={open || undefined} />
          <Text size="sm" fw={600} truncate>
            {m.name}
          </Text>
          {m.unit && (
            <Text size="xs" c="dimmed">
              ({m.unit})
            </Text>
          )}
        </UnstyledButton>
        <Group gap="lg" wrap="nowrap" className={classes.numbers}>
          <Stat label="Baseline" value={decimal(m.baseline)} />
          <Stat
            label={m.latest ? `Latest · ${formatDay(m.latest.date)}` : 'Latest'}
            value={m.latest ? `${decimal(m.latest.value)}${unit}` : '—'}
            strong
          />
          <Stat label="Target" value={m.targetValue === null ? '—' : `${decimal(m.targetValue)}${unit}`} />
          <Tooltip label="(latest − baseline) ÷ (target − baseline)" disabled={m.progress === null}>
            <Stack gap={2} w={92}>
              <Text size="xs" c="dimmed">
                Progress {percent(m.progress)}
              </Text>
              <Progress
                value={Math.max(0, Math.min(1, m.progress ?? 0)) * 100}
                color={progressColour(m.progress ?? 0)}
                size="sm"
                aria-label={`Progress of ${m.name}`}
              />
            </Stack>
          </Tooltip>
        </Group>
        <Group gap={0} wrap="nowrap">
          <Tooltip label="Edit measure">
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Edit measure ${m.name}`} onClick={() => onEdit(m)}>
              <IconPencil size={15} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Delete measure">
            <ActionIcon variant="subtle" color="red" size="sm" aria-label={`Delete measure ${m.name}`} onClick={() => onDelete(m)}>
              <IconTrash size={15} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Collapse expanded={open}>{open && <MeasureDetail measure={m} />}</Collapse>
    </div>
  );
}

function Stat({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <Stack gap={0} miw={64}>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Text>
      <Text size="sm" fw={strong ? 600 : 400} style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Text>
    </Stack>
  );
}
