import type { ReactNode } from 'react';
import { Group, Progress, SimpleGrid, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconCalendarTime, IconChecklist, IconFiles, IconLayoutGrid, IconUsersGroup } from '@tabler/icons-react';
import { TARGET_STATUSES } from '../../shared/domain/action-plan';
import type { Dashboard as DashboardData } from '../../shared/domain/tracking';
import { useOp } from '../client/use-op';
import { QueryState } from '../components/QueryState';
import { formatDay } from '../format/dates';
import { navigate } from '../shell/navigation';
import { decimal, percent, signed, TARGET_STATUS_COLORS, TARGET_STATUS_LABELS, TIME_POINT_LABELS } from '../tracking/tracking-labels';
import { openTracking } from '../tracking/tracking-view';
import { DashboardCard } from './DashboardCard';
import classes from './DashboardCard.module.css';
import { daysFromNow, plural } from './dashboard-text';

function Big({ children }: { children: ReactNode }) {
  return (
    <Text fz={22} fw={650} lh={1.2} lineClamp={2}>
      {children}
    </Text>
  );
}

function NowCard({ d }: { d: DashboardData }) {
  const scroll = () => document.getElementById('timeline-title')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  const next = d.nextConvening;
  return (
    <DashboardCard title="Now" icon={IconCalendarTime} onOpen={scroll} openLabel="Show the timeline">
      <Big>{d.currentPhase?.name ?? 'Between phases'}</Big>
      <Text size="xs" c="dimmed">
        {d.currentPhase ? `${plural(d.currentPhase.daysLeft, 'day')} left, to ${formatDay(d.currentPhase.endDate)}` : 'No phase covers today'}
      </Text>
      <Text size="xs" c="dimmed" mt={10}>
        Next convening
      </Text>
      <Text size="sm" fw={600} lineClamp={2}>
        {next ? next.name : 'None planned'}
      </Text>
      {next && (
        <Text size="xs" c="dimmed">
          {daysFromNow(next.daysTo)} · {formatDay(next.date)}
        </Text>
      )}
    </DashboardCard>
  );
}

function Stat({ label, value, detail, onOpen }: { label: string; value: number; detail?: string; onOpen: () => void }) {
  return (
    <UnstyledButton className={classes.stat} onClick={onOpen}>
      <Big>{value.toLocaleString()}</Big>
      <Text size="xs" c="dimmed" truncate>
        {label}
        {detail && ` · ${detail}`}
      </Text>
    </UnstyledButton>
  );
}

function MaterialCard({ d }: { d: DashboardData }) {
  const c = d.counts;
  return (
    <DashboardCard title="Material" icon={IconFiles}>
      <Group gap="md" wrap="nowrap" align="flex-start">
        <Stat label="Sources" value={c.sources} onOpen={() => navigate({ page: 'sources' })} />
        <Stat label="Excerpts" value={c.excerpts} onOpen={() => navigate({ page: 'evidence' })} />
      </Group>
      <Group gap="md" wrap="nowrap" mt={10}>
        <Stat label="Participants" value={c.participants} detail={`${c.activeParticipants} active`} onOpen={() => navigate({ page: 'people' })} />
      </Group>
    </DashboardCard>
  );
}

