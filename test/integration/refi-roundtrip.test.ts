import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importQdpx } from '../../src/core/interop/refi/qdpx-import';
import { writeQdpx } from '../../src/core/interop/refi/qdpx-export';
import type { ParsedDocument } from '../../src/core/ingest/parsed-document';
import type { LabStore } from '../../src/core/store/lab-store';
import { addSource } from '../helpers/sources';
import { appWithLab, testApp } from '../helpers/temp';

/**
 * Every excerpt of a lab, keyed by its source's title and its range, with what the round trip must keep: its text,
 * its codes as name paths, who applied each, its memo and its own evidence tags (by label).
 */
function excerptsOf(store: LabStore): Map<string, unknown> {
  const paths = new Map<string, string>();
  const codes = store.db.prepare(`SELECT id, name, parent_id FROM code`).all() as { id: string; name: string; parent_id: string | null }[];
  const byId = new Map(codes.map((c) => [c.id, c]));
  const pathOf = (id: string): string => {
    const c = byId.get(id)!;
    return c.parent_id ? `${pathOf(c.parent_id)} / ${c.name}` : c.name;
  };
  for (const c of codes) paths.set(c.id, pathOf(c.id));
  const rows = store.db
    .prepare(
      `SELECT e.id, s.title, e.start, e.end, e.text, e.memo FROM excerpt e JOIN source s ON s.id = e.source_id ORDER BY s.title, e.start, e.end`,
    )
    .all() as { id: string; title: string; start: number; end: number; text: string; memo: string }[];
  const codings = store.db
    .prepare(`SELECT ec.excerpt_id, ec.code_id, c.name AS coder FROM excerpt_code ec LEFT JOIN coder c ON c.id = ec.created_by`)
    .all() as { excerpt_id: string; code_id: string; coder: string | null }[];
  const tags = store.db
    .prepare(
      `SELECT ee.excerpt_id, d.label || ': ' || v.label AS tag FROM excerpt_evidence ee
         JOIN evidence_value v ON v.id = ee.value_id JOIN evidence_dimension d ON d.id = v.dimension_id`,
    )
    .all() as { excerpt_id: string; tag: string }[];
  const out = new Map<string, unknown>();
  for (const e of rows) {
    out.set(`${e.title} @${e.start}-${e.end}`, {
      text: e.text,
      memo: e.memo,
      codes: codings
        .filter((c) => c.excerpt_id === e.id)
        .map((c) => `${paths.get(c.code_id)} by ${c.coder}`)
        .sort(),
      tags: tags
        .filter((t) => t.excerpt_id === e.id)
        .map((t) => t.tag)
        .sort(),
    });
  }
  return out;
}

describe('REFI-QDA round trip', () => {
  it('the demo lab, exported and imported into a new lab, keeps every excerpt, code, coder, memo and evidence tag', async () => {
    const a = testApp('Demo Coder');
    await a.call('labs.openDemo', { path: join(a.home, 'demo.scalinglab') });
    // The demo has no excerpt memos: two are added, one with CRLF and an emoji as other tools write them.
    const ids = (a.ws.store.db.prepare(`SELECT id FROM excerpt ORDER BY start LIMIT 2`).all() as { id: string }[]).map((r) => r.id);
    await a.call('excerpts.update', { id: ids[0]!, memo: 'Ask about this again 🎯\r\nat the next convening.' });
    await a.call('excerpts.update', { id: ids[1]!, memo: 'Check <the> "numbers" & the source.' });
    const codeId = (a.ws.store.db.prepare(`SELECT id FROM code LIMIT 1`).get() as { id: string }).id;
    await a.call('memos.create', { title: 'Why this code', body: '<p>Because it recurs.</p>', targetKind: 'code', targetId: codeId });
    const before = excerptsOf(a.ws.store);
    expect(before.size).toBeGreaterThan(10);
    const withMemo = [...before.values()].filter((e) => (e as { memo: string }).memo !== '').length;
    const withTags = [...before.values()].filter((e) => (e as { tags: string[] }).tags.length > 0).length;
    expect(withTags).toBeGreaterThan(0);
    expect(withMemo).toBe(2);

    const out = join(a.home, 'demo.qdpx');
    await writeQdpx(a.ws, out, { realNames: true });

    const b = await appWithLab('Imported');
    const report = await importQdpx(b.ws, out);
    const after = excerptsOf(b.ws.store);
    expect(report.excerpts).toBe(before.size);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [key, value] of before) expect({ key, ...(after.get(key) as object) }).toEqual({ key, ...(value as object) });
    const memo = b.ws.store.db.prepare(`SELECT m.title, m.body_text, c.name FROM memo m JOIN code c ON c.id = m.target_id WHERE m.target_kind = 'code'`).all();
    expect(memo).toEqual([{ title: 'Why this code', body_text: 'Because it recurs.', name: (a.ws.store.rows.get('code', codeId)!.name as string) }]);
    console.log(JSON.stringify({ roundTrip: { excerpts: before.size, withMemo, withTags, skipped: report.skipped } }));
  });

  it('a lab with emoji and other astral characters keeps every range exactly: our code points are not taken for UTF-16', async () => {
    const a = await appWithLab('Astral');
    const text = 'Teacher 👩🏽‍🏫: We read 📚 every day.\r\nCoach: 𝔗𝔥𝔢 pupils café naïve 😀😀.\r\nTeacher 👩🏽‍🏫: the scores rose 🎉 this term.\r\n';
    const doc: ParsedDocument = { format: 'txt', text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }], comments: [], speakers: [], warnings: [] };
    const sourceId = addSource(a, 'astral.txt', doc);
    const code = await a.call('codes.create', { code: { name: 'Reading' } });
    for (const q of ['We read 📚 every day', 'pupils café', 'naïve 😀😀', 'scores rose', 'this term']) {
      const start = text.indexOf(q);
      await a.call('excerpts.code', { sourceId, start, end: start + q.length, codeIds: [code.id] });
    }
    const before = excerptsOf(a.ws.store);
    const out = join(a.home, 'astral.qdpx');
    await writeQdpx(a.ws, out, { realNames: true });
    const b = await appWithLab('Imported');
    const report = await importQdpx(b.ws, out);
    expect(report.skipped).toEqual([]);
    expect([...excerptsOf(b.ws.store)]).toEqual([...before]);
  });
});
