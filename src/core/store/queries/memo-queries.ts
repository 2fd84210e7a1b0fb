import type { Memo } from '../../../shared/domain/memo';
import type { SavedQuery } from '../../../shared/domain/evidence';
import { codec } from '../codec';
import type { LabStore } from '../lab-store';
import type { Row } from '../rows';

export const memoCodec = codec<Omit<Memo, 'excerptIds'>>({
  title: ['title', 'text'],
  body: ['body', 'text'],
  bodyText: ['body_text', 'text'],
  targetKind: ['target_kind', 'text'],
  targetId: ['target_id', 'text'],
});

export const savedQueryCodec = codec<SavedQuery>({ name: ['name', 'text'], filter: ['filter', 'json'] });

const MEMO_SQL = `SELECT m.*, (SELECT group_concat(excerpt_id, ',') FROM memo_excerpt x WHERE x.memo_id = m.id) AS excerpt_ids FROM memo m`;

function toMemo(r: Row & { excerpt_ids: string | null }): Memo {
  return { ...memoCodec.fromRow(r), excerptIds: r.excerpt_ids ? r.excerpt_ids.split(',') : [] };
}

export function selectMemos(store: LabStore, f: { targetKind?: string | undefined; targetId?: string | undefined; match?: string | undefined }): Memo[] {
  const where: string[] = [];
  if (f.targetKind) where.push('m.target_kind = @targetKind');
  if (f.targetId) where.push('m.target_id = @targetId');
  if (f.match) where.push('m.rowid IN (SELECT rowid FROM memo_fts WHERE memo_fts MATCH @match)');
  const sql = `${MEMO_SQL} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY m.updated_at DESC`;
  return (store.stmt(sql).all({ targetKind: f.targetKind ?? null, targetId: f.targetId ?? null, match: f.match ?? null }) as never[]).map(toMemo);
}

export function selectMemo(store: LabStore, id: string): Memo | undefined {
  const r = store.stmt(`${MEMO_SQL} WHERE m.id = ?`).get(id) as (Row & { excerpt_ids: string | null }) | undefined;
  return r ? toMemo(r) : undefined;
}

export function memoLinks(store: LabStore, memoId: string): { id: string; excerpt_id: string }[] {
  return store.stmt(`SELECT id, excerpt_id FROM memo_excerpt WHERE memo_id = ?`).all(memoId) as { id: string; excerpt_id: string }[];
}

export function selectSavedQueries(store: LabStore): SavedQuery[] {
  return (store.stmt(`SELECT * FROM saved_query ORDER BY name COLLATE NOCASE`).all() as Row[]).map(savedQueryCodec.fromRow);
}

export function savedQueryNamed(store: LabStore, name: string): string | undefined {
  return (store.stmt(`SELECT id FROM saved_query WHERE name = ?`).get(name) as { id: string } | undefined)?.id;
}
