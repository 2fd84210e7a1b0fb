import { useSyncExternalStore } from 'react';
import { WorkbenchError } from '../../shared/contract/errors';
import type { ImportResult } from '../../shared/domain/source';
import type { TranscriptSheetOptions } from '../../shared/domain/transcript-sheet';
import { bridge } from '../client/bridge';
import { run } from '../client/use-op';
import { errorMessage, notifyError } from '../components/notify';
import { batchFiles, readAsBase64 } from './source-files';

export interface ImportProgress {
  done: number;
  total: number;
  /** The file being read or parsed now. */
  current: string;
  cancelling: boolean;
}

export interface ImportOutcome {
  results: ImportResult[];
  /** Files of a dropped or picked folder left out because their format cannot be imported. */
  skipped: number;
  /** Set when the import was cancelled: how far it got. */
  cancelled: string | null;
}

export interface ImportState {
  progress: ImportProgress | null;
  outcome: ImportOutcome | null;
}

let state: ImportState = { progress: null, outcome: null };
const listeners = new Set<() => void>();
let currentJob: string | null = null;
let cancelRequested = false;

function set(next: Partial<ImportState>): void {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

// Read through a function: inside importFiles, TypeScript would keep the narrowing from its first line.
function progressNow(): ImportProgress | null {
  return state.progress;
}

function setProgress(patch: Partial<ImportProgress>): void {
  if (state.progress) set({ progress: { ...state.progress, ...patch } });
}

function failedAll(files: File[], message: string): ImportResult[] {
  return files.map((f) => ({
    fileName: f.name,
    status: 'failed',
    sourceId: null,
    errorCode: null,
    message,
    warnings: [],
  }));
}

/**
 * Imports files in calls of a bounded size, each call one job the page follows by its id. The state lives
 * outside React so that leaving the Sources page during a long import neither loses its progress nor its
 * results.
 */
export async function importFiles(files: File[], skipped: number, sheetOptions?: ReadonlyMap<File, TranscriptSheetOptions>): Promise<void> {
  if (state.progress || files.length === 0) return;
  cancelRequested = false;
  const results: ImportResult[] = [];
  let offset = 0;
  let cancelled: string | null = null;
  set({ progress: { done: 0, total: files.length, current: files[0]!.name, cancelling: false }, outcome: null });
  const unsubscribe = bridge.subscribe((e) => {
    if (e.type === 'job' && e.jobId === currentJob && e.state === 'running') {
      setProgress({ done: offset + e.done, current: e.label });
    }
  });
  try {
    // A spreadsheet read with its own column mapping goes in a call of its own, since a call carries one mapping.
    const mapped = files.filter((f) => sheetOptions?.has(f));
    const batches = [...batchFiles(files.filter((f) => !sheetOptions?.has(f))), ...mapped.map((f) => [f])];
    for (const batch of batches) {
      if (cancelRequested) break;
      setProgress({ current: `Reading ${batch[0]!.name}` });
      let payload: { name: string; data: string }[];
      try {
        payload = await Promise.all(batch.map(async (f) => ({ name: f.name, data: await readAsBase64(f) })));
      } catch (e) {
        results.push(...failedAll(batch, errorMessage(e)));
        offset += batch.length;
        continue;
      }
      if (cancelRequested) break;
      currentJob = crypto.randomUUID();
      try {
        const transcriptSheet = batch.length === 1 ? sheetOptions?.get(batch[0]!) : undefined;
        results.push(...(await run('sources.import', { jobId: currentJob, files: payload, ...(transcriptSheet ? { transcriptSheet } : {}) })));
      } catch (e) {
        // The importer keeps the files it finished but, cancelled, answers with an error rather than their results.
        if (e instanceof WorkbenchError && e.code === 'CANCELLED') {
          cancelRequested = true;
          break;
        }
        results.push(...failedAll(batch, errorMessage(e)));
      }
      offset += batch.length;
      setProgress({ done: offset });
    }
    if (cancelRequested) {
      const done = progressNow()?.done ?? offset;
      cancelled = `Stopped after ${done} of ${files.length} files. The files imported before you cancelled were kept; the rest were not imported.`;
    }
  } finally {
    unsubscribe();
    currentJob = null;
    set({ progress: null, outcome: { results, skipped, cancelled } });
  }
}

export function cancelImport(): void {
  if (!state.progress) return;
  cancelRequested = true;
  setProgress({ cancelling: true });
  if (currentJob)
    run('jobs.cancel', { jobId: currentJob }).catch((e: unknown) => notifyError('Could not cancel the import', e));
}

export function dismissOutcome(): void {
  set({ outcome: null });
}

export function useImportState(): ImportState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}
