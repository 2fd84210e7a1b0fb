import { OpError } from '../errors';
import { runJobTask, type JobPlace } from '../jobs/run-job-task';
import type { LabStore } from '../store/lab-store';
import { countCodedExcerpts } from '../store/queries/assistant-queries';
import { trainAssistant, type AssistantModel } from './train-assistant';
import { assistantTrainTask } from './train-task';

/**
 * Below this many coded excerpts the model is trained where it is asked for. Measured: about 25 µs an excerpt, so
 * 0.1 s for 4,000, while starting a job worker costs 75 ms from the built bundle; small labs gain nothing from it.
 */
const WORKER_FROM_EXCERPTS = 4000;

/** A run of codings retrains once, this long after the first call that found the model stale. */
const RETRAIN_QUIET_MS = 1500;

interface Entry {
  model?: AssistantModel;
  version?: string;
  training?: Promise<void>;
  timer?: NodeJS.Timeout;
  /** A background retrain that failed: the next call reports it (and its detail goes to the log) and tries again. */
  failure?: unknown;
  /** Suggestions the documenter skipped while this lab is open: not shown again until it is reopened. */
  skipped: Set<string>;
}

const entries = new WeakMap<LabStore, Entry>();

function entryOf(store: LabStore): Entry {
  let e = entries.get(store);
  if (!e) entries.set(store, (e = { skipped: new Set() }));
  return e;
}

export function skippedOf(store: LabStore): Set<string> {
  return entryOf(store).skipped;
}

function train(store: LabStore, place: JobPlace, entry: Entry): Promise<void> {
  if (entry.training) return entry.training;
  // Taken before the worker reads: a write in between leaves the label older than the data, so it is retrained.
  const version = store.version;
  const run = runJobTask(assistantTrainTask, { labPath: store.path }, { ...place, signal: new AbortController().signal, progress: () => undefined })
    .then((model) => {
      entry.model = model;
      entry.version = version;
    })
    .finally(() => {
      entry.training = undefined;
    });
  entry.training = run;
  return run;
}

/**
 * The model for the lab as it is now, or nearly. Small labs train here on every change. Large ones train in the job
 * worker: the first call waits for it; later calls get the model they have (marked stale) while a retrain waits for
 * the coding to pause, then runs in the worker. What is already coded or rejected is left out when suggesting, so a
 * stale model never suggests a passage twice.
 */
export async function readyModel(store: LabStore, place: JobPlace): Promise<{ model: AssistantModel; stale: boolean }> {
  const entry = entryOf(store);
  if (entry.failure) {
    const failure = entry.failure;
    entry.failure = undefined;
    throw failure;
  }
  if (entry.model && entry.version === store.version) return { model: entry.model, stale: false };
  if (!place.worker || countCodedExcerpts(store) < WORKER_FROM_EXCERPTS) {
    entry.model = trainAssistant(store);
    entry.version = store.version;
    return { model: entry.model, stale: false };
  }
  if (!entry.model) {
    await train(store, place, entry);
    if (!store.db.open) throw new OpError('NO_LAB_OPEN', 'The lab was closed while the assistant was learning from it.');
    return { model: entry.model!, stale: entry.version !== store.version };
  }
  if (!entry.timer && !entry.training) {
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (store.db.open) void train(store, place, entry).catch((e: unknown) => {
          entry.failure = e;
        });
    }, RETRAIN_QUIET_MS);
    entry.timer.unref();
  }
  return { model: entry.model, stale: true };
}
