import type { RefiSkipped } from '../../../shared/domain/refi-import';

/**
 * Skipped things of one kind and reason, counted: a project with 2,000 codings of a code it never declares gives
 * one line of the report, "2000 coding(s) in “x”", not 2,000.
 */
export class SkipTally {
  private readonly counts = new Map<string, { what: string; why: string; n: number }>();

  add(what: string, why: string): void {
    const key = `${what}\0${why}`;
    const entry = this.counts.get(key);
    if (entry) entry.n++;
    else this.counts.set(key, { what, why, n: 1 });
  }

  list(): RefiSkipped[] {
    return [...this.counts.values()].map(({ what, why, n }) => ({ what: `${n} ${what}`, why }));
  }
}
