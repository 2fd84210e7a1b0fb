import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codebookToCsv } from '../../src/cli/codebook-csv';
import { tempDir, testApp, type TestApp } from '../helpers/temp';
import { buildCaptionsLab, hitsIn, namesToHide, reportOfEverything, textsOf } from './privacy-labs';

/**
 * Every export kind of the contract, each file unzipped and read as written and as text: Word reports, the lab
 * workbook, the REFI-QDA project (.qdpx) and codebook (.qdc), the codebook (JSON and the CSV the CLI writes). Exports go to the exports folder under the file name
 * the app proposes, so that name is scanned too.
 */
async function exportEverything(app: TestApp, reportId: string, realNames: boolean): Promise<{ where: string; text: string }[]> {
  const texts: { where: string; text: string }[] = [];
  const written = [
    await app.call('export.docx', { reportId, realNames }),
    await app.call('export.xlsx', { realNames }),
    await app.call('refi.exportProject', { realNames }),
    await app.call('refi.exportCodebook', { realNames }),
  ];
  for (const r of written) {
    texts.push(...(await textsOf(r.fileName, readFileSync(r.path))));
  }
  const book = await app.call('codebook.export', {});
  const dir = tempDir();
  writeFileSync(join(dir, 'codebook.json'), JSON.stringify(book));
  writeFileSync(join(dir, 'codebook.csv'), codebookToCsv(book));
  for (const f of ['codebook.json', 'codebook.csv']) texts.push(...(await textsOf(f, readFileSync(join(dir, f)))));
  return texts;
}

describe('exports name no one unless told to', () => {
  it('the demo lab: no participant name and no unmapped speaker label in any export, pseudonymised', async () => {
    const app = testApp();
    await app.call('labs.openDemo', { path: join(app.home, 'demo.scalinglab') });
    const { names, roles } = await namesToHide(app.call);
    // The interviewer of the Teams call is a label no one is mapped to: the leak the issue found.
    expect(names).toContain('Miriam Akinyi');
    // The role exemption keeps only what names no one.
    expect(roles).toEqual(['Interviewer']);
    const reportId = await reportOfEverything(app.call, ['Miriam Akinyi', 'Rose Nyambura']);

    const pseudonymised = await exportEverything(app, reportId, false);
    expect(hitsIn(pseudonymised, names)).toEqual([]);
    const texts = pseudonymised.map((t) => t.text).join('\n');
    expect(texts).toMatch(/Speaker \d+/);

    // The same scan finds names in the same exports with real names, so it can fail.
    const real = await exportEverything(app, reportId, true);
    const found = new Set(hitsIn(real, names).map((h) => h.name));
    expect(found).toContain('Miriam Akinyi');
    expect(found.size).toBeGreaterThan(names.length / 2);
    expect(hitsIn(real, ['Miriam Akinyi']).some((h) => h.where.includes('.xlsx!') && h.where.includes('sheet'))).toBe(true);
  });

  it('a lab of real captions and transcripts: voice labels become stand-ins, a public label stays', async () => {
    const app = testApp();
    await buildCaptionsLab(app.call, join(app.home, 'captions.scalinglab'));
    const { names, roles, publicLabels } = await namesToHide(app.call);
    expect(names).toEqual(expect.arrayContaining(['Kyle Huey', 'Baraka Mwangi', 'Chris Pearce', 'Matthew Brelsford', 'Amani Odhiambo']));
    expect(roles).toEqual(['Interviewer']);
    expect(publicLabels).toEqual(['Jonas Rosland']);
    const standIns = await app.call('speakers.standIns', {});
    expect(standIns.standIns.map((s) => s.label).sort()).toEqual(names.filter((n) => !['Kyle Huey', 'Baraka Mwangi'].includes(n)).sort());
    const reportId = await reportOfEverything(app.call, ['Chris Pearce', 'Amani Odhiambo', 'Kyle Huey']);

    const pseudonymised = await exportEverything(app, reportId, false);
    expect(hitsIn(pseudonymised, names)).toEqual([]);
    // Marked public, the interviewer is shown as he is.
    expect(hitsIn(pseudonymised, publicLabels).length).toBeGreaterThan(0);
    // Stand-ins are the same in every export of the lab.
    const again = await exportEverything(app, reportId, false);
    const standInsOf = (t: { text: string }[]) => [...new Set(t.flatMap((x) => x.text.match(/Speaker \d+/g) ?? []))].sort();
    expect(standInsOf(again)).toEqual(standInsOf(pseudonymised));
    expect(standInsOf(pseudonymised)).toEqual(expect.arrayContaining(standIns.standIns.map((s) => s.standIn)));

    const real = await exportEverything(app, reportId, true);
    expect(new Set(hitsIn(real, names).map((h) => h.name))).toEqual(new Set(names));
  });
});
