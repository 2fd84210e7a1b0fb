import type { DisagreementList } from '../../shared/domain/agreement';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import { selectCodeNames, selectSourceTexts, selectSourceTitles } from '../store/queries/agreement-queries';
import { codeRuns, coderSide, disagreementSpans, type CoderCoding } from './compare-coders';
import { loadCoderCodings, type CoderPair } from './coder-codings';

/** A span's text is cut here: a disagreement over a whole page is recognised by its start. */
export const TEXT_LIMIT = 1500;

/**
 * The runs where exactly one of the two coders applied `codeId`, sources by title and runs in text order, with
 * what each coder did over the run (the excerpt to open and all the codes they applied there).
 */
export function listDisagreements(store: LabStore, input: CoderPair & { codeId: string; limit: number }): DisagreementList {
  if (!selectCodeNames(store, [input.codeId]).has(input.codeId)) throw new OpError('NOT_FOUND', 'codeId: no such code in this lab');
  const { codings, lengths } = loadCoderCodings(store, input);
  const runs = codeRuns(codings, lengths, new Set([input.codeId]));
  const titles = selectSourceTitles(store, [...new Set(runs.map((r) => r.sourceId))]);
  const all = disagreementSpans(runs, input.codeId, titles.map((t) => t.id));
  const shown = all.slice(0, input.limit);
  const inSource = new Map<string, CoderCoding[]>();
  for (const c of codings) {
    if (!lengths.has(c.sourceId)) continue;
    const list = inSource.get(c.sourceId);
    if (list) list.push(c);
    else inSource.set(c.sourceId, [c]);
  }
  const sides = shown.map((s) => ({
    a: coderSide(inSource.get(s.sourceId) ?? [], 'a', s, input.codeId),
    b: coderSide(inSource.get(s.sourceId) ?? [], 'b', s, input.codeId),
  }));
  const names = selectCodeNames(store, [...new Set(sides.flatMap((s) => [...s.a.codeIds, ...s.b.codeIds]))]);
  const texts = selectSourceTexts(store, [...new Set(shown.map((s) => s.sourceId))]);
  const titleOf = new Map(titles.map((t) => [t.id, t.title]));
  const named = (codeIds: string[]) => codeIds.filter((id) => names.has(id)).map((id) => ({ codeId: id, name: names.get(id)! }));
  return {
    total: all.length,
    spans: shown.map((s, i) => {
      const end = Math.min(s.end, s.start + TEXT_LIMIT);
      return {
        sourceId: s.sourceId,
        sourceTitle: titleOf.get(s.sourceId) ?? '',
        start: s.start,
        end: s.end,
        text: (texts.get(s.sourceId) ?? '').slice(s.start, end),
        clipped: end < s.end,
        a: { excerptId: sides[i]!.a.excerptId, codes: named(sides[i]!.a.codeIds) },
        b: { excerptId: sides[i]!.b.excerptId, codes: named(sides[i]!.b.codeIds) },
      };
    }),
  };
}
