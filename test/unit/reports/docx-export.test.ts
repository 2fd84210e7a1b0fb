import JSZip from 'jszip';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp';
import { reportLab, writtenReport } from './report-lab';

async function parts(path: string) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const headers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n)).map(read));
  const footers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(read));
  return {
    files: Object.keys(zip.files),
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    footnotes: await read('word/footnotes.xml'),
    headers: headers.join('\n'),
    footers: footers.join('\n'),
  };
}

/** The visible text of a part, tags dropped. */
const visible = (xml: string) => xml.replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '').replace(/<[^>]+>/g, '');

describe('a report as a Word document', () => {
  it('has real Word structure: styles, a contents field, header rows, an image, footnotes, header and page numbers', async () => {
    const { app, iteration, excerpts } = await reportLab();
    const r = await writtenReport(app, iteration, excerpts.q1, excerpts.q2);
    await app.call('reports.update', {
      id: r.id,
      patch: { body: { type: 'doc', content: [...r.body.content, { type: 'liveChart', attrs: { kind: 'targets', title: 'Progress' } }, { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Pay coaches', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] }] }] }] }] } },
    });
    const path = join(tempDir(), 'report.docx');
    const result = await app.call('export.docx', { reportId: r.id, path });
    expect(result).toMatchObject({ path, fileName: 'report.docx', realNames: false, warnings: [] });
    expect(readdirSync(dirname(path))).toEqual(['report.docx']);
    const p = await parts(path);
    for (const [id, name] of [['Title', 'Title'], ['Heading1', 'Heading 1'], ['Heading2', 'Heading 2'], ['Heading3', 'Heading 3'], ['Quote', 'Quote']]) {
      expect(p.styles, id).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"[^>]*>\\s*<w:name w:val="${name}"`));
    }
    // Headings and quotes use the styles, not direct formatting.
    expect(p.document).toMatch(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:bookmarkStart[^>]*\/><w:r><w:t[^>]*>What worked in Kisumu</);
    expect(p.document.match(/<w:pStyle w:val="Quote"\/>/g)).toHaveLength(2);
    expect(p.document).toContain('TOC \\h \\o &quot;1-3&quot;');
    expect(p.document).toContain('<w:tblHeader/>');
    expect(p.document).toContain('<w:numPr>');
    expect(p.document).toMatch(/<w:hyperlink[^>]*r:id=/);
    expect(p.files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    expect(p.headers).toContain('Kisumu Reading Lab');
    expect(p.footers).toMatch(/PAGE/);
    expect(p.footers).toMatch(/NUMPAGES/);
    const people = await app.call('participants.list', {});
    const amina = people.find((x) => x.displayName === 'Amina Wanjiru')!;
    expect(visible(p.footnotes)).toContain(`Interview with ${amina.pseudonym}, 12 March 2026. Speaker: ${amina.pseudonym}, County Director of Education (government).`);
    expect(visible(p.footnotes)).toContain('Confirmed at the reflection convening.');
    expect(visible(p.document)).toContain(`— ${amina.pseudonym}, County Director of Education (government)`);
    // Pseudonymised everywhere: body text, quotes, tables, footnotes, header.
    for (const part of [p.document, p.footnotes, p.headers]) {
      expect(visible(part)).not.toMatch(/Amina|Wanjiru|José|Muñoz/);
    }
    const real = await app.call('export.docx', { reportId: r.id, path: join(tempDir(), 'real.docx'), realNames: true });
    const rp = await parts(real.path);
    expect(visible(rp.document)).toContain('as Amina Wanjiru explained');
    expect(visible(rp.footnotes)).toContain('Interview with Amina Wanjiru, 12 March 2026. Speaker: Amina Wanjiru');
  });

  it('goes to the exports folder without a path, from where the page can download it', async () => {
    const { app, iteration, excerpts } = await reportLab();
    const r = await writtenReport(app, iteration, excerpts.q1, excerpts.q2);
    const a = await app.call('export.docx', { reportId: r.id });
    const b = await app.call('export.docx', { reportId: r.id });
    expect(a.path).toBe(join(app.home, 'exports', a.fileName));
    expect(a.fileName).toMatch(/^Iteration-report-Iteration-1-\d{4}-\d\d-\d\d\.docx$/);
    expect(b.fileName).toMatch(/-2\.docx$/);
    const file = await app.call('export.download', { fileName: a.fileName });
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(Buffer.from(file.data, 'base64').equals(readFileSync(a.path))).toBe(true);
    await expect(app.call('export.download', { fileName: '../settings.json' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(app.call('export.download', { fileName: 'nothing.docx' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reports progress, and when cancelled leaves no file behind', async () => {
    const { app, iteration, excerpts } = await reportLab();
    const r = await writtenReport(app, iteration, excerpts.q1, excerpts.q2);
    const events: string[] = [];
    app.ws.subscribe((e) => e.type === 'job' && events.push(e.state));
    const dir = tempDir();
    const path = join(dir, 'cancelled.docx');
    const running = app.call('export.docx', { jobId: 'export-1', reportId: r.id, path });
    await app.call('jobs.cancel', { jobId: 'export-1' });
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(events).toContain('running');
    expect(events.at(-1)).toBe('cancelled');
  });

  it('warns about quotes of deleted excerpts, exported as inserted', async () => {
    const { app, iteration, excerpts } = await reportLab();
    const r = await writtenReport(app, iteration, excerpts.q1, excerpts.q2);
    await app.call('excerpts.delete', { ids: [excerpts.q2] });
    const out = await app.call('export.docx', { reportId: r.id, path: join(tempDir(), 'r.docx') });
    expect(out.warnings).toEqual(['1 quote cites an excerpt deleted since it was inserted; exported as inserted.']);
    expect(visible((await parts(out.path)).document)).toContain('team now meets the head teachers every month');
  });
});
