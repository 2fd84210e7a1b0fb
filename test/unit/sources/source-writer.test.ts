import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { FileToSave } from '../../../src/core/sources/save-source';
import { BATCH_FILES, SourceWriter, type WriteOutcome } from '../../../src/core/sources/source-writer';
import type { LabStore } from '../../../src/core/store/lab-store';
import { docFrom } from '../../helpers/sources';
import { appWithLab } from '../../helpers/temp';

function fileOf(name: string, turns: [string, string][]): FileToSave {
  const doc = docFrom(turns);
  const bytes = new TextEncoder().encode(`${name}\n${doc.text}`);
  return { fileName: name, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), doc };
}

/** A writer on `store` that records what it reports; `more` says whether files are still on their way. */
function writerOn(store: LabStore, o: { more?: boolean; controller?: AbortController; batchFiles?: number } = {}) {
  const stored: { key: number; outcome: WriteOutcome }[] = [];
  let commits = 0;
  const writer = new SourceWriter(store, {
    signal: (o.controller ?? new AbortController()).signal,
    batchFiles: o.batchFiles ?? BATCH_FILES,
    moreComing: () => o.more ?? false,
    committed: () => commits++,
    stored: (key, _file, outcome) => stored.push({ key, outcome }),
  });
  return { writer, stored, commits: () => commits };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const count = (store: LabStore, sql: string) => store.db.prepare(sql).pluck().get() as number;

describe('storing parsed files', () => {
  it('stores files that are ready together in one transaction, each its own change set', async () => {
    const { ws } = await appWithLab();
    const { writer, stored, commits } = writerOn(ws.store, { more: true });
    for (let i = 0; i < 8; i++) writer.add(i, fileOf(`interview-${i}.txt`, [['Amina', `Answer ${i}`]]));
    expect(stored).toEqual([]);
    await nextTurn();
    expect(commits()).toBe(1);
    expect(stored.map((s) => s.key)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(count(ws.store, `SELECT count(*) FROM source`)).toBe(8);
    expect(count(ws.store, `SELECT count(*) FROM change_set WHERE label LIKE 'Import %'`)).toBe(8);
  });

  it('never stores half a source: a file that fails in a shared transaction fails alone, with its own reason', async () => {
    const { ws } = await appWithLab();
    const { writer, stored } = writerOn(ws.store);
    const bad = fileOf('bad.txt', [['Amina', 'One']]);
    // A speaker label twice breaks source_speaker's UNIQUE after the source and its text are written.
    bad.doc.speakers = ['Amina', 'Amina'];
    writer.add(0, fileOf('first.txt', [['Amina', 'First']]));
    writer.add(1, bad);
    writer.add(2, fileOf('third.txt', [['Juma', 'Third']]));
    await nextTurn();
    expect(stored.map((s) => s.key)).toEqual([0, 1, 2]);
    expect('sourceId' in stored[0]!.outcome && stored[0]!.outcome.sourceId).toBeTruthy();
    expect(stored[1]!.outcome).toEqual({ error: expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' }) });
    expect('sourceId' in stored[2]!.outcome && stored[2]!.outcome.sourceId).toBeTruthy();
    expect(count(ws.store, `SELECT count(*) FROM source`)).toBe(2);
    expect(count(ws.store, `SELECT count(*) FROM source_content`)).toBe(2);
    expect(ws.store.db.prepare(`SELECT count(*) FROM source WHERE sha256 = ?`).pluck().get(bad.sha256)).toBe(0);
  });

  it('finds the second of two files with the same content a duplicate', async () => {
    const { ws } = await appWithLab();
    const { writer, stored } = writerOn(ws.store);
    const file = fileOf('same.txt', [['Amina', 'Same']]);
    writer.add(0, file);
    writer.add(1, { ...file, fileName: 'copy.txt' });
    await nextTurn();
    expect(stored.map((s) => s.outcome)).toEqual([{ sourceId: expect.any(String) }, { sourceId: null }]);
  });

  it('gives each file a transaction of its own when told to', async () => {
    const { ws } = await appWithLab();
    const { writer, stored, commits } = writerOn(ws.store, { more: true, batchFiles: 1 });
    for (let i = 0; i < 3; i++) writer.add(i, fileOf(`interview-${i}.txt`, [['Amina', `Answer ${i}`]]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stored.map((s) => s.key)).toEqual([0, 1, 2]);
    expect(commits()).toBe(3);
  });

  it('stores a file alone when no others come soon, and nothing once cancelled', async () => {
    const { ws } = await appWithLab();
    const lone = writerOn(ws.store, { more: true });
    lone.writer.add(0, fileOf('lone.txt', [['Amina', 'Alone']]));
    await nextTurn();
    expect(lone.stored).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(lone.stored).toHaveLength(1);

    const controller = new AbortController();
    const cancelled = writerOn(ws.store, { controller });
    cancelled.writer.add(0, fileOf('late.txt', [['Amina', 'Too late']]));
    controller.abort();
    await nextTurn();
    cancelled.writer.flush();
    expect(cancelled.stored).toEqual([]);
    expect(count(ws.store, `SELECT count(*) FROM source`)).toBe(1);
  });
});
