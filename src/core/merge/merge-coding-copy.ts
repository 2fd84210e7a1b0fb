import { resolve } from 'node:path';
import type { MergeChoice, MergePreview, MergeResult } from '../../shared/domain/coder-copy';
import { OpError } from '../errors';
import { getLab } from '../lab/lab-profile';
import type { LabStore, StoreOptions } from '../store/lab-store';
import { readCodingCopy, type CopySide } from './coding-copy-file';
import { readHere } from './here-side';
import { planMerge, type MergePlan } from './merge-plan';

function withCopy<T>(store: LabStore, path: string, opts: StoreOptions, fn: (copy: CopySide) => T): T {
  if (resolve(path) === resolve(store.path)) throw new OpError('INVALID_INPUT', 'path: that is the open lab itself, not a coding copy of it');
  const copy = readCodingCopy(path, getLab(store).id, opts);
  try {
    return fn(copy);
  } finally {
    copy.close();
  }
}

/** What merging the copy at `path` would bring in, and the conflicts to decide; changes nothing. */
export function previewMerge(store: LabStore, path: string, opts: StoreOptions = {}): MergePreview {
  return withCopy(store, path, opts, (copy) => {
    const plan = planMerge(readHere(store, copy), copy, () => null);
    return { copy: copy.info, counts: plan.counts, coders: plan.coders, conflicts: plan.conflicts, notes: plan.notes };
  });
}

/**
 * Merges the copy at `path` into the open lab as one change set (one undo step), with a choice for every conflict:
 * from `choices` by conflict id, else `otherwise`; a conflict with neither is refused before anything is written.
 * The decisions are recorded with the merge, so merging the same copy again does not ask again.
 */
export function mergeCodingCopy(
  store: LabStore,
  path: string,
  choices: Record<string, MergeChoice>,
  otherwise: 'mine' | 'theirs' | undefined,
  opts: StoreOptions = {},
): MergeResult {
  return withCopy(store, path, opts, (copy) => {
    const here = readHere(store, copy);
    const plan: MergePlan = planMerge(here, copy, (c) => choices[c.id] ?? otherwise ?? null);
    const refused = plan.decisions.find((d) => d.choice !== null && !d.conflict.choices.includes(d.choice));
    if (refused) throw new OpError('INVALID_INPUT', `choices.${refused.conflict.id}: “${refused.choice}” is not a choice for ${refused.conflict.subject}`);
    const undecided = plan.decisions.filter((d) => d.choice === null);
    if (undecided.length > 0) {
      throw new OpError(
        'INVALID_INPUT',
        `choices: ${undecided.length} conflict(s) need a decision (keep mine or take theirs), e.g. ${undecided[0]!.conflict.subject}`,
      );
    }
    const decided = plan.decisions.map((d) => ({ id: d.conflict.id, choice: d.choice! }));
    const changed = plan.actions.length > 0 || decided.length > 0;
    if (changed) {
      store.write(`Merge ${copy.info.forCoderName}’s coding copy`, (w) => {
        for (const a of plan.actions) {
          if (a.op === 'insert') w.insert(a.tbl, a.row);
          else w.update(a.tbl, a.id, a.values);
        }
        w.insert('coding_merge', {
          copy_id: copy.info.copyId,
          decisions: JSON.stringify(plan.decisions.map((d) => ({ id: d.conflict.id, theirs: d.conflict.theirs, choice: d.choice }))),
        });
      });
    }
    return { copy: copy.info, counts: plan.counts, decided, notes: plan.notes, changed };
  });
}
