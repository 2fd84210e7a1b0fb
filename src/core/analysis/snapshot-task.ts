import type { JobTask } from '../jobs/job-task';
import { LabStore } from '../store/lab-store';
import type { AnalysisSnapshot } from './analysis-snapshot';
import { buildAnalysisSnapshot } from './snapshot-build';

/**
 * The analysis snapshot built from a connection of its own, in one read transaction (one state of the lab). Its
 * typed arrays are moved to the caller, not copied; the caller labels it with its own connection's version.
 */
export const snapshotTask: JobTask<{ labPath: string }, AnalysisSnapshot> = {
  name: 'analysis.snapshot',
  async run({ labPath }, { storeOptions }) {
    const reader = LabStore.open(labPath, storeOptions);
    try {
      return reader.tx(() => buildAnalysisSnapshot(reader, ''));
    } finally {
      reader.close();
    }
  },
  transfer: (s) =>
    [s.source, s.participant, s.block, s.start, s.end, s.codes.offsets, s.codes.values, s.coders.offsets, s.coders.values, s.ownTags.offsets, s.ownTags.values].map(
      (a) => a.buffer as ArrayBuffer,
    ),
};
