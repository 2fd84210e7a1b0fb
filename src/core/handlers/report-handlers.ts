import { randomUUID } from 'node:crypto';
import { readyAnalysisSnapshot } from '../analysis/analysis-snapshot';
import type { Workspace } from '../app/workspace';
import { exportLabXlsx, exportReportDocx, type ExportEnv } from '../export/export-jobs';
import { readExport } from '../export/export-file';
import { jobPlaceOf } from '../jobs/run-job-task';
import { privacyFor } from '../reports/privacy';
import { liveBlocksOf } from '../reports/report-body';
import { addQuotes, createReport, deleteReport, listReports, mustGetReport, updateReport } from '../reports/reports';
import { templateInfos } from '../reports/report-templates';
import { resolveBlocks } from '../reports/resolve-report';
import { quoteNodeFor } from '../reports/resolve-quotes';
import { getLab } from '../lab/lab-profile';
import { OpError } from '../errors';
import type { PmNode, ResolvedBlock } from '../../shared/domain/report';
import type { LabStore } from '../store/lab-store';
import type { Handlers } from './handler';

function env(ws: Workspace): ExportEnv {
  return { store: ws.store, home: ws.paths.home, log: ws.log, ...jobPlaceOf(ws) };
}

/**
 * Live blocks resolved outside a saved report, as if in one with this phase. Each is resolved under an id of its
 * own position, since the editor's nodes may share ids (a pasted copy) or have none yet.
 */
function previewNodes(store: LabStore, nodes: PmNode[], phaseId: string | null, realNames: boolean): ResolvedBlock[] {
  const key = (i: number) => `preview-${i}`;
  const blocks = resolveBlocks(store, { type: 'doc', content: nodes.map((n, i) => ({ ...n, attrs: { ...n.attrs, id: key(i) } })) }, {
    privacy: privacyFor(store, realNames),
    reportPhaseId: phaseId,
    reportKind: phaseId ? 'iteration' : 'final',
  });
  return nodes.map((n, i) => {
    const b = blocks[key(i)];
    if (!b) throw new OpError('INVALID_INPUT', `node: a ${n.type} is not a live block (quote, excerptList, liveTable, liveChart)`);
    return b;
  });
}

/** Live tables and charts count over the analysis snapshot: made current first, in the job worker on a large lab. */
async function tablesReady(ws: Workspace, nodes: PmNode[]): Promise<void> {
  if (nodes.some((n) => liveBlocksOf(n).some((b) => b.type === 'liveTable' || b.type === 'liveChart'))) {
    await readyAnalysisSnapshot(ws.store, jobPlaceOf(ws));
  }
}

export const reportHandlers: Handlers<'reports' | 'export'> = {
  'reports.list': (ws) => listReports(ws.store),
  'reports.get': (ws, { id }) => mustGetReport(ws.store, id),
  'reports.templates': (ws) => templateInfos(ws.resourcesDir),
  'reports.create': (ws, input) => createReport(ws.store, ws.resourcesDir, input),
  'reports.update': (ws, { id, patch, baseUpdatedAt }) => updateReport(ws.store, id, patch, baseUpdatedAt),
  'reports.delete': (ws, { id }) => deleteReport(ws.store, id),
  'reports.addQuotes': (ws, { id, excerptIds }) => addQuotes(ws.store, id, excerptIds),
  'reports.resolve': async (ws, { id, realNames }) => {
    const store = ws.store;
    await tablesReady(ws, [mustGetReport(store, id).body]);
    return store.tx(() => {
      const r = mustGetReport(store, id);
      const privacy = privacyFor(store, realNames);
      return { reportId: id, realNames, blocks: resolveBlocks(store, r.body, { privacy, reportPhaseId: r.phaseId, reportKind: r.kind }) };
    });
  },
  'reports.preview': async (ws, { node, phaseId, realNames }) => {
    await tablesReady(ws, [node]);
    return previewNodes(ws.store, [node], phaseId, realNames)[0]!;
  },
  'reports.previewMany': async (ws, { nodes, phaseId, realNames }) => {
    await tablesReady(ws, nodes);
    return previewNodes(ws.store, nodes, phaseId, realNames);
  },
  'reports.quoteNode': (ws, { excerptId }) => quoteNodeFor(ws.store, excerptId),
  'export.docx': (ws, { jobId, reportId, path, realNames }) => {
    const e = env(ws);
    const title = mustGetReport(e.store, reportId).title;
    return ws.jobs.run(jobId ?? randomUUID(), `Exporting “${title}” to Word`, (signal, progress) => exportReportDocx(e, { reportId, path, realNames }, signal, progress));
  },
  'export.xlsx': (ws, { jobId, path, realNames }) => {
    const e = env(ws);
    return ws.jobs.run(jobId ?? randomUUID(), `Exporting ${getLab(e.store).name} to Excel`, (signal, progress) => exportLabXlsx(e, { path, realNames }, signal, progress));
  },
  'export.download': (ws, { fileName }) => readExport(ws.paths.home, fileName),
};
