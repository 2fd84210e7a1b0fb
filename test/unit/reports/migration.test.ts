import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LabStore } from '../../../src/core/store/lab-store';
import { LATEST_VERSION } from '../../../src/core/store/migrations';
import { tempDir, testApp } from '../../helpers/temp';

const fixture = (version: number) => join(__dirname, '../../fixtures/labs', `v${String(version).padStart(4, '0')}.scalinglab`);

/**
 * Every row of every table, as JSON. Given the columns of an older file, only those: later migrations may add
 * columns (schema 60's source_speaker.public), and the rows must still hold what they held.
 */
function contents(db: Database.Database, columnsOf?: Record<string, string[]>): Record<string, unknown[]> {
  const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
  return Object.fromEntries(
    names.map((n) => {
      const cols = columnsOf?.[n]?.map((c) => `"${c}"`).join(', ') ?? '*';
      return [n, db.prepare(`SELECT ${cols} FROM "${n}"`).all().map((r) => JSON.stringify(r)).sort()];
    }),
  );
}

function columns(db: Database.Database): Record<string, string[]> {
  const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'`).all() as { name: string }[]).map((r) => r.name);
  return Object.fromEntries(names.map((n) => [n, (db.pragma(`table_info("${n}")`) as { name: string }[]).map((c) => c.name)]));
}

describe('migration 50 (reports)', () => {
  it('adds an empty report table to a lab made by schema 40 and leaves every old row as it was', async () => {
    const path = join(tempDir(), 'v40.scalinglab');
    copyFileSync(fixture(40), path);
    const old = new Database(path, { readonly: true });
    const before = contents(old);
    const oldColumns = columns(old);
    old.close();
    const store = LabStore.open(path);
    expect(store.schemaVersion).toBe(LATEST_VERSION);
    const after = contents(store.db, oldColumns);
    for (const [table, rows] of Object.entries(before)) expect(after[table], table).toEqual(rows);
    expect(after.report).toEqual([]);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    store.close();
    // The migrated lab writes reports, and undo stops at its old history.
    const app = testApp();
    await app.call('labs.open', { path });
    const { phases } = await app.call('timeline.get', {});
    const r = await app.call('reports.create', { kind: 'iteration', phaseId: phases[1]!.id });
    const [excerpt] = (await app.call('excerpts.query', {})).excerpts;
    const quote = await app.call('reports.quoteNode', { excerptId: excerpt!.excerptId });
    await app.call('reports.update', { id: r.id, patch: { body: { type: 'doc', content: [quote] } } });
    expect(Object.values((await app.call('reports.resolve', { id: r.id })).blocks)).toMatchObject([{ kind: 'quote', status: 'current' }]);
    await app.call('history.undo', {});
    await app.call('history.undo', {});
    expect(await app.call('reports.list', {})).toEqual([]);
  });

  it('reads back the report schema 50 made, its quote resolved on the lab', async () => {
    const path = join(tempDir(), 'v50.scalinglab');
    copyFileSync(fixture(50), path);
    const app = testApp();
    await app.call('labs.open', { path });
    const [summary] = await app.call('reports.list', {});
    expect(summary).toMatchObject({ kind: 'iteration', title: 'Iteration report: county coaching', quotes: 1, liveBlocks: 2 });
    const { blocks } = await app.call('reports.resolve', { id: summary!.id });
    const quote = Object.values(blocks).find((b) => b.kind === 'quote');
    expect(quote).toMatchObject({ status: 'current', text: 'About 40 shillings per child per year, which the county can carry.' });
    expect(quote?.kind === 'quote' && quote.speaker?.name).toMatch(/^GOV-/);
    expect(blocks.targets).toMatchObject({ kind: 'liveTable', error: null });
  });
});
