import { Button, EmptyState, Loader, Text } from '@mantine/core';
import { IconFileExport, IconFileSpreadsheet, IconPlus, IconReportAnalytics } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { ReportSummary } from '../../shared/domain/report';
import { useOp } from '../client/use-op';
import { DeleteDocumentDialog } from '../components/DeleteDocumentDialog';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import classes from '../components/SplitPage.module.css';
import { useRememberedState } from '../components/use-remembered-state';
import { requestExport } from './export-store';
import { NewReportModal } from './NewReportModal';
import { ReportEditor } from './ReportEditor';
import { ReportList } from './ReportList';

const NONE: ReportSummary[] = [];

/** Iteration reports first, in the order of their phases' names, then the final report; newest first within. */
function inReadingOrder(reports: ReportSummary[]): ReportSummary[] {
  return [...reports].sort(
    (a, b) =>
      Number(a.kind === 'final') - Number(b.kind === 'final') ||
      (a.phaseName ?? '').localeCompare(b.phaseName ?? '', undefined, { numeric: true }) ||
      b.updatedAt.localeCompare(a.updatedAt),
  );
}

/** Iteration reports and the final policy report: written here with live quotes and tables, exported to Word. */
export function ReportsPage() {
  const labId = useOp('app.state', {}).data?.lab?.id ?? 'none';
  const [activeId, setActiveId] = useRememberedState<string | null>(`${labId}:reports.active`, null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<{ id: string; title: string } | null>(null);
  const list = useOp('reports.list', {});
  const reports = useMemo(() => inReadingOrder(list.data ?? NONE), [list.data]);
  const exists = reports.some((r) => r.id === activeId);
  const active = useOp('reports.get', { id: activeId ?? '' }, { enabled: exists });


  return (
    <div className={classes.page}>
      <PageHeader title="Reports" description="Iteration reports and the final policy report, with quotes and tables kept up to date from the lab.">
        <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} onClick={() => requestExport({ kind: 'xlsx' })}>
          Export lab data to Excel
        </Button>
        <Button variant="default" leftSection={<IconFileExport size={16} />} onClick={() => requestExport({ kind: 'qdpx' })}>
          Export REFI-QDA project
        </Button>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          New report
        </Button>
      </PageHeader>
      <div className={classes.body}>
        <div className={classes.side}>
          {!list.data ? (
            <QueryState error={list.error} label="reports" />
          ) : reports.length === 0 ? (
            <Text size="sm" c="dimmed" p="sm">
              No reports yet.
            </Text>
          ) : (
            <ReportList reports={reports} activeId={activeId} onOpen={setActiveId} />
          )}
        </div>
        <div className={classes.main}>
          {exists && active.data ? (
            <ReportEditor
              key={active.data.id}
              report={active.data}
              onExport={() => requestExport({ kind: 'docx', reportId: active.data.id, title: active.data.title })}
              onDelete={() => setDeleting({ id: active.data.id, title: active.data.title })}
            />
          ) : exists ? (
            active.error ? <QueryState error={active.error} label="the report" /> : <Loader size="sm" m="md" />
          ) : (
            <EmptyState
              mt={60}
              variant="light"
              size="lg"
              icon={<IconReportAnalytics size={30} stroke={1.5} />}
              title={reports.length > 0 ? 'Choose a report' : 'No reports yet'}
              description="After each reflection convening, write an iteration report from the reflection questions; at the end, draft the policy report. Quotes and tables come from the lab and stay up to date."
            >
              <EmptyState.Actions>
                <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                  New report
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          )}
        </div>
      </div>
      <NewReportModal opened={creating} onClose={() => setCreating(false)} onCreated={(r) => setActiveId(r.id)} />
      <DeleteDocumentDialog target={deleting} op="reports.delete" what="report" onClose={() => setDeleting(null)} onDeleted={() => setActiveId(null)}>
        “{deleting?.title}” will be deleted. Nothing in the lab it quotes is touched.
      </DeleteDocumentDialog>
    </div>
  );
}
