import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LabStore } from '../../../src/core/store/lab-store';
import { LATEST_VERSION } from '../../../src/core/store/migrations';
import { tempDir, testApp } from '../../helpers/temp';
import { tableColumns, tableContents } from '../../helpers/table-contents';

const fixture = (version: number) => join(__dirname, '../../fixtures/labs', `v${String(version).padStart(4, '0')}.scalinglab`);


describe('migration 50 (reports)', () => {
  it('adds an empty report table to a lab made by schema 40 and leaves every old row as it was', async () => {
    const path = join(tempDir(), 'v40.scalinglab');
    copyFileSync(fixture(40), path);
    const old = new Database(path, { readonly: true });
    const before = tableContents(old);
    const oldColumns = tableColumns(old);
    old.close();
    const store = LabStore.open(path);
    expect(store.schemaVersion).toBe(LATEST_VERSION);
    const after = tableContents(store.db, oldColumns);
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
