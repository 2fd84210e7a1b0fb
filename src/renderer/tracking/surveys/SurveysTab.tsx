import { Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import { IconClipboardList, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useOp } from '../../client/use-op';
import { QueryState } from '../../components/QueryState';
import { SectionCard } from '../SectionCard';
import { useRememberedState } from '../../components/use-remembered-state';
import { SurveyChangeTable, type ChangePair } from './SurveyChangeTable';
import { SurveyImportModal } from './SurveyImportModal';
import { SurveyItemsTable } from './SurveyItemsTable';

export function SurveysTab() {
  const labId = useOp('app.state', {}).data?.lab?.id ?? 'none';
  const items = useOp('surveys.items', {});
  const change = useOp('surveys.change', {});
  const [pair, setPair] = useRememberedState<ChangePair | null>(`${labId}:tracking.surveyPair`, null);
  const [importing, setImporting] = useState(false);

  const importButton = (
    <Button leftSection={<IconFileSpreadsheet size={16} />} onClick={() => setImporting(true)}>
      Import survey…
    </Button>
  );

  let body;
  if (!items.data || !change.data) body = <QueryState error={items.error ?? change.error} label="surveys" />;
  else if (items.data.length === 0) {
    body = (
      <EmptyState
        mt={40}
        variant="light"
        size="lg"
        icon={<IconClipboardList size={30} stroke={1.5} />}
        title="No survey imported yet"
        description="Import the baseline survey (expectations, satisfaction, perceived impact, scaling knowledge) from a spreadsheet, then midline and endline; numeric questions then show how the lab group changed beside the comparison group."
      >
        <EmptyState.Actions>{importButton}</EmptyState.Actions>
      </EmptyState>
    );
  } else {
    body = (
      <>
        <SectionCard
          title="Change between time points"
          description="Numeric questions: the mean answer of each group, and how much it moved."
        >
          {change.data.length ? (
            <SurveyChangeTable items={change.data} pair={pair} onPair={setPair} />
          ) : (
            <Text size="sm" c="dimmed">
              No numeric question yet.
            </Text>
          )}
        </SectionCard>
        <SectionCard title="Questions" description="Give each a topic; later surveys match their columns by header.">
          <SurveyItemsTable items={items.data} />
        </SectionCard>
      </>
    );
  }

  return (
    <Stack gap="lg">
      {items.data && items.data.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Surveys at baseline, midline and endline, for lab participants and the comparison group.
          </Text>
          {importButton}
        </Group>
      )}
      {body}
      <SurveyImportModal opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}
