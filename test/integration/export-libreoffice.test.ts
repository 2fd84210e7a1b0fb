import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { reportLab, writtenReport } from '../unit/reports/report-lab';

/*
 * The exports opened by an independent reader: LibreOffice converts the .docx to PDF (read back with pdftotext)
 * and each sheet of the .xlsx to CSV. `.ci/run` installs both; without them this file is skipped, saying why.
 */
const has = (cmd: string, arg: string) => spawnSync(cmd, [arg], { encoding: 'utf8' }).status === 0;
const ready = has('soffice', '--version') && has('pdftotext', '-v');
if (!ready) console.warn('export-libreoffice: skipped — LibreOffice (soffice) or pdftotext is not installed; .ci/run installs them.');

/** soffice with a profile of its own, so test files converting at the same time do not trip over each other's lock. */
function soffice(args: string[], cwd: string): void {
  const profile = pathToFileURL(tempDir('lo-profile-')).href;
  // A UTF-8 locale whatever the caller's: LibreOffice names each sheet's CSV after the sheet ("Code × source"), and
  // under the C locale it writes those names in another encoding.
  const env = { ...process.env, LC_ALL: 'C.UTF-8' };
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args], { cwd, encoding: 'utf8', timeout: 60_000, env });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
}

const words = (s: string) => s.replace(/\s+/g, ' ');

describe.skipIf(!ready)('exports read back by LibreOffice', () => {
  it('keeps headings, quotes, footnotes and table cells, and real names only when asked for', async () => {
    const { app, iteration, excerpts } = await reportLab();
    const r = await writtenReport(app, iteration, excerpts.q1, excerpts.q2);
    const people = await app.call('participants.list', {});
    const amina = people.find((p) => p.displayName === 'Amina Wanjiru')!;
    const jose = people.find((p) => p.displayName === 'José Muñoz')!;
    const dir = tempDir('lo-');
    await app.call('export.docx', { reportId: r.id, path: join(dir, 'pseudonyms.docx') });
    await app.call('export.docx', { reportId: r.id, path: join(dir, 'real.docx'), realNames: true });
    await app.call('export.xlsx', { path: join(dir, 'pseudonyms.xlsx') });
    await app.call('export.xlsx', { path: join(dir, 'real.xlsx'), realNames: true });

    soffice(['--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), 'pseudonyms.docx', 'real.docx'], dir);
    const pdf = (name: string) => {
      const r = spawnSync('pdftotext', [join(dir, 'pdf', `${name}.pdf`), '-'], { encoding: 'utf8' });
      return words(r.stdout);
    };
    const text = pdf('pseudonyms');
    // Title page, contents, the documenter's heading, page numbers.
    expect(text).toContain('Iteration report: Iteration 1');
    expect(text).toContain('Contents');
    expect(text).toContain('What worked in Kisumu');
    expect(text).toMatch(/Page \d of \d/);
    // The paragraph, with names taken out.
    expect(text).toContain(`The county took over coaching, as ${amina.pseudonym} explained.`);
    // The two quotes, each with who said it and a footnote citing the source.
    expect(text).toContain(`“We moved the coaches onto the county payroll in March, after ${jose.pseudonym} showed us the costs.”`);
    expect(text).toContain(`“${amina.pseudonym}’s team now meets the head teachers every month”`);
    expect(text).toContain(`— ${amina.pseudonym}, County Director of Education (government)`);
    expect(text).toContain(`— ${jose.pseudonym}, Programme Lead (implementer)`);
    expect(text).toContain(`Interview with ${amina.pseudonym}, 12 March 2026. Speaker: ${jose.pseudonym}, Programme Lead (implementer).`);
    expect(text).toContain('Confirmed at the reflection convening.');
    // The table's header and cells.
    expect(text).toContain('Targets and quick measures');
    for (const cell of ['Target', 'Owner', 'Progress', 'Coaches on the county payroll in all sub-counties', 'Sub-counties paying coaches', '60%']) expect(text).toContain(cell);
    expect(text).not.toMatch(/Amina|Wanjiru|José|Muñoz/);

    const real = pdf('real');
    expect(real).toContain('as Amina Wanjiru explained');
    expect(real).toContain('— Amina Wanjiru, County Director of Education (government)');
    expect(real).toContain('after José Muñoz showed us the costs');

    // Each sheet of the workbooks as CSV (the last filter token, -1, writes every sheet).
    soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', join(dir, 'csv'), 'pseudonyms.xlsx', 'real.xlsx'], dir);
    const sheets = readdirSync(join(dir, 'csv'));
    const csv = (book: string, sheet: string) => readFileSync(join(dir, 'csv', `${book}-${sheet}.csv`), 'utf8');
    expect(sheets.filter((f) => f.startsWith('pseudonyms-')).sort()).toEqual(
      ['About', 'Code × source', 'Codebook', 'Evidence type × phase', 'Excerpts', 'Measure data', 'Participants and attendance', 'Rubric', 'Sources', 'Targets and measures'].map((s) => `pseudonyms-${s}.csv`),
    );
    const excerptRows = csv('pseudonyms', 'Excerpts').trim().split('\n');
    expect(excerptRows[0]).toMatch(/^Excerpt id,Source,Kind of source,Source date,Phase,Convening,Speaker,Sector,Role,Codes,Evidence type,Use,Level,Area,Memo,Text,Coded by,Created$/);
    expect(excerptRows).toHaveLength(3);
    expect(excerptRows[1]).toContain(`,Interview with ${amina.pseudonym},interview,2026-03-12,Iteration 1,`);
    expect(excerptRows[1]).toContain(`,${amina.pseudonym},government,County Director of Education,Finance,`);
    expect(csv('pseudonyms', 'Targets and measures')).toContain(`Coaches on the county payroll in all sub-counties,${amina.pseudonym},`);
    for (const f of sheets.filter((s) => s.startsWith('pseudonyms-'))) {
      expect(readFileSync(join(dir, 'csv', f), 'utf8'), f).not.toMatch(/Amina|Wanjiru|José|Muñoz/);
    }
    expect(csv('real', 'Participants and attendance')).toContain('Amina Wanjiru,amina@example.org');
    expect(csv('real', 'Excerpts')).toContain(',Amina Wanjiru,government,');
  }, 60_000);
});
