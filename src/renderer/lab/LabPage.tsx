import { Stack } from '@mantine/core';
import { useOp } from '../client/use-op';
import { QueryState } from '../components/QueryState';
import { Dashboard } from './Dashboard';
import { ProfileForm } from './ProfileForm';
import { TimelineSection } from './TimelineSection';

export function LabPage() {
  const lab = useOp('lab.get', {});
  const timeline = useOp('timeline.get', {});
  return (
    <Stack gap="lg" maw={1180} mx="auto">
      <Dashboard />
      {lab.data ? <ProfileForm lab={lab.data} /> : <QueryState error={lab.error} label="lab profile" />}
      {timeline.data ? (
        <TimelineSection timeline={timeline.data} />
      ) : (
        <QueryState error={timeline.error} label="timeline" />
      )}
    </Stack>
  );
}
