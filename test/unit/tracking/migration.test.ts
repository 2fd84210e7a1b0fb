import { LATEST_VERSION } from '../../../src/core/store/migrations';
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LabStore } from '../../../src/core/store/lab-store';
import { tempDir, testApp } from '../../helpers/temp';
import { tableColumns, tableContents } from '../../helpers/table-contents';

const fixture = (version: number) => join(__dirname, '../../fixtures/labs', `v${String(version).padStart(4, '0')}.scalinglab`);

const NEW_TABLES = [
  'attendance',
  'convening_guest',
  'responsiveness_note',
  'target',
  'measure',
  'data_point',
  'rubric_level',
  'rubric_item',
  'rubric_score',
  'rubric_score_excerpt',
  'survey_item',
  'survey_answer',
];


describe('migration 40 (lab tracking) on a lab made by schema 30', () => {
  it('seeds the rubric, adds empty tracking tables, and leaves every old row as it was', () => {
    const path = join(tempDir(), 'v30.scalinglab');
    copyFileSync(fixture(30), path);
    const old = new Database(path, { readonly: true });
    const before = tableContents(old);
    const oldColumns = tableColumns(old);
    old.close();
    const store = LabStore.open(path);
    expect(store.schemaVersion).toBe(LATEST_VERSION);
    const after = tableContents(store.db, oldColumns);
    for (const [table, rows] of Object.entries(before)) expect(after[table], table).toEqual(rows);
    const count = (t: string) => (store.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    expect(NEW_TABLES.filter((t) => count(t) > 0)).toEqual(['rubric_level', 'rubric_item']);
    const groups = store.db.prepare(`SELECT grp, count(*) AS n FROM rubric_item GROUP BY grp ORDER BY min(position)`).all();
    expect(groups).toEqual([
      { grp: 'Design', n: 3 },
      { grp: 'Delivery', n: 4 },
      { grp: 'Finance', n: 3 },
      { grp: 'Enabling environment', n: 4 },
    ]);
    expect(store.db.prepare(`SELECT value, label FROM rubric_level ORDER BY value`).all()).toEqual([
      { value: 1, label: 'Nascent' },
      { value: 2, label: 'Emerging' },
      { value: 3, label: 'Established' },
      { value: 4, label: 'Strong' },
    ]);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    store.close();
  });

  it('gives a migrated lab working tracking, with undo that stops at the old history', async () => {
    const path = join(tempDir(), 'v30.scalinglab');
    copyFileSync(fixture(30), path);
    const app = testApp();
    await app.call('labs.open', { path });
    const [initial] = (await app.call('timeline.get', {})).convenings;
    const people = await app.call('participants.list', {});
    const r = await app.call('attendance.set', { conveningId: initial!.id, entries: people.map((p) => ({ participantId: p.id, status: 'present' as const })) });
    expect(r.summary).toMatchObject({ present: 4, active: 4, rate: 1 });
    // The fixture's own excerpts can be rubric evidence.
    const excerpts = await app.call('excerpts.query', {});
    const { items } = await app.call('rubric.grid', {});
    const s = await app.call('rubric.score', { itemId: items[1]!.id, timePoint: 'baseline', score: 2, excerptIds: [excerpts.excerpts[0]!.excerptId] });
    expect(s!.excerptIds).toHaveLength(1);
    await app.call('history.undo', {});
    await app.call('history.undo', {});
    expect((await app.call('participation.summary', {})).convenings[0]).toMatchObject({ recorded: false });
  });

  it('reads back the tracking data of the lab schema 40 made', async () => {
    const path = join(tempDir(), 'v40.scalinglab');
    copyFileSync(fixture(40), path);
    const app = testApp();
    await app.call('labs.open', { path });
    const [initial] = (await app.call('participation.summary', {})).convenings;
    expect(initial).toMatchObject({ recorded: true, present: 2, absent: 1, active: 4, guests: 1 });
    const [target] = await app.call('targets.list', {});
    expect(target).toMatchObject({ status: 'in progress', ownerName: 'Wanjiru K.' });
    expect(target!.measures[0]).toMatchObject({ name: 'Sub-counties paying coaches', pointCount: 2, progress: 0.6 });
    const grid = await app.call('rubric.grid', {});
    expect(grid.scores).toMatchObject([{ timePoint: 'baseline', score: 2, excerptIds: [expect.any(String)] }]);
    expect((await app.call('surveys.answers', {})).map((a) => a.valueNum)).toEqual([4, 3]);
  });
});
