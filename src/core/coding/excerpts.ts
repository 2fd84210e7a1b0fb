import type { Code, Excerpt } from '../../shared/domain/coding';
import type { SourceBlock } from '../../shared/domain/source';
import { OpError } from '../errors';
import type { RowWriter } from '../store/change-recorder';
import type { LabStore } from '../store/lab-store';
import { selectCode, siblingNamed } from '../store/queries/code-queries';
import { codingsOfExcerpts, excerptWithRange, selectExcerpt } from '../store/queries/excerpt-queries';
import { selectSourceText } from '../store/queries/source-queries';
import { createCode } from './codebook';
import { removeExcerpts } from './remove-excerpts';
import { excerptFacts, normaliseRange } from './excerpt-range';

function sourceText(store: LabStore, sourceId: string) {
  const src = selectSourceText(store, sourceId);
  if (!src) throw new OpError('NOT_FOUND', 'sourceId: that source does not exist (it may have been deleted)');
  return src;
}

function mustExcerpt(store: LabStore, id: string): Excerpt {
  const e = selectExcerpt(store, id);
  if (!e) throw new OpError('NOT_FOUND', 'That excerpt no longer exists; it may have been deleted.');
  return e;
}

function checkCodes(store: LabStore, codeIds: string[]): Code[] {
  return codeIds.map((id) => {
    const c = selectCode(store, id);
    if (!c) throw new OpError('NOT_FOUND', 'codeIds: one of the codes does not exist (it may have been deleted)');
    return c;
  });
}

function applyCodes(w: RowWriter, store: LabStore, excerptId: string, codeIds: string[]): void {
  for (const codeId of new Set(codeIds)) applyCode(w, store, excerptId, codeId);
}

/** Finds or makes the excerpt for exactly this (normalised) range. `src` saves a reload when coding many ranges of one source. */
export function excerptFor(
  w: RowWriter,
  store: LabStore,
  sourceId: string,
  start: number,
  end: number,
  src: { text: string; blocks: SourceBlock[] } = sourceText(store, sourceId),
): { id: string; created: boolean } {
  const range = normaliseRange(src.text, start, end);
  const existing = excerptWithRange(store, sourceId, range.start, range.end);
  if (existing) return { id: existing, created: false };
  const row = w.insert('excerpt', { source_id: sourceId, ...range, ...excerptFacts(src.text, src.blocks, range.start, range.end) });
  return { id: String(row.id), created: true };
}

/** Adds a code to an excerpt unless it has it; true when added. */
export function applyCode(w: RowWriter, store: LabStore, excerptId: string, codeId: string): boolean {
  if (codingsOfExcerpts(store, [excerptId]).some((c) => c.code_id === codeId)) return false;
  w.insert('excerpt_code', { excerpt_id: excerptId, code_id: codeId });
  return true;
}

function codesLabel(codes: Code[]): string {
  return codes.length === 1 ? `“${codes[0]!.name}”` : `${codes.length} codes`;
}

export function codeRange(store: LabStore, sourceId: string, start: number, end: number, codeIds: string[]): Excerpt {
  const codes = checkCodes(store, codeIds);
  const id = store.write(`Code with ${codesLabel(codes)}`, (w) => {
    const { id: excerptId } = excerptFor(w, store, sourceId, start, end);
    applyCodes(w, store, excerptId, codeIds);
    return excerptId;
  });
  return mustExcerpt(store, id);
}

/** A new code named from the selection ("in vivo"), applied to it, as one undoable step. */
export function codeInVivo(store: LabStore, sourceId: string, start: number, end: number, parentId: string | null): { excerpt: Excerpt; code: Code } {
  const src = sourceText(store, sourceId);
  const range = normaliseRange(src.text, start, end);
  const words = src.text.slice(range.start, range.end).replace(/\s+/g, ' ').replace(/^["“'‘(]+|["”'’).,;:!?]+$/g, '');
  const base = words.length > 60 ? `${words.slice(0, 57).trimEnd()}…` : words;
  let name = base;
  for (let n = 2; siblingNamed(store, parentId, name); n++) name = `${base} (${n})`;
  // Both writes share one change set, so one Ctrl+Z takes back the code and the coding.
  return store.write(`Code in vivo “${name}”`, () => {
    const code = createCode(store, { name, parentId, definition: '', whenToUse: '', whenNotToUse: '', example: '' });
    const excerpt = codeRange(store, sourceId, range.start, range.end, [code.id]);
    return { excerpt, code };
  });
}

export function addCodes(store: LabStore, excerptId: string, codeIds: string[]): Excerpt {
  mustExcerpt(store, excerptId);
  const codes = checkCodes(store, codeIds);
  store.write(`Code with ${codesLabel(codes)}`, (w) => applyCodes(w, store, excerptId, codeIds));
  return mustExcerpt(store, excerptId);
}

export function removeCode(store: LabStore, excerptId: string, codeId: string): Excerpt | null {
  const excerpt = mustExcerpt(store, excerptId);
  const coding = codingsOfExcerpts(store, [excerptId]).find((c) => c.code_id === codeId);
  if (!coding) throw new OpError('NOT_FOUND', 'codeId: the excerpt does not carry that code');
  const name = selectCode(store, codeId)?.name ?? 'code';
  const gone = store.write(`Remove “${name}” from excerpt`, (w) => {
    if (excerpt.codes.length === 1 && excerpt.memo === '') {
      removeExcerpts(w, store, [excerptId]);
      return true;
    }
    w.remove('excerpt_code', coding.id);
    return false;
  });
  return gone ? null : mustExcerpt(store, excerptId);
}

export function updateExcerpt(store: LabStore, id: string, change: { start?: number | undefined; end?: number | undefined; memo?: string | undefined }): Excerpt {
  const excerpt = mustExcerpt(store, id);
  const resizing = change.start !== undefined || change.end !== undefined;
  store.write(resizing ? 'Resize excerpt' : 'Edit excerpt memo', (w) => {
    const values: Record<string, string | number | null> = {};
    if (resizing) {
      const src = sourceText(store, excerpt.sourceId);
      const range = normaliseRange(src.text, change.start ?? excerpt.start, change.end ?? excerpt.end);
      const clash = excerptWithRange(store, excerpt.sourceId, range.start, range.end);
      if (clash && clash !== id) throw new OpError('CONFLICT', 'end: another excerpt already covers exactly that range');
      Object.assign(values, range, excerptFacts(src.text, src.blocks, range.start, range.end));
    }
    if (change.memo !== undefined) values.memo = change.memo;
    w.update('excerpt', id, values);
  });
  return mustExcerpt(store, id);
}

export function deleteExcerpts(store: LabStore, ids: string[]): { deleted: number } {
  return store.write(ids.length === 1 ? 'Delete excerpt' : `Delete ${ids.length} excerpts`, (w) => {
    removeExcerpts(w, store, ids);
    return { deleted: ids.length };
  });
}
