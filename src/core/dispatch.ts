import type { z } from 'zod';
import { isOpName, operations, type OpName, type WireResult } from '../shared/contract';
import type { Workspace } from './app/workspace';
import { OpError, toWire } from './errors';
import { agreementHandlers } from './handlers/agreement-handlers';
import { appHandlers } from './handlers/app-handlers';
import { assistantHandlers } from './handlers/assistant-handlers';
import { backupHandlers } from './handlers/backup-handlers';
import { coderCopyHandlers } from './handlers/coder-copy-handlers';
import { codingHandlers } from './handlers/coding-handlers';
import { compareHandlers } from './handlers/compare-handlers';
import { evidenceHandlers } from './handlers/evidence-handlers';
import type { Handler } from './handlers/handler';
import { historyHandlers } from './handlers/history-handlers';
import { labHandlers } from './handlers/lab-handlers';
import { peopleHandlers } from './handlers/people-handlers';
import { recordingHandlers } from './handlers/recording-handlers';
import { refiExportHandlers } from './handlers/refi-export-handlers';
import { refiImportHandlers } from './handlers/refi-import-handlers';
import { reportHandlers } from './handlers/report-handlers';
import { sourceHandlers } from './handlers/source-handlers';
import { trackingHandlers } from './handlers/tracking-handlers';
import { transcriptHandlers } from './handlers/transcript-handlers';
import { transcriptSheetHandlers } from './handlers/transcript-sheet-handlers';

/** Every operation in the contract has exactly one handler; the type checker enforces it. */
const handlers: { [N in OpName]: Handler<N> } = {
  ...appHandlers,
  ...coderCopyHandlers,
  ...labHandlers,
  ...peopleHandlers,
  ...historyHandlers,
  ...sourceHandlers,
  ...codingHandlers,
  ...evidenceHandlers,
  ...trackingHandlers,
  ...reportHandlers,
  ...refiExportHandlers,
  ...refiImportHandlers,
  ...backupHandlers,
  ...agreementHandlers,
  ...compareHandlers,
  ...assistantHandlers,
  ...recordingHandlers,
  ...transcriptHandlers,
  ...transcriptSheetHandlers,
};

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/**
 * The single entry to core for the IPC bridge, the browser-mode server and the CLI: validates the input
 * against the contract, runs the handler, and turns any failure into `{ code, message }`.
 */
export async function dispatch(ws: Workspace, name: string, rawInput: unknown): Promise<WireResult<unknown>> {
  const started = performance.now();
  try {
    if (!isOpName(name)) throw new OpError('UNKNOWN_OPERATION', `There is no operation called “${name}”.`);
    const def = operations[name];
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) throw new OpError('INVALID_INPUT', describeIssues(parsed.error));
    if (def.needsLab && !ws.hasLab) throw new OpError('NO_LAB_OPEN', 'No lab is open; open or create one first.');
    const run = handlers[name] as Handler<OpName>;
    const result = await run(ws, parsed.data as never);
    if (def.kind === 'mutation') ws.log.info('op', { op: name, ms: Math.round(performance.now() - started) });
    return { ok: true, result };
  } catch (e) {
    const error = toWire(e, ws.log);
    ws.log.warn('op failed', { op: name, code: error.code });
    return { ok: false, error };
  }
}

export function operationNames(): OpName[] {
  return Object.keys(handlers) as OpName[];
}
