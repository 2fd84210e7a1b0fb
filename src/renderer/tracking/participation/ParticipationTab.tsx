import { Grid, Stack, Text } from '@mantine/core';
import type { Timeline } from '../../../shared/domain/timeline';
import { useOp } from '../../client/use-op';
import { QueryState } from '../../components/QueryState';
import { todayIso } from '../../format/dates';
import { SectionCard } from '../SectionCard';
import { useRememberedState } from '../../components/use-remembered-state';
import { AttendanceCard } from './AttendanceCard';
import { AttendanceChart } from './AttendanceChart';
import { AttritionTable, LeaversTable } from './AttritionTable';
import { ConveningRatesTable, SectorRatesTable } from './RatesTables';
import { RetentionChart } from './RetentionChart';

/** The convening the documenter most likely came for: the latest one that has happened, else the first. */
function defaultConvening(timeline: Timeline): string | null {
  const today = todayIso();
  const past = timeline.convenings.filter((c) => c.date <= today);
  return (past.at(-1) ?? timeline.convenings[0])?.id ?? null;
}

export function ParticipationTab() {
  const labId = useOp('app.state', {}).data?.lab?.id ?? 'none';
  const timeline = useOp('timeline.get', {});
  const summary = useOp('participation.summary', {});
  const attrition = useOp('participation.attrition', {});
  const [chosen, setChosen] = useRememberedState<string | null>(`${labId}:tracking.convening`, null);

  if (!timeline.data) return <QueryState error={timeline.error} label="timeline" />;
  const exists = chosen !== null && timeline.data.convenings.some((c) => c.id === chosen);
  const conveningId = exists ? chosen : defaultConvening(timeline.data);
  const today = todayIso();
  const started = attrition.data?.phases.filter((p) => p.startDate <= today) ?? [];
  const anyRecorded = summary.data?.convenings.some((c) => c.recorded) ?? false;

  return (
    <Stack gap="lg">
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <AttendanceCard timeline={timeline.data} conveningId={conveningId} onConvening={setChosen} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <SectionCard title="Attendance per convening" description="Participants present, by sector, with guests on top.">
              {!summary.data ? (
                <QueryState error={summary.error} label="participation" />
              ) : anyRecorded ? (
                <AttendanceChart convenings={summary.data.convenings} />
              ) : (
                <Text size="sm" c="dimmed" py="xl" ta="center">
                  Take attendance at a convening to see who came, sector by sector.
                </Text>
              )}
            </SectionCard>
            <SectionCard
              title="Retention over phases"
              description="Of everyone who had joined the lab by the end of a phase, the share still in it."
            >
              {!attrition.data ? (
                <QueryState error={attrition.error} label="attrition" />
              ) : started.length ? (
                <RetentionChart phases={started} />
              ) : (
                <Text size="sm" c="dimmed" py="xl" ta="center">
                  The curve starts once the first phase has begun.
                </Text>
              )}
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <SectionCard
            title="Rates per convening"
            description="Present ÷ lab participants active on the day; guests and the comparison group are not in the rate."
          >
            {summary.data ? <ConveningRatesTable summary={summary.data} /> : <QueryState error={summary.error} label="rates" />}
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <SectionCard title="Rates per sector" description="Over every convening where attendance was taken.">
            {summary.data ? <SectorRatesTable sectors={summary.data.sectors} /> : <QueryState error={summary.error} label="rates" />}
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <SectionCard title="Attrition per phase" description="Lab group only; someone without a joining date counts from the start.">
            {attrition.data ? <AttritionTable phases={started} /> : <QueryState error={attrition.error} label="attrition" />}
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <SectionCard title="Who left" description="When and from which sector.">
            {attrition.data ? <LeaversTable phases={attrition.data.phases} /> : <QueryState error={attrition.error} label="attrition" />}
          </SectionCard>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
