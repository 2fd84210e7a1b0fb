import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../src/core/store/migrations';
import { testApp, type TestApp } from '../helpers/temp';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** What the lab's own pages show, asked of the lab opened in the app: the comparison must agree with it. */
async function ownNumbers(app: TestApp) {
  const grid = await app.call('rubric.grid', {});
  const progress = await app.call('targets.progress', {});
  const dims = await app.call('evidence.dimensions', {});
  const type = dims.find((d) => d.key === 'type')!;
  const table = await app.call('analysis.crossTable', { rows: { kind: 'dimension', dimensionId: type.id }, cols: { kind: 'phase' }, filter: {} });
  const participation = await app.call('participation.summary', {});
  const met = progress.reduce((n, b) => n + b.byStatus.met!, 0);
  return { means: grid.means.map((m) => m.mean), met, targets: progress.reduce((n, b) => n + b.targets.length, 0), table, participation };
}

async function twoLabs() {
  const app = testApp();
  const a = join(app.home, 'kenya.scalinglab');
  const b = join(app.home, 'zambia.scalinglab');
  await app.call('labs.openDemo', { path: a });
  const ownA = await ownNumbers(app);
  await app.call('labs.close', {});
  await app.call('labs.openDemo', { path: b });
  // The second lab moves on: a midline score and one more target met.
  const grid = await app.call('rubric.grid', {});
  await app.call('rubric.score', { itemId: grid.items[0]!.id, timePoint: 'midline', score: grid.scale.at(-1)!.value });
  const open = (await app.call('targets.list', {})).find((t) => t.status !== 'met')!;
  await app.call('targets.update', { id: open.id, patch: { status: 'met' } });
  const ownB = await ownNumbers(app);
  await app.call('labs.close', {});
  return { app, a, b, ownA, ownB };
}

describe('comparing labs', () => {
  it('gives each lab its own numbers, and changes no byte of either file', async () => {
    const { app, a, b, ownA, ownB } = await twoLabs();
    const before = { a: sha(a), b: sha(b), files: readdirSync(app.home).sort() };
    const reader = testApp();
    const c = await reader.call('compare.labs', { paths: [a, b] });
    expect(c.labs.map((l) => l.fileName)).toEqual(['kenya.scalinglab', 'zambia.scalinglab']);
    for (const [lab, own] of [
      [c.labs[0]!, ownA],
      [c.labs[1]!, ownB],
    ] as const) {
      expect(lab.rubric.means.map((m) => m.mean)).toEqual(own.means);
      expect(lab.targets.byStatus.met).toBe(own.met);
      expect(lab.targets.total).toBe(own.targets);
      expect(lab.evidence.total).toBe(own.table.total);
      expect(lab.evidence.cells).toEqual(own.table.cells);
      expect(lab.participation.overall).toEqual(own.participation.overall);
      expect(lab.readFromUpgradedCopy).toBe(false);
    }
    // The edits in the second lab show up there and only there.
    expect(c.labs[1]!.targets.byStatus.met).toBe(c.labs[0]!.targets.byStatus.met! + 1);
    expect(c.labs[0]!.rubric.means[1]!.mean).toBeNull();
    expect(c.labs[1]!.rubric.means[1]!.mean).not.toBeNull();

    const x = await reader.call('compare.codeExcerpts', { paths: [a, b], codePath: 'design/local education needs', limit: 3 });
    expect(x.labs.every((l) => l.found && l.total > 0)).toBe(true);
    expect(new Set(x.excerpts.map((e) => e.labPath))).toEqual(new Set([a, b]));
    expect(x.excerpts.length).toBeLessThanOrEqual(6);
    const none = await reader.call('compare.codeExcerpts', { paths: [a], codePath: 'Design/No such code', limit: 3 });
    expect(none.labs[0]).toMatchObject({ found: false, total: 0 });

    const out = join(reader.home, 'comparison.xlsx');
    const exported = await reader.call('compare.exportXlsx', { paths: [a, b], path: out, codePath: 'Design/Local education needs' });
    expect(exported.bytes).toBeGreaterThan(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Labs', 'Rubric trends', 'Targets met', 'Evidence type × phase', 'Participation', 'Code excerpts']);
    const targets = wb.getWorksheet('Targets met')!;
    const allRows = targets.getSheetValues().filter((r) => Array.isArray(r) && r[2] === 'All') as unknown[][];
    const metColumn = (targets.getRow(1).values as unknown[]).indexOf('Met');
    expect(allRows.map((r) => r[metColumn])).toEqual([ownA.met, ownB.met]);
    expect(wb.getWorksheet('Code excerpts')!.rowCount - 1).toBe(x.labs.reduce((n, l) => n + Math.min(l.total, 1000), 0));

    expect({ a: sha(a), b: sha(b), files: readdirSync(app.home).sort() }).toEqual(before);
  });

  it('reads a lab that is open in the app, through its WAL, without changing it', async () => {
    const { app, a, b, ownB } = await twoLabs();
    await app.call('labs.open', { path: b });
    const before = { a: sha(a), b: sha(b) };
    const c = await testApp().call('compare.labs', { paths: [a, b] });
    expect(c.labs[1]!.targets.byStatus.met).toBe(ownB.met);
    expect({ a: sha(a), b: sha(b) }).toEqual(before);
  });

  it('reads an older lab through an upgraded copy and refuses a newer one by name', async () => {
    const app = testApp();
    const old = join(app.home, 'old.scalinglab');
    copyFileSync(join(__dirname, '../fixtures/labs/v0040.scalinglab'), old);
    const before = sha(old);
    const c = await app.call('compare.labs', { paths: [old] });
    expect(c.labs[0]).toMatchObject({ schemaVersion: 40, readFromUpgradedCopy: true });
    expect(sha(old)).toBe(before);

    const future = join(app.home, 'future.scalinglab');
    copyFileSync(old, future);
    const db = new Database(future);
    db.pragma(`user_version = ${LATEST_VERSION + 10}`);
    db.close();
    await expect(app.call('compare.labs', { paths: [old, future] })).rejects.toMatchObject({ code: 'LAB_TOO_NEW', message: expect.stringContaining('future.scalinglab') });
    await expect(app.call('compare.labs', { paths: [old, old] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
