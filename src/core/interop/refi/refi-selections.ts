import type { RefiSkipped } from '../../../shared/domain/refi-import';
import type { SourceBlock } from '../../../shared/domain/source';
import { excerptFacts } from '../../coding/excerpt-range';
import type { RowWriter } from '../../store/change-recorder';
import type { LabStore } from '../../store/lab-store';
import { codingsOfExcerpts, excerptWithRange } from '../../store/queries/excerpt-queries';
import { ownTagRows } from '../../store/queries/evidence-queries';
import { choosePositionUnits } from './position-units';
import type { RefiSelection } from './qde-project';
import type { CodeTarget } from './refi-codebook-mapper';
import type { SkipTally } from './skip-tally';

export interface SelectionContext {
  store: LabStore;
  w: RowWriter;
  sourceId: string;
  sourceName: string;
  text: string;
  blocks: SourceBlock[];
  targets: Map<string, CodeTarget>;
  /** A REFI user guid → coder id (null: the importing coder). */
  coderOf: (userGuid: string | null) => string | null;
  /** The memo text of the notes a selection or its codings point to (consumed: they do not become memos too). */
  memoOf: (noteGuids: string[]) => string;
  tally: SkipTally;
  /** The project's `origin`: breaks a tie between code points and UTF-16 units (see position-units.ts). */
  origin: string;
  /** The import report's list, where a source read in UTF-16 units is named, with the evidence for it. */
  notices: RefiSkipped[];
}

export interface SelectionCounts {
  excerpts: number;
  codings: number;
  /** Excerpts this import made or added to, for the check that their text is the source's text at their range. */
  touched: Set<string>;
}

/**
 * Stores a source's selections as excerpts at their UTF-16 ranges (read in the units the file turns out to use), with their codings and evidence tags.
 * Selections with the same range (NVivo writes one per code) become one excerpt with all their codes. A range
 * outside the text, or empty, is listed, never clamped into a different passage.
 */
export function writeSelections(ctx: SelectionContext, selections: RefiSelection[], counts: SelectionCounts): void {
  const { store, w, sourceId, text } = ctx;
  const where = `“${ctx.sourceName}”`;
  const units = choosePositionUnits(text, selections, ctx.origin);
  if (units.units === 'utf-16' && selections.length > 0) {
    ctx.notices.push({
      what: `the positions of the ${selections.length} selection(s) in ${where}`,
      why: `they were read as UTF-16 units, as NVivo writes them, not as the code points the standard names: so ${units.fitUtf16} of them start and end on word boundaries, against ${units.fitCodePoints} read as code points`,
    });
  }
  for (const sel of selections) {
    if (sel.start < 0 || sel.end > units.length || sel.end <= sel.start) {
      ctx.tally.add(`selection(s) in ${where}`, `their range lies outside the text or is empty (the text has ${units.length} characters)`);
      continue;
    }
    const start = units.toUtf16(sel.start);
    const end = units.toUtf16(sel.end);
    const memo = ctx.memoOf([...sel.noteRefs, ...sel.codings.flatMap((c) => c.noteRefs)]);
    let excerptId = excerptWithRange(store, sourceId, start, end);
    if (excerptId) {
      if (memo) {
        const current = String(store.rows.get('excerpt', excerptId)!.memo ?? '');
        if (!current.includes(memo)) w.update('excerpt', excerptId, { memo: current ? `${current}\n\n${memo}` : memo });
      }
    } else {
      const row = w.insert('excerpt', {
        ...(store.rows.get('excerpt', sel.guid) ? {} : { id: sel.guid }),
        source_id: sourceId,
        start,
        end,
        ...excerptFacts(text, ctx.blocks, start, end),
        memo,
        ...(sel.created ? { created_at: sel.created, updated_at: sel.created } : {}),
        created_by: ctx.coderOf(sel.creatingUser) ?? w.coderId,
        updated_by: ctx.coderOf(sel.creatingUser) ?? w.coderId,
      });
      excerptId = String(row.id);
      counts.excerpts++;
    }
    counts.touched.add(excerptId);
    const codes = new Set(codingsOfExcerpts(store, [excerptId]).map((c) => c.code_id));
    const tags = new Set(ownTagRows(store, [excerptId]).map((t) => t.value_id));
    for (const coding of sel.codings) {
      const target = ctx.targets.get(coding.codeGuid);
      const by = ctx.coderOf(coding.creatingUser ?? sel.creatingUser) ?? w.coderId;
      const stamps = { ...(coding.created ? { created_at: coding.created, updated_at: coding.created } : {}), created_by: by, updated_by: by };
      if (!target) {
        ctx.tally.add(`coding(s) in ${where}`, 'they name a code the codebook does not hold');
      } else if (target.kind === 'none') {
        ctx.tally.add(`coding(s) in ${where}`, target.why);
      } else if (target.kind === 'code') {
        if (codes.has(target.id)) continue;
        codes.add(target.id);
        w.insert('excerpt_code', { excerpt_id: excerptId, code_id: target.id, ...stamps });
        counts.codings++;
      } else {
        if (tags.has(target.valueId)) continue;
        tags.add(target.valueId);
        w.insert('excerpt_evidence', { excerpt_id: excerptId, value_id: target.valueId, ...stamps });
        counts.codings++;
      }
    }
  }
}

/** Paragraph blocks over the text as given: one per non-blank line, CR and LF left where they are. */
export function lineBlocks(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trail = m[0].length - m[0].trimEnd().length;
    if (lead + trail >= m[0].length) continue;
    blocks.push({ kind: 'paragraph', start: m.index + lead, end: m.index + m[0].length - trail });
  }
  return blocks;
}
