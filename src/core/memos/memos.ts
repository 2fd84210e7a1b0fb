import type { z } from 'zod';
import type { Memo, MemoInput, MemoPatch } from '../../shared/domain/memo';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import type { DataTable } from '../store/rows';
import { countExistingExcerpts } from '../store/queries/excerpt-queries';
import { memoCodec, memoLinks, selectMemo } from '../store/queries/memo-queries';

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' } as const;

/** The plain text of the editor's HTML: what search indexes and lists preview. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/h[1-6]|\/li|\/blockquote)\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => ENTITIES[m as keyof typeof ENTITIES])
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const TARGET_TABLE: Record<string, DataTable | null> = {
  lab: 'lab',
  phase: 'phase',
  source: 'source',
  code: 'code',
  excerpt: 'excerpt',
  participant: 'participant',
};

function mustMemo(store: LabStore, id: string): Memo {
  const m = selectMemo(store, id);
  if (!m) throw new OpError('NOT_FOUND', 'That memo no longer exists; it may have been deleted.');
  return m;
}

export function createMemo(store: LabStore, input: z.infer<typeof MemoInput>): Memo {
  const table = TARGET_TABLE[input.targetKind];
  if (input.targetKind !== 'lab' && !input.targetId) throw new OpError('INVALID_INPUT', `targetId: a ${input.targetKind} memo needs its ${input.targetKind}`);
  if (table && input.targetId && !store.rows.get(table, input.targetId)) throw new OpError('NOT_FOUND', `targetId: that ${input.targetKind} does not exist`);
  const row = store.write(`Add memo “${input.title}”`, (w) =>
    w.insert('memo', memoCodec.toRow({ ...input, bodyText: htmlToText(input.body) })),
  );
  return mustMemo(store, String(row.id));
}

export function updateMemo(store: LabStore, id: string, patch: z.infer<typeof MemoPatch>): Memo {
  const memo = mustMemo(store, id);
  store.write(`Edit memo “${memo.title}”`, (w) =>
    w.update('memo', id, memoCodec.toRow({ ...patch, ...(patch.body !== undefined ? { bodyText: htmlToText(patch.body) } : {}) })),
    // The editor autosaves as the documenter types: a burst of typing is one undo step, not one per pause.
    { coalesce: true },
  );
  return mustMemo(store, id);
}

export function deleteMemo(store: LabStore, id: string): null {
  const memo = mustMemo(store, id);
  store.write(`Delete memo “${memo.title}”`, (w) => {
    for (const l of memoLinks(store, id)) w.remove('memo_excerpt', l.id);
    w.remove('memo', id);
  });
  return null;
}

export function linkMemo(store: LabStore, id: string, excerptIds: string[], unlink: boolean): Memo {
  const memo = mustMemo(store, id);
  if (!unlink && countExistingExcerpts(store, excerptIds) !== new Set(excerptIds).size) {
    throw new OpError('NOT_FOUND', 'excerptIds: some of the excerpts no longer exist');
  }
  store.write(unlink ? `Unlink excerpts from “${memo.title}”` : `Link excerpts to “${memo.title}”`, (w) => {
    const links = memoLinks(store, id);
    const linked = new Set(links.map((l) => l.excerpt_id));
    if (unlink) for (const l of links) if (excerptIds.includes(l.excerpt_id)) w.remove('memo_excerpt', l.id);
    if (!unlink) for (const e of new Set(excerptIds)) if (!linked.has(e)) w.insert('memo_excerpt', { memo_id: id, excerpt_id: e });
  });
  return mustMemo(store, id);
}
