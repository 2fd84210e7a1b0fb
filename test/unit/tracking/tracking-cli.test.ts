import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp';
import { sheet } from './tracking-lab';

const root = join(__dirname, '../../..');

function labwb(...args: string[]) {
  const home = tempDir('labwb-cli-home-');
  const r = spawnSync(process.execPath, [join(root, 'bin/labwb.mjs'), '--home', home, '--coder', 'CLI Tester', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A copy of the lab schema 40 made: a target with a measure, attendance at the initial convening, a rubric score. */
function fixtureLab(): string {
  const path = join(tempDir(), 'lab.scalinglab');
  copyFileSync(join(root, 'test/fixtures/labs/v0040.scalinglab'), path);
  return path;
}

describe('labwb lab tracking', () => {
  it('prints targets, the rubric and attendance, as text and as JSON', () => {
    const lab = fixtureLab();
    const targets = labwb('targets', lab);
    expect(targets.code).toBe(0);
    expect(targets.out).toContain('Iteration 1 (2025-09-01 – 2026-02-28): 1 target — in progress 1');
    expect(targets.out).toContain('Sub-counties paying coaches: 4 sub-counties on 2025-12-01 (baseline 1, target 6, progress 60%)');
    expect(JSON.parse(labwb('targets', lab, '--json').out)[0].targets[0].measures[0]).toMatchObject({ progress: 0.6 });
    const rubric = labwb('rubric', lab);
    expect(rubric.out).toMatch(/Design › Cost-effective learning\s+2\*1/);
    expect(JSON.parse(labwb('rubric', lab, '--json').out).items).toHaveLength(14);
    const attendance = labwb('attendance', lab);
    expect(attendance.out).toMatch(/Initial convening\s+2025-08-31\s+2\s+4\s+50%\s+1/);
    expect(JSON.parse(labwb('attendance', lab, '--json').out)).toMatchObject({ participation: { overall: { present: 2, active: 4 } }, attrition: { phases: expect.any(Array) } });
  });

  it('imports data points from a sheet, and exits 1 listing the rows to fix when one is bad', () => {
    const lab = fixtureLab();
    const csv = join(tempDir(), 'points.csv');
    writeFileSync(csv, 'When,Paying\n2026-01-15,5\n2026-02-15,n/a\n');
    const bad = labwb('import-sheet', lab, csv, '--as', 'measures', '--map', 'When=date', '--map', 'B=value', '--measure', 'Sub-counties paying coaches');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('Nothing imported from points.csv: 1 problem to fix.\n  row 3: value “n/a” is not a number');
    writeFileSync(csv, 'When,Paying\n2026-01-15,5\n2026-02-15,6\n');
    const good = labwb('import-sheet', lab, csv, '--as', 'measures', '--map', 'When=date', '--map', 'B=value:Sub-counties paying coaches', '--json');
    expect(good.code).toBe(0);
    expect(JSON.parse(good.out)).toMatchObject({ ok: true, stored: true, added: 2 });
    expect(labwb('targets', lab).out).toContain('6 sub-counties on 2026-02-15');
    const wrong = labwb('import-sheet', lab, sheet('measures-wrong-types.xlsx'), '--as', 'measures', '--map', 'A=date', '--map', 'B=measure', '--map', 'C=value', '--json');
    expect(wrong.code).toBe(1);
    // This lab has no “Schools reached” or “Teachers coached”, so every row names its problems.
    expect(JSON.parse(wrong.out).errors).toContain('row 7: value “n/a” is not a number; there is no measure called “Teachers coached”');
  });

  it('imports a survey, holding unmatched rows back unless told to skip or create them', () => {
    const lab = fixtureLab();
    const args = ['import-sheet', lab, sheet('survey-midline.csv'), '--as', 'survey', '--map', 'Name=name', '--time-point', 'midline'];
    const held = labwb(...args);
    expect(held.code).toBe(1);
    expect(held.out).toContain('5 rows match no participant (use --unmatched skip or create):');
    expect(held.out).toContain('row 2: Amina Odhiambo matches no participant');
    const created = labwb(...args, '--unmatched', 'create', '--group', 'comparison', '--json');
    expect(created.code).toBe(0);
    expect(JSON.parse(created.out)).toMatchObject({ ok: true, stored: true, answers: 10 });
  });

  it('exits 2 on a wrong command line', () => {
    const lab = fixtureLab();
    expect(labwb('import-sheet', lab, sheet('survey-midline.csv'), '--as', 'pictures', '--map', 'A=name').code).toBe(2);
    const badMap = labwb('import-sheet', lab, sheet('survey-midline.csv'), '--as', 'survey', '--map', 'Name');
    expect(badMap.code).toBe(2);
    expect(badMap.err).toContain('“Name” is not COLUMN=FIELD');
    const noPoint = labwb('import-sheet', lab, sheet('survey-midline.csv'), '--as', 'survey', '--map', 'Name=name');
    expect(noPoint.code).toBe(1);
    expect(noPoint.err).toContain('--time-point');
    for (const verb of ['targets', 'rubric', 'attendance', 'import-sheet']) expect(labwb(verb, '--help').code).toBe(0);
  });
});
