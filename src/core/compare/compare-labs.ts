import { resolve } from 'node:path';
import type { Comparison } from '../../shared/domain/compare';
import type { Progress } from '../jobs/job-registry';
import type { StoreOptions } from '../store/lab-store';
import { OpError } from '../errors';
import { compareOneLab } from './lab-comparison';
import { withReadOnlyLab } from './read-lab-read-only';

/** The same file named twice (or by two spellings of its path) would be compared with itself. */
export function distinctLabPaths(paths: string[]): string[] {
  const seen = new Map<string, number>();
  return paths.map((p, i) => {
    const full = resolve(p);
    const earlier = seen.get(full);
    if (earlier !== undefined) throw new OpError('INVALID_INPUT', `paths.${i}: “${p}” is already in the list (paths.${earlier})`);
    seen.set(full, i);
    return full;
  });
}

/**
 * Every lab's side of the comparison, read one lab at a time: each is opened read-only, summarised and closed
 * before the next, so memory holds one lab's analysis snapshot and the small summaries, however many labs.
 */
export function compareLabs(
  paths: string[],
  opts: StoreOptions = {},
  o: { signal?: AbortSignal; progress?: Progress } = {},
): Comparison {
  const labs = distinctLabPaths(paths).map((path, i, all) => {
    o.signal?.throwIfAborted();
    o.progress?.(i, all.length, `Reading lab ${i + 1} of ${all.length}`);
    return withReadOnlyLab(path, opts, (lab) => compareOneLab(lab.store, { path, schemaVersion: lab.schemaVersion, upgradedCopy: lab.upgradedCopy }));
  });
  return { labs };
}
