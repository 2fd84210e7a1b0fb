import ExcelJS from 'exceljs';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp';
import { reportLab } from './report-lab';

async function workbook(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    const out: unknown[][] = [];
    ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
    return out;
  };
  return { wb, rows };
}

describe('the lab workbook', () => {
  it('has a sheet for each part of the lab, each with a styled, frozen, filterable header', async () => {
    const { app, sourceId } = await reportLab();
    const dims = await app.call('evidence.dimensions', {});
    const research = dims.find((d) => d.key === 'type')!.values.find((v) => v.key === 'research')!;
    await app.call('evidence.setSourceTags', { sourceId, valueIds: [research.id] });
    const path = join(tempDir(), 'lab.xlsx');
    const result = await app.call('export.xlsx', { path });
    expect(result).toMatchObject({ path, realNames: false });
    const { wb, rows } = await workbook(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'About',
      'Codebook',
      'Excerpts',
      'Sources',
      'Participants and attendance',
      'Targets and measures',
      'Measure data',
      'Rubric',
      'Code × source',
      'Evidence type × phase',
    ]);
    for (const ws of wb.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, ws.name).toBeTruthy();
      expect(ws.getRow(1).getCell(1).font?.bold, ws.name).toBe(true);
      expect(ws.getColumn(1).width, ws.name).toBeGreaterThan(5);
    }
    const excerpts = rows('Excerpts');
    const head = excerpts[0] as string[];
    expect(head).toEqual(expect.arrayContaining(['Source', 'Speaker', 'Sector', 'Phase', 'Codes', 'Evidence type', 'Use', 'Level', 'Area', 'Memo', 'Text']));
    expect(excerpts).toHaveLength(3);
    const col = (name: string) => head.indexOf(name);
    const first = excerpts[1]!;
    const people = await app.call('participants.list', {});
    const amina = people.find((p) => p.displayName === 'Amina Wanjiru')!;
    const jose = people.find((p) => p.displayName === 'José Muñoz')!;
    expect(first[col('Speaker')]).toBe(amina.pseudonym);
    expect(first[col('Sector')]).toBe('government');
    expect(first[col('Codes')]).toBe('Finance');
    expect(first[col('Evidence type')]).toBe('Research evidence');
    expect(first[col('Phase')]).toMatch(/^Iteration 1/);
    expect(first[col('Text')]).toBe(`We moved the coaches onto the county payroll in March, after ${jose.pseudonym} showed us the costs.`);
    expect(rows('Codebook').slice(1).map((r) => [r[0], r[4]])).toEqual([['Finance', 1], ['Delivery', 1]]);
    const participants = rows('Participants and attendance');
    expect(participants[0]).not.toContain('Name');
    expect(participants[0]).not.toContain('Email');
    expect(participants.slice(1).map((r) => r[0]).sort()).toEqual([amina.pseudonym, jose.pseudonym].sort());
    expect(rows('Targets and measures')[1]).toEqual(expect.arrayContaining(['Coaches on the county payroll in all sub-counties', amina.pseudonym, 'Sub-counties paying coaches', 0.6]));
    expect(rows('Rubric')[2]).toEqual(expect.arrayContaining(['Cost-effective learning', 2, `${amina.pseudonym} costed it; not yet in the budget.`, 3]));
    expect(rows('Evidence type × phase')[1]).toEqual(expect.arrayContaining(['Research evidence', 2]));
    // No real name anywhere in the workbook.
    const everything = JSON.stringify(wb.worksheets.map((w) => rows(w.name)));
    expect(everything).not.toMatch(/Amina|Wanjiru|José|Muñoz|amina@example/);

    const real = await app.call('export.xlsx', { path: join(tempDir(), 'real.xlsx'), realNames: true });
    const r = await workbook(real.path);
    const realPeople = r.rows('Participants and attendance');
    expect(realPeople[0]!.slice(0, 3)).toEqual(['Pseudonym', 'Name', 'Email']);
    expect(JSON.stringify(realPeople)).toContain('amina@example.org');
    expect(r.rows('Excerpts')[1]).toEqual(expect.arrayContaining(['Amina Wanjiru']));
  });

  it('leaves nothing behind when cancelled', async () => {
    const { app } = await reportLab();
    const dir = tempDir();
    const running = app.call('export.xlsx', { jobId: 'wb', path: join(dir, 'lab.xlsx') });
    await app.call('jobs.cancel', { jobId: 'wb' });
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(existsSync(join(dir, 'lab.xlsx'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