function PlanCard({ d }: { d: DashboardData }) {
  const it = d.iteration;
  const shown = it ? TARGET_STATUSES.filter((s) => it.byStatus[s] > 0) : [];
  return (
    <DashboardCard title="Action plan" icon={IconChecklist} onOpen={() => openTracking('plan')} openLabel="Open the action plan">
      {!it || it.total === 0 ? (
        <>
          <Big>No targets</Big>
          <Text size="xs" c="dimmed">
            {it ? `None planned for ${it.name} yet` : 'No iteration has started'}
          </Text>
        </>
      ) : (
        <>
          <Big>{plural(it.total, 'target')}</Big>
          <Text size="xs" c="dimmed">
            in {it.name}
          </Text>
          <Progress.Root size={8} mt={8} mb={8} aria-label="Targets by status">
            {shown.map((s) => (
              <Tooltip key={s} label={`${it.byStatus[s]} ${TARGET_STATUS_LABELS[s].toLowerCase()}`}>
                <Progress.Section
                  value={(it.byStatus[s] / it.total) * 100}
                  color={TARGET_STATUS_COLORS[s]}
                  aria-label={`${it.byStatus[s]} ${TARGET_STATUS_LABELS[s].toLowerCase()}`}
                />
              </Tooltip>
            ))}
          </Progress.Root>
          <Group gap={10} style={{ rowGap: 2 }}>
            {shown.map((s) => (
              <Text key={s} size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                <Text span fw={600} c={`${TARGET_STATUS_COLORS[s]}.7`}>
                  {it.byStatus[s]}
                </Text>{' '}
                {TARGET_STATUS_LABELS[s].toLowerCase()}
              </Text>
            ))}
          </Group>
        </>
      )}
    </DashboardCard>
  );
}

function RubricCard({ d }: { d: DashboardData }) {
  const r = d.rubric;
  return (
    <DashboardCard title="Scaling rubric" icon={IconLayoutGrid} onOpen={() => openTracking('rubric')} openLabel="Open the rubric">
      {r.latest === null ? (
        <>
          <Big>Not scored</Big>
          <Text size="xs" c="dimmed">
            Score the ingredients at baseline
          </Text>
        </>
      ) : (
        <>
          <Group gap={6} align="baseline" wrap="nowrap">
            <Big>{decimal(r.latestMean)}</Big>
            <Text size="xs" c="dimmed">
              mean at {TIME_POINT_LABELS[r.latest].toLowerCase()}
            </Text>
          </Group>
          {r.change !== null ? (
            <Text size="sm" mt={10}>
              <Text span fw={650} c={r.change > 0 ? 'green' : r.change < 0 ? 'red' : undefined}>
                {signed(r.change)}
              </Text>{' '}
              on baseline
            </Text>
          ) : (
            <Text size="sm" mt={10} c="dimmed">
              Baseline: the first time point
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {r.change !== null ? `over ${plural(r.compared, 'ingredient')} scored at both` : `baseline mean ${decimal(r.baselineMean)}`}
          </Text>
        </>
      )}
    </DashboardCard>
  );
}

function AttendanceCard({ d }: { d: DashboardData }) {
  const c = d.lastConvening;
  return (
    <DashboardCard title="Last convening" icon={IconUsersGroup} onOpen={() => openTracking('participation')} openLabel="Open participation">
      {!c ? (
        <>
          <Big>None yet</Big>
          <Text size="xs" c="dimmed">
            No convening has taken place
          </Text>
        </>
      ) : (
        <>
          <Text size="sm" fw={600} lineClamp={2}>
            {c.name}
          </Text>
          <Text size="xs" c="dimmed" mb={6}>
            {formatDay(c.date)}
          </Text>
          {c.recorded ? (
            <>
              <Big>{percent(c.rate)}</Big>
              <Progress value={(c.rate ?? 0) * 100} size={6} my={4} aria-label="Attendance rate" />
              <Text size="xs" c="dimmed">
                {c.present} of {c.active} present{c.guests > 0 && ` · ${plural(c.guests, 'guest')}`}
              </Text>
            </>
          ) : (
            <Text size="sm" mt={10} c="orange">
              Attendance not taken yet
            </Text>
          )}
        </>
      )}
    </DashboardCard>
  );
}

/** What the Lab page opens on: where the lab stands today, each card opening the page with the detail. */
export function Dashboard() {
  const dashboard = useOp('dashboard.get', {});
  if (!dashboard.data) return <QueryState error={dashboard.error} label="dashboard" />;
  const d = dashboard.data;
  return (
    <Stack gap={8} component="section" aria-label="Where the lab stands">
      <Text size="sm" c="dimmed">
        Where the lab stands today, {formatDay(d.today)}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md">
        <NowCard d={d} />
        <MaterialCard d={d} />
        <PlanCard d={d} />
        <RubricCard d={d} />
        <AttendanceCard d={d} />
      </SimpleGrid>
    </Stack>
  );
}
