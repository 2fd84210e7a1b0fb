import type { Comparison } from '../../shared/domain/compare';
import type { JobTask } from '../jobs/job-task';

/** The comparison read in the job worker: 50 large labs take minutes, and the thread that answers stays free. */
export const compareLabsTask: JobTask<{ paths: string[] }, Comparison> = {
  name: 'compare.labs',
  async run(input, { signal, progress, storeOptions }) {
    const { compareLabs } = await import('./compare-labs');
    return compareLabs(input.paths, storeOptions, { signal, progress });
  },
};
