import { OpError } from '../errors';
import { runJobTask, type JobPlace } from '../jobs/run-job-task';
import type { LabStore } from '../store/lab-store';
import { countExcerpts } from '../store/queries/analysis-queries';
import { buildAnalysisSnapshot } from './snapshot-build';
import { snapshotTask } from './snapshot-task';

/** Compressed lists per excerpt: the items of excerpt i are values[offsets[i] .. offsets[i+1]). */
export interface Lists {
  offsets: Int32Array;
  values: Int32Array;
}

export interface SnapshotParticipant {
  id: string;
  pseudonym: string;
  sector: string;
  role: string;
  level: string;
  group: string;
  organisation: string;
  attributes: Record<string, string>;
}

/**
 * Every excerpt of the lab with what analyses count by, held in typed arrays indexed by excerpt. Cross-tables
 * and matrices over 100,000 excerpts are then a pass over arrays, not joins of text keys in SQL. Built on
 * first use and rebuilt when the lab's version changes (a write here, or a commit by another process).
 */
export interface AnalysisSnapshot {
  version: string;
  excerptIds: string[];
  source: Int32Array;
  participant: Int32Array;
  block: Int32Array;
  start: Int32Array;
  end: Int32Array;
  codes: Lists;
  coders: Lists;
  ownTags: Lists;
  /** timePoint: a survey source's time point, '' for other sources. */
  sources: { id: string; phase: string; convening: string; kind: string; timePoint: string; defaults: number[] }[];
  participants: SnapshotParticipant[];
  /** Evidence values: id, dimension id, label; tag lists hold indexes into this. */
  values: { id: string; dimension: string; label: string }[];
  codeIds: string[];
  coderIds: string[];
}

const cache = new WeakMap<LabStore, AnalysisSnapshot>();
const building = new WeakMap<LabStore, Promise<AnalysisSnapshot>>();

/**
 * The snapshot of the lab as it is now, built here when it is stale. Callers on the thread that answers calls
 * await readyAnalysisSnapshot first, so this finds it built; the job worker (an export) builds its own here.
 */
export function analysisSnapshot(store: LabStore): AnalysisSnapshot {
  const cached = cache.get(store);
  if (cached && cached.version === store.version) return cached;
  const fresh = buildAnalysisSnapshot(store, store.version);
  cache.set(store, fresh);
  return fresh;
}

/**
 * Below this many excerpts a snapshot is built where it is asked for. Measured on the bench lab: a build takes about
 * 18 µs an excerpt (1.7–2.5 s for 100,000, half of it SQL), so about 90 ms for 5,000, and a job worker that builds
 * an empty lab's takes 75 ms from the out/node bundle (0.35 s from source under tsx): smaller labs gain nothing.
 */
const WORKER_FROM_EXCERPTS = 5000;

/** How many worker rebuilds a run of writes may outdate before the snapshot is built here instead. */
const WORKER_ATTEMPTS = 3;

function excerptCount(store: LabStore, stale: AnalysisSnapshot | undefined): number {
  return stale ? stale.excerptIds.length : countExcerpts(store);
}

/** Built in the job worker from its own connection; labelled with the version of ours from before it began. */
async function buildInWorker(store: LabStore, place: JobPlace): Promise<AnalysisSnapshot> {
  // Taken before the worker reads: a write in between leaves the label older than the data, so the result is
  // found stale and rebuilt, never taken as newer than it is.
  const version = store.version;
  const built = await runJobTask(snapshotTask, { labPath: store.path }, { ...place, signal: new AbortController().signal, progress: () => undefined });
  return { ...built, version };
}

/**
 * The snapshot, current, without holding up the thread that answers calls: on a large lab a stale one is
 * rebuilt in the job worker while other calls go on. Calls that arrive during a rebuild wait for that rebuild
 * rather than start their own; a write during it makes its result stale, and it is rebuilt.
 */
export async function readyAnalysisSnapshot(store: LabStore, place: JobPlace): Promise<AnalysisSnapshot> {
  for (let attempt = 0; attempt < WORKER_ATTEMPTS; attempt++) {
    const cached = cache.get(store);
    if (cached && cached.version === store.version) return cached;
    if (!place.worker || excerptCount(store, cached) < WORKER_FROM_EXCERPTS) break;
    let pending = building.get(store);
    if (!pending) {
      const started = buildInWorker(store, place).finally(() => {
        if (building.get(store) === started) building.delete(store);
      });
      building.set(store, (pending = started));
    }
    const built = await pending;
    if (!store.db.open) throw new OpError('NO_LAB_OPEN', 'The lab was closed while its analysis was being prepared.');
    if (built.version === store.version) {
      cache.set(store, built);
      return built;
    }
  }
  // Small, or changing faster than the worker can follow: built here, where no write can come in between.
  return analysisSnapshot(store);
}

export function listOf(lists: Lists, i: number): Int32Array {
  return lists.values.subarray(lists.offsets[i]!, lists.offsets[i + 1]!);
}

/** Excerpt i's tags in a dimension: its own there if it has any, else its source's defaults there. */
export function tagsIn(s: AnalysisSnapshot, i: number, dimensionId: string): number[] {
  const own: number[] = [];
  for (const v of listOf(s.ownTags, i)) if (s.values[v]!.dimension === dimensionId) own.push(v);
  if (own.length) return own;
  const src = s.sources[s.source[i]!];
  return src ? src.defaults.filter((v) => s.values[v]!.dimension === dimensionId) : [];
}
