import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp';

const root = join(__dirname, '../../..');

function labwb(...args: string[]) {
  const home = tempDir('labwb-cli-home-');
  const r = spawnSync(process.execPath, [join(root, 'bin/labwb.mjs'), '--home', home, '--coder', 'CLI Tester', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('labwb reports and labwb export', () => {
  it('lists reports with their ids, and exports one to Word and the lab to Excel', () => {
    const dir = tempDir();
    const lab = join(dir, 'lab.scalinglab');
    copyFileSync(join(root, 'test/fixtures/labs/v0050.scalinglab'), lab);
    const list = labwb('reports', lab);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/^[0-9a-f]{8} {2}iteration {2}Iteration report: county coaching \(Iteration 1\) {2}· {2}\d+ words, 1 quote, edited \d{4}-\d\d-\d\d\n$/);
    const [report] = JSON.parse(labwb('reports', lab, '--json').out);
    const docx = labwb('export', lab, '--docx', report.id.slice(0, 8), join(dir, 'report.docx'));
    expect(docx.code).toBe(0);
    expect(docx.out).toMatch(/^Wrote “Iteration report: county coaching” to .*report\.docx \(\d+ KB, participants by pseudonym, \d+\.\d s\)\.\n$/);
    expect(existsSync(join(dir, 'report.docx'))).toBe(true);
    const xlsx = labwb('export', lab, '--xlsx', join(dir, 'lab.xlsx'), '--real-names', '--json');
    expect(xlsx.code).toBe(0);
    expect(JSON.parse(xlsx.out)).toMatchObject({ fileName: 'lab.xlsx', realNames: true, bytes: expect.any(Number) });
  });

  it('explains what is wrong with the command line', () => {
    const dir = tempDir();
    const lab = join(dir, 'lab.scalinglab');
    copyFileSync(join(root, 'test/fixtures/labs/v0050.scalinglab'), lab);
    const neither = labwb('export', lab, join(dir, 'x.docx'));
    expect(neither.code).toBe(1);
    expect(neither.err).toContain('Give one of --docx REPORT OUT, --xlsx OUT or --qdpx OUT.');
    const missing = labwb('export', lab, '--docx', 'no such report', join(dir, 'x.docx'), '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.out).error.message).toMatch(/No report matches “no such report”\. Reports:\n {2}[0-9a-f]{8} {2}Iteration report: county coaching/);
  });
});
