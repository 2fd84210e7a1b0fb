import { Stack, Tabs } from '@mantine/core';
import { IconClipboardList, IconLayoutGrid, IconTargetArrow, IconUsersGroup } from '@tabler/icons-react';
import { PageHeader } from '../components/PageHeader';
import { ActionPlanTab } from './plan/ActionPlanTab';
import { ParticipationTab } from './participation/ParticipationTab';
import { RubricTab } from './rubric/RubricTab';
import { SurveysTab } from './surveys/SurveysTab';
import { useTrackingTab, type TrackingTab } from './tracking-view';

/** How the lab functions and whether it makes progress: attendance, the action plan, the rubric and surveys. */
export function TrackingPage() {
  const [tab, setTab] = useTrackingTab();
  return (
    <Stack gap="md" maw={1280} mx="auto">
      <PageHeader
        title="Tracking"
        description="How the lab functions and whether it makes progress: who takes part, the scaling action plan, the rubric and the surveys."
      />
      <Tabs value={tab} onChange={(v) => v && setTab(v as TrackingTab)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="participation" leftSection={<IconUsersGroup size={16} />}>
            Participation
          </Tabs.Tab>
          <Tabs.Tab value="plan" leftSection={<IconTargetArrow size={16} />}>
            Action plan
          </Tabs.Tab>
          <Tabs.Tab value="rubric" leftSection={<IconLayoutGrid size={16} />}>
            Rubric
          </Tabs.Tab>
          <Tabs.Tab value="surveys" leftSection={<IconClipboardList size={16} />}>
            Surveys
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="participation" pt="md">
          <ParticipationTab />
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="md">
          <ActionPlanTab />
        </Tabs.Panel>
        <Tabs.Panel value="rubric" pt="md">
          <RubricTab />
        </Tabs.Panel>
        <Tabs.Panel value="surveys" pt="md">
          <SurveysTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
