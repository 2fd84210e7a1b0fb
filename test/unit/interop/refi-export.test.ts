import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Workspace } from '../../../src/core/app/workspace';
import { dispatch } from '../../../src/core/dispatch';
import type { ParsedDocument } from '../../../src/core/ingest/parsed-document';
import { jobWorkerSpec } from '../../../src/core/jobs/job-worker-spec';
import { writeQdpx } from '../../../src/core/interop/refi/qdpx-export';
import { importQdpx } from '../../../src/core/interop/refi/qdpx-import';
import { privacyFor } from '../../../src/core/reports/privacy';
import type { AppEvent } from '../../../src/shared/domain/app';
import { addSource, docFrom } from '../../helpers/sources';
import { appWithLab, tempDir, testApp, type TestApp } from '../../helpers/temp';
import { toneWav } from '../../helpers/tone-wav';

const SCHEMAS = resolve(__dirname, '../../../resources/refi-qda');

interface El {
  name: string;
  attrs: Record<string, string>;
  text: string;
  parent: El | null;
}

/** Every element of a document, in order, with its own text and its parent (a real parser: CR kept as written). */
function elements(xml: string): El[] {
  const parser = new SaxesParser({ xmlns: false });
  const out: El[] = [];
  const stack: El[] = [];
  parser.on('opentag', (t) => {
    const el: El = { name: t.name, attrs: t.attributes as Record<string, string>, text: '', parent: stack.at(-1) ?? null };
    out.push(el);
    if (!t.isSelfClosing) stack.push(el);
  });
  parser.on('text', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on('closetag', (t) => {
    if (!t.isSelfClosing) stack.pop();
  });
  parser.write(xml).close();
  return out;
}

/** xmllint's verdict on a document against one of the REFI-QDA schemas. */
function validate(xml: Buffer, schema: 'Project' | 'Codebook'): { status: number | null; stderr: string } {
  const file = join(tempDir(), schema === 'Project' ? 'project.qde' : 'codebook.qdc');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', join(SCHEMAS, `${schema}-mrt2019.xsd`), file], { encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, stderr: r.stderr };
}

async function unzip(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) files.set(f.name, await f.async('nodebuffer'));
  return files;
}

const hasBom = (b: Buffer) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
const codePointSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

/** Each selection of the package with the text its code-point range covers in its source's exported file. */
function selections(files: Map<string, Buffer>): { guid: string; text: string; codeRefs: string[]; el: El }[] {
  const all = elements(files.get('project.qde')!.toString('utf8'));
  const codeRefsOf = new Map<El, string[]>();
  for (const e of all) {
    const sel = e.parent?.parent;
    if (e.name === 'CodeRef' && sel?.name === 'PlainTextSelection') codeRefsOf.set(sel, [...(codeRefsOf.get(sel) ?? []), e.attrs.targetGUID!]);
  }
  return all
    .filter((e) => e.name === 'PlainTextSelection')
    .map((sel) => {
      const source = sel.parent!;
      expect(source.name).toBe('TextSource');
      const path = /^internal:\/\/(.+)$/.exec(source.attrs.plainTextPath!)![1]!;
      const text = files.get(`sources/${path}`)!.toString('utf8');
      const codeRefs = codeRefsOf.get(sel) ?? [];
      return { guid: sel.attrs.guid!, text: codePointSlice(text, Number(sel.attrs.startPosition), Number(sel.attrs.endPosition)), codeRefs, el: sel };
    });
}

function excerptRows(app: TestApp): { id: string; text: string; memo: string }[] {
  return app.ws.store.db.prepare(`SELECT id, text, memo FROM excerpt`).all() as { id: string; text: string; memo: string }[];
}

describe('REFI-QDA project export', () => {
  it('exports the demo lab as a valid .qdpx whose selections cover exactly the coded text, with real names', async () => {
    const app = testApp();
    await app.call('labs.openDemo', { path: join(app.home, 'demo.scalinglab') });
    const out = join(tempDir(), 'demo.qdpx');
    const r = await app.call('refi.exportProject', { path: out, realNames: true });
    expect(r).toMatchObject({ path: out, realNames: true });
    const files = await unzip(out);
    const sourceCount = (app.ws.store.db.prepare(`SELECT count(*) AS n FROM source`).get() as { n: number }).n;
    expect([...files.keys()].filter((n) => n.startsWith('sources/'))).toHaveLength(sourceCount);
    for (const [name, bytes] of files) expect(hasBom(bytes), name).toBe(false);
    const v = validate(files.get('project.qde')!, 'Project');
    expect(v.stderr).toMatch(/validates/);
    expect(v.status).toBe(0);

    const excerpts = excerptRows(app);
    const sels = selections(files);
    expect(sels).toHaveLength(excerpts.length);
    const byId = new Map(excerpts.map((e) => [e.id, e]));
    for (const s of sels) expect(s.text).toBe(byId.get(s.guid)!.text);

    // Every code and every own evidence tag of an excerpt is a coding of its selection.
    const expected = app.ws.store.db
      .prepare(`SELECT excerpt_id AS e, code_id AS c FROM excerpt_code UNION ALL SELECT excerpt_id, value_id FROM excerpt_evidence`)
      .all() as { e: string; c: string }[];
    expect(expected.length).toBeGreaterThan(excerpts.length);
    expect(sels.flatMap((s) => s.codeRefs.map((c) => `${s.guid} ${c}`)).sort()).toEqual(expected.map((x) => `${x.e} ${x.c}`).sort());
    expect(r.counts).toMatchObject({ sources: sourceCount, selections: excerpts.length, codings: expected.length });

    // Evidence travels as "Evidence" › dimension › value, only values codable.
    const all = elements(files.get('project.qde')!.toString('utf8'));
    const evidence = all.find((e) => e.name === 'Code' && e.attrs.name === 'Evidence')!;
    expect(evidence.parent!.name).toBe('Codes');
    expect(evidence.attrs.isCodable).toBe('false');
    const dims = await app.call('evidence.dimensions', {});
    for (const d of dims) {
      const dim = all.find((e) => e.attrs.guid === d.id)!;
      expect(dim).toMatchObject({ name: 'Code', parent: evidence, attrs: { name: d.label, isCodable: 'false' } });
      for (const value of d.values) expect(all.find((e) => e.attrs.guid === value.id)).toMatchObject({ parent: dim, attrs: { name: value.label, isCodable: 'true' } });
    }
    // Real names: the cases carry participants' names.
    const people = await app.call('participants.list', {});
    const cases = all.filter((e) => e.name === 'Case').map((e) => e.attrs.name);
    expect(cases.sort()).toEqual(people.map((p) => p.displayName).sort());
  });

  it('pseudonymises: no participant name in any file of the package, and ranges still cover the (pseudonymised) excerpts', async () => {
    const app = testApp();
    await app.call('labs.openDemo', { path: join(app.home, 'demo.scalinglab') });
    const out = join(tempDir(), 'demo-pseudo.qdpx');
    const r = await app.call('refi.exportProject', { path: out });
    expect(r.realNames).toBe(false);
    const files = await unzip(out);
    expect(validate(files.get('project.qde')!, 'Project').status).toBe(0);
    const people = await app.call('participants.list', {});
    const labels = (app.ws.store.db.prepare(`SELECT DISTINCT label FROM source_speaker WHERE participant_id IS NOT NULL`).all() as { label: string }[]).map((l) => l.label);
    const everything = [...files.values()].map((b) => b.toString('utf8')).join('\n');
    for (const name of [...people.map((p) => p.displayName), ...labels]) expect(everything, name).not.toContain(name);
    const cases = elements(files.get('project.qde')!.toString('utf8')).filter((e) => e.name === 'Case').map((e) => e.attrs.name);
    expect(cases.sort()).toEqual(people.map((p) => p.pseudonym).sort());

    const privacy = privacyFor(app.ws.store, false);
    const byId = new Map(excerptRows(app).map((e) => [e.id, e]));
    for (const s of selections(files)) expect(s.text).toBe(privacy.text(byId.get(s.guid)!.text));
  });

  it('counts positions in code points over the exact stored text: emoji, other astral characters and CRLF line ends', async () => {
    const app = await appWithLab('Astral Lab');
    const text = 'Teacher 👩🏽‍🏫: We read 📚 every day.\r\nCoach: 𝔗𝔥𝔢 pupils café naïve.\r\nTeacher 👩🏽‍🏫: Σ of scores rose 😀😀.\r\n';
    const doc: ParsedDocument = { format: 'txt', text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }], comments: [], speakers: [], warnings: [] };
    const sourceId = addSource(app, 'astral.txt', doc);
    const code = await app.call('codes.create', { code: { name: 'Reading 📖' } });
    const ranges = ['We read 📚 every day.\r\nCoach: 𝔗𝔥𝔢', 'pupils café naïve.\r\nTeacher 👩🏽‍🏫', 'rose 😀😀'];
    const ids: string[] = [];
    for (const q of ranges) {
      const start = text.indexOf(q);
      ids.push((await app.call('excerpts.code', { sourceId, start, end: start + q.length, codeIds: [code.id] })).id);
    }
    await app.call('excerpts.update', { id: ids[0]!, memo: 'Memo line one\r\nline two & <three> 😀' });
    const out = join(tempDir(), 'astral.qdpx');
    const r = await writeQdpx(app.ws, out, { realNames: true });
    expect(r.counts).toMatchObject({ sources: 1, selections: 3, codings: 3, notes: 1 });
    const files = await unzip(out);
    expect(validate(files.get('project.qde')!, 'Project').status).toBe(0);
    // The source file holds the stored text byte for byte: CRLF kept, no BOM.
    expect(files.get(`sources/${sourceId}.txt`)!.equals(Buffer.from(text, 'utf8'))).toBe(true);
    const sels = selections(files);
    expect(sels.map((s) => s.text)).toEqual(ranges);
    // Code points, not UTF-16 units: the first selection starts after one emoji of 7 code points (11 UTF-16 units).
    expect(Number(sels[0]!.el.attrs.startPosition)).toBe(Array.from(text.slice(0, text.indexOf(ranges[0]!))).length);
    expect(Number(sels[0]!.el.attrs.startPosition)).toBeLessThan(text.indexOf(ranges[0]!));
    // The memo travels as a note referred to from its selection, CR included.
    const all = elements(files.get('project.qde')!.toString('utf8'));
    const ref = all.find((e) => e.name === 'NoteRef' && e.parent?.attrs.guid === ids[0])!;
    const note = all.find((e) => e.name === 'Note' && e.attrs.guid === ref.attrs.targetGUID)!;
    expect(all.find((e) => e.name === 'PlainTextContent' && e.parent === note)!.text).toBe('Memo line one\r\nline two & <three> 😀');
  });

  it('writes participants as cases with variables, memos as notes and saved queries as sets', async () => {
    const app = await appWithLab('Cases Lab');
    const sourceId = addSource(app, 'interview.txt', {
      format: 'txt',
      text: 'Amina Wanjiru: The county pays the coaches now.',
      blocks: [{ kind: 'turn', start: 0, end: 47, speaker: 'Amina Wanjiru' }],
      comments: [],
      speakers: ['Amina Wanjiru'],
      warnings: [],
    });
    const amina = await app.call('participants.create', { participant: { displayName: 'Amina Wanjiru', sector: 'government', attributes: { district: 'Kisumu East' } } });
    await app.call('participants.create', { participant: { displayName: 'Otieno Odhiambo', attributes: { gender: 'male' } } });
    await app.call('speakers.map', { sourceId, label: 'Amina Wanjiru', participantId: amina.id });
    const code = await app.call('codes.create', { code: { name: 'Finance', definition: 'Money for the programme.', whenToUse: 'Budgets, salaries.' } });
    await app.call('excerpts.code', { sourceId, start: 15, end: 47, codeIds: [code.id] });
    await app.call('memos.create', { title: 'What Amina Wanjiru said', body: '<p>Payroll is the change.</p>', targetKind: 'source', targetId: sourceId });
    await app.call('queries.save', { name: 'Finance excerpts', filter: { codeIds: [code.id] } });
    const out = join(tempDir(), 'cases.qdpx');
    await app.call('refi.exportProject', { path: out });
    const files = await unzip(out);
    const v = validate(files.get('project.qde')!, 'Project');
    expect(v.stderr).toMatch(/validates/);
    const all = elements(files.get('project.qde')!.toString('utf8'));
    const variables = all.filter((e) => e.name === 'Variable').map((e) => [e.attrs.name, e.attrs.typeOfVariable]);
    expect(variables).toEqual([['district', 'Text'], ['gender', 'Text']]);
    const caseEl = all.find((e) => e.name === 'Case' && e.attrs.guid === amina.id)!;
    expect(caseEl.attrs.name).toBe(amina.pseudonym);
    expect(all.filter((e) => e.name === 'SourceRef' && e.parent === caseEl).map((e) => e.attrs.targetGUID)).toEqual([sourceId]);
    expect(all.find((e) => e.name === 'TextValue' && e.parent?.parent === caseEl)!.text).toBe('Kisumu East');
    const description = all.find((e) => e.name === 'Description' && e.parent?.attrs.guid === code.id)!.text;
    expect(description).toBe('Money for the programme.\n\nWhen to use: Budgets, salaries.');
    const note = all.find((e) => e.name === 'Note')!;
    expect(note.attrs.name).toBe(`What ${amina.pseudonym} said`);
    expect(all.some((e) => e.name === 'NoteRef' && e.parent?.name === 'TextSource' && e.attrs.targetGUID === note.attrs.guid)).toBe(true);
    const set = all.find((e) => e.name === 'Set')!;
    expect(set.attrs.name).toBe('Finance excerpts');
    expect(all.filter((e) => e.name === 'MemberSource' && e.parent === set).map((e) => e.attrs.targetGUID)).toEqual([sourceId]);
    expect(files.get(`sources/${sourceId}.txt`)!.toString('utf8')).toBe(`${amina.pseudonym}: The county pays the coaches now.`);
  });

  it('a cancelled export leaves no file, neither the target nor a temporary one', async () => {
    const app = testApp();
    await app.call('labs.openDemo', { path: join(app.home, 'demo.scalinglab') });
    const dir = tempDir();
    const controller = new AbortController();
    controller.abort();
    await expect(writeQdpx(app.ws, join(dir, 'x.qdpx'), { realNames: false, signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(existsSync(join(dir, 'x.qdpx'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('REFI-QDA codebook export', () => {
  it('writes the codebook and the evidence tree as a .qdc valid against the Codebook schema', async () => {
    const app = testApp();
    await app.call('labs.openDemo', { path: join(app.home, 'demo.scalinglab') });
    const out = join(tempDir(), 'codebook.qdc');
    const r = await app.call('refi.exportCodebook', { path: out });
    const bytes = readFileSync(out);
    expect(hasBom(bytes)).toBe(false);
    const v = validate(bytes, 'Codebook');
    expect(v.stderr).toMatch(/validates/);
    expect(v.status).toBe(0);
    const all = elements(bytes.toString('utf8'));
    const codes = await app.call('codes.list', {});
    const dims = await app.call('evidence.dimensions', {});
    const values = dims.flatMap((d) => d.values);
    expect(r.counts.codes).toBe(codes.length + 1 + dims.length + values.length);
    for (const c of codes) {
      const el = all.find((e) => e.name === 'Code' && e.attrs.guid === c.id)!;
      expect(el.attrs).toMatchObject({ name: c.name, isCodable: 'true', color: c.colour });
      expect(el.parent!.attrs.guid ?? null).toBe(c.parentId);
    }
    expect(all.filter((e) => e.name === 'Code' && e.parent?.name === 'Codes').map((e) => e.attrs.name)).toContain('Evidence');
  });
});

/** `sources` interviews of `perSource` coded excerpts each, every third tagged, written as one bookkeeping change. */
async function largeLab(sources: number, perSource: number): Promise<string> {
  const app = await appWithLab('Large lab');
  const code = await app.call('codes.create', { code: { name: 'Finance' } });
  const value = (await app.call('evidence.dimensions', {}))[0]!.values[0]!;
  const ids = Array.from({ length: sources }, (_, i) =>
    addSource(app, `interview-${i}.txt`, docFrom(Array.from({ length: 40 }, (_, t): [string, string] => [t % 2 ? 'Amina' : 'Interviewer', `Turn ${t} of ${i} 😀 `.padEnd(300, 'and the county coaches teachers ')]))),
  );
  app.ws.store.write(
    'Test excerpts',
    (w) => {
      for (const sourceId of ids) {
        const text = app.ws.store.db.prepare(`SELECT text FROM source_content WHERE id = ?`).pluck().get(sourceId) as string;
        for (let i = 0; i < perSource; i++) {
          // Never half an emoji: the coding view selects whole characters.
          const lowAt = (u: number) => /[\udc00-\udfff]/.test(text[u] ?? '');
          const start = ((i * 7) % (text.length - 60)) - (lowAt((i * 7) % (text.length - 60)) ? 1 : 0);
          const end = start + 50 + (lowAt(start + 50) ? 1 : 0);
          const e = w.insert('excerpt', { source_id: sourceId, start, end, text: text.slice(start, end), speaker: null, block: null, context_before: '', context_after: '' });
          w.insert('excerpt_code', { excerpt_id: String(e.id), code_id: code.id });
          if (i % 3 === 0) w.insert('excerpt_evidence', { excerpt_id: String(e.id), value_id: value.id });
        }
      }
    },
    { kind: 'bookkeeping' },
  );
  return app.ws.store.path;
}

/** A front door whose exports run in the job worker, as in the app and browser mode. */
async function workerApp(labPath: string) {
  const ws = new Workspace({ mode: 'cli', home: tempDir('labwb-jobs-'), version: 'test', coderName: 'Worker Tester', jobWorker: jobWorkerSpec() });
  onTestFinished(() => ws.close());
  const events: AppEvent[] = [];
  ws.subscribe((e) => events.push(e));
  const call = async (name: 'refi.exportProject' | 'jobs.cancel' | 'labs.open', input: object) => {
    const r = await dispatch(ws, name, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.result;
  };
  await call('labs.open', { path: labPath });
  return { ws, call, events };
}

describe('REFI-QDA export in the job worker', () => {
  it('reports progress per source and writes a valid package; a cancel mid-way leaves no file', async () => {
    const w = await workerApp(await largeLab(12, 500));
    const dir = tempDir();
    const out = join(dir, 'large.qdpx');
    const r = (await w.call('refi.exportProject', { jobId: 'refi', path: out })) as { counts: { selections: number; codings: number } };
    expect(r.counts).toMatchObject({ selections: 6000, codings: 6000 + 12 * 167 });
    const progress = w.events.filter((e) => e.type === 'job' && e.jobId === 'refi' && e.state === 'running' && e.label === 'REFI-QDA project: sources');
    expect(progress).toHaveLength(12);
    const files = await unzip(out);
    expect(validate(files.get('project.qde')!, 'Project').status).toBe(0);
    const stored = new Map((w.ws.store.db.prepare(`SELECT id, text FROM excerpt`).all() as { id: string; text: string }[]).map((e) => [e.id, e.text]));
    const sels = selections(files);
    expect(sels.filter((s) => s.text.includes('😀')).length).toBeGreaterThan(0);
    const privacy = privacyFor(w.ws.store, false);
    for (const s of sels) expect(s.text).toBe(privacy.text(stored.get(s.guid)!));

    const cancelDir = tempDir();
    const running = w.call('refi.exportProject', { jobId: 'cancel-me', path: join(cancelDir, 'x.qdpx') });
    await new Promise<void>((resolve) => w.ws.subscribe((e) => e.type === 'job' && e.jobId === 'cancel-me' && e.state === 'running' && resolve()));
    await w.call('jobs.cancel', { jobId: 'cancel-me' });
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readdirSync(cancelDir)).toEqual([]);
  });
});

const CAPTIONS = `WEBVTT

00:00:00.000 --> 00:00:02.000
<v Amina>We started with the coaches in March.

00:00:02.000 --> 00:00:04.000
<v Peter>How did the head teachers respond?
`;

describe('REFI-QDA recordings: an audio source with its transcript, out and back in', () => {
  async function recordedLab() {
    const app = await appWithLab();
    const wav = toneWav(4);
    const { recording } = await app.call('recordings.attach', {
      recording: { file: { name: 'convening.wav', data: wav.toString('base64') } },
      captions: { file: { name: 'convening.vtt', data: Buffer.from(CAPTIONS).toString('base64') } },
    });
    const sourceId = recording.sourceId;
    const code = await app.call('codes.create', { code: { name: 'Coaching' } });
    const { text } = await app.call('sources.get', { id: sourceId });
    const codeText = (needle: string) => app.call('excerpts.code', { sourceId, start: text.indexOf(needle), end: text.indexOf(needle) + needle.length, codeIds: [code.id] });
    const inside = await codeText('the coaches in March');
    const whole = await codeText('How did the head teachers respond?');
    return { app, wav, recording, sourceId, code, text, inside, whole };
  }

  it('leaves the recording out of a pseudonymised file, and says so', async () => {
    const { app } = await recordedLab();
    const out = join(tempDir(), 'pseudo.qdpx');
    const r = await app.call('refi.exportProject', { path: out });
    expect(r.warnings.join(' ')).toContain('1 recording(s) were left out: a voice cannot be pseudonymised');
    expect(r.counts).toMatchObject({ sources: 1, recordings: 0, selections: 2 });
    const files = await unzip(out);
    expect([...files.keys()].filter((n) => !n.endsWith('.txt') && n !== 'project.qde')).toEqual([]);
    expect(elements(files.get('project.qde')!.toString('utf8')).some((e) => e.name === 'AudioSource')).toBe(false);
  });

  it('with real names, writes an AudioSource with the recording, a transcript and sync points, valid against the schema', async () => {
    const { app, wav, recording, sourceId, text, inside, whole, code } = await recordedLab();
    const out = join(tempDir(), 'real.qdpx');
    const r = await app.call('refi.exportProject', { path: out, realNames: true });
    expect(r.warnings).toEqual([]);
    expect(r.counts).toMatchObject({ sources: 1, recordings: 1, selections: 2, codings: 2 });
    const files = await unzip(out);
    expect(files.get(`sources/${recording.id}.wav`)!.equals(wav)).toBe(true);
    const v = validate(files.get('project.qde')!, 'Project');
    expect(v.stderr).toMatch(/validates/);
    expect(v.status).toBe(0);

    const all = elements(files.get('project.qde')!.toString('utf8'));
    const audio = all.find((e) => e.name === 'AudioSource')!;
    expect(audio.attrs).toMatchObject({ guid: sourceId, path: `internal://${recording.id}.wav` });
    const transcript = all.find((e) => e.name === 'Transcript')!;
    expect(transcript.parent).toBe(audio);
    const transcriptText = files.get(`sources/${/^internal:\/\/(.+)$/.exec(transcript.attrs.plainTextPath!)![1]}`)!.toString('utf8');
    expect(transcriptText).toBe(text);
    const points = new Map(all.filter((e) => e.name === 'SyncPoint').map((e) => [e.attrs.guid!, { position: Number(e.attrs.position), time: e.attrs.timeStamp }]));
    // Each turn's start is tied to its caption time.
    const second = text.indexOf('How did');
    expect([...points.values()].filter((p) => p.position === 0 || p.position === second).map((p) => p.time)).toEqual(['0', '2000']);
    // Each selection runs between two sync points over exactly its excerpt, with its coding; an excerpt inside a
    // turn gets its share of the turn's time.
    const sels = all.filter((e) => e.name === 'TranscriptSelection');
    expect(sels.map((s) => s.attrs.guid).sort()).toEqual([inside.id, whole.id].sort());
    for (const s of sels) {
      const from = points.get(s.attrs.fromSyncPoint!)!;
      const to = points.get(s.attrs.toSyncPoint!)!;
      const excerpt = s.attrs.guid === inside.id ? inside : whole;
      expect(text.slice(from.position, to.position)).toBe(excerpt.text);
      expect(all.find((e) => e.name === 'CodeRef' && e.parent?.parent === s)!.attrs.targetGUID).toBe(code.id);
    }
    const insideFrom = points.get(sels.find((s) => s.attrs.guid === inside.id)!.attrs.fromSyncPoint!)!;
    expect(Number(insideFrom.time)).toBe(Math.round((2000 * insideFrom.position) / 'We started with the coaches in March.'.length));
  });

  it('imports the recording with its transcript: codings at their ranges, turn times from the sync points; undo takes both away', async () => {
    const { app, wav, text } = await recordedLab();
    const out = join(tempDir(), 'real.qdpx');
    await app.call('refi.exportProject', { path: out, realNames: true });

    const other = await appWithLab('Other lab');
    const report = await other.call('refi.importProject', { path: out });
    expect(report).toMatchObject({ sources: 1, recordings: 1, excerpts: 2, codings: 2, skipped: [] });
    // The recording went through a private temporary folder, which is gone.
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('labwb-refi-media-'))).toEqual([]);
    const [source] = await other.call('sources.list', {});
    const rec = (await other.call('recordings.forSource', { sourceId: source!.id }))!;
    expect(rec).toMatchObject({ mime: 'audio/wav', byteSize: wav.length, sha256: createHash('sha256').update(wav).digest('hex') });
    const doc = await other.call('sources.get', { id: source!.id });
    expect(doc.text).toBe(text);
    expect(doc.blocks.map((b) => [b.kind, b.startMs, b.endMs])).toEqual([
      ['turn', 0, 2000],
      ['turn', 2000, undefined],
    ]);
    expect(doc.excerpts.map((e) => e.text).sort()).toEqual(['How did the head teachers respond?', 'the coaches in March']);
    for (const e of doc.excerpts) expect(doc.text.slice(e.start, e.end)).toBe(e.text);

    await other.call('history.undo', {});
    expect(await other.call('sources.list', {})).toEqual([]);
    expect(other.ws.store.db.prepare('SELECT (SELECT count(*) FROM recording) + (SELECT count(*) FROM recording_chunk) AS n').get()).toEqual({ n: 0 });
  });

  it('a video goes as a VideoSource and comes back as a video', async () => {
    const app = await appWithLab();
    const sourceId = addSource(app, 'classroom.txt', docFrom([['Teacher', 'Open your books at page ten.']]));
    // An ISO media file's first box says what it is; attaching reads no further, and neither does either side of REFI-QDA.
    const clip = Buffer.concat([Buffer.from('\0\0\0\x20ftypisom\0\0\x02\0isomiso2mp41', 'latin1'), Buffer.alloc(4096, 7)]);
    await app.call('recordings.attach', { sourceId, recording: { file: { name: 'classroom.mp4', data: clip.toString('base64') } } });
    const out = join(tempDir(), 'video.qdpx');
    await app.call('refi.exportProject', { path: out, realNames: true });
    const files = await unzip(out);
    const v = validate(files.get('project.qde')!, 'Project');
    expect(v.status).toBe(0);
    const video = elements(files.get('project.qde')!.toString('utf8')).find((e) => e.name === 'VideoSource')!;
    expect(files.get(`sources/${/^internal:\/\/(.+)$/.exec(video.attrs.path!)![1]}`)!.equals(clip)).toBe(true);

    const other = await appWithLab('Other lab');
    expect(await other.call('refi.importProject', { path: out })).toMatchObject({ sources: 1, recordings: 1 });
    const [source] = await other.call('sources.list', {});
    expect(await other.call('recordings.forSource', { sourceId: source!.id })).toMatchObject({ fileName: 'classroom.mp4', mime: 'video/mp4', video: true, byteSize: clip.length });
  });

  it('a recording counts against the limit for a recording, not against the texts’ limit', async () => {
    const { app, wav } = await recordedLab();
    const out = join(tempDir(), 'real.qdpx');
    await app.call('refi.exportProject', { path: out, realNames: true });
    const small = { unpackedBytes: 50_000, entries: 100 };
    expect(wav.length).toBeGreaterThan(small.unpackedBytes);
    const fits = await appWithLab();
    expect(await importQdpx(fits.ws, out, { limits: { ...small, recordingBytes: wav.length } })).toMatchObject({ recordings: 1 });
    const refuses = await appWithLab();
    await expect(importQdpx(refuses.ws, out, { limits: { ...small, recordingBytes: wav.length - 1 } })).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      message: expect.stringMatching(/the recording “sources\/[0-9a-f-]+\.wav” is larger than the 125 KB limit for a recording/),
    });
    expect(refuses.ws.store.db.prepare('SELECT count(*) AS n FROM source').get()).toEqual({ n: 0 });
  });

  it('from another program: a transcript whose recording lies outside the package is imported, and the recording and time selections listed', async () => {
    const { ws, home } = await appWithLab();
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project name="p" xmlns="urn:QDA-XML:project:1.0">
  <CodeBook><Codes><Code guid="00000000-0000-4000-8000-00000000000a" name="Voice" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <AudioSource guid="10000000-0000-4000-8000-000000000002" name="focus group" path="absolute://C:/Users/x/focus.mp3">
      <Transcript guid="10000000-0000-4000-8000-000000000003" name="focus group transcript">
        <PlainTextContent>Teachers 📚 asked for more time.</PlainTextContent>
        <SyncPoint guid="40000000-0000-4000-8000-000000000001" position="0" timeStamp="1500"/>
        <SyncPoint guid="40000000-0000-4000-8000-000000000002" position="11" timeStamp="2500"/>
        <SyncPoint guid="40000000-0000-4000-8000-000000000003" position="30"/>
        <TranscriptSelection guid="20000000-0000-4000-8000-000000000001" fromSyncPoint="40000000-0000-4000-8000-000000000002" toSyncPoint="40000000-0000-4000-8000-000000000003">
          <Coding guid="30000000-0000-4000-8000-000000000001"><CodeRef targetGUID="00000000-0000-4000-8000-00000000000a"/></Coding>
        </TranscriptSelection>
        <TranscriptSelection guid="20000000-0000-4000-8000-000000000002" fromSyncPoint="40000000-0000-4000-8000-0000000000ff" toSyncPoint="40000000-0000-4000-8000-000000000003"/>
      </Transcript>
      <AudioSelection guid="20000000-0000-4000-8000-000000000003" begin="0" end="900"/>
    </AudioSource>
    <TextSource guid="10000000-0000-4000-8000-000000000004" name="empty"/>
  </Sources>
</Project>`;
    const zip = new JSZip();
    zip.file('project.qde', xml);
    const path = join(home, 'other.qdpx');
    writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
    const report = await importQdpx(ws, path);
    expect(report).toMatchObject({ sources: 1, recordings: 0, excerpts: 1, codings: 1 });
    const whys = report.skipped.map((s) => `${s.what} — ${s.why}`).join('\n');
    expect(whys).toMatch(/the recording of “focus group” — it is not in the package \(absolute:\/\/C:\/Users\/x\/focus.mp3\)/);
    expect(whys).toMatch(/1 selection\(s\) of the recording “focus group” — they mark a stretch of the recording/);
    expect(whys).toMatch(/a selection in “focus group” — it has no guid or no whole-number start and end positions/);
    expect(whys).toMatch(/the source “empty” — it has no text/);
    const excerpt = ws.store.db.prepare('SELECT text FROM excerpt').get();
    // Position 11 counts the emoji as one code point.
    expect(excerpt).toEqual({ text: 'asked for more time' });
    const blocks = JSON.parse((ws.store.db.prepare('SELECT blocks FROM source_content').get() as { blocks: string }).blocks) as { startMs?: number }[];
    expect(blocks[0]!.startMs).toBe(1500);
  });
});

describe('REFI-QDA recordings: a package cannot unpack into recordings that fill the disk', () => {
  async function packageWith(home: string, wav: Buffer, lie: boolean): Promise<string> {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project name="p" xmlns="urn:QDA-XML:project:1.0"><Sources>
  <AudioSource guid="10000000-0000-4000-8000-000000000002" name="talk" path="internal://talk.wav">
    <Transcript guid="10000000-0000-4000-8000-000000000003"><PlainTextContent>Hello there.</PlainTextContent></Transcript>
  </AudioSource>
</Sources></Project>`;
    const zip = new JSZip();
    zip.file('project.qde', xml);
    zip.file('sources/talk.wav', wav, { compression: 'DEFLATE' });
    const bytes = Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
    if (lie) {
      // Halve the uncompressed size in the central directory's entry for the recording (a lying header).
      const cd = bytes.lastIndexOf(Buffer.from('sources/talk.wav'));
      const header = cd - 46;
      expect(bytes.readUInt32LE(header)).toBe(0x02014b50);
      bytes.writeUInt32LE(Math.floor(wav.length / 2), header + 24);
    }
    const path = join(home, lie ? 'lying.qdpx' : 'honest.qdpx');
    writeFileSync(path, bytes);
    return path;
  }

  it('holds each recording to its declared size, and all of them to a total', async () => {
    const wav = toneWav(2);
    const honest = await appWithLab();
    expect(await importQdpx(honest.ws, await packageWith(honest.home, wav, false))).toMatchObject({ sources: 1, recordings: 1 });

    const lied = await appWithLab();
    const report = await importQdpx(lied.ws, await packageWith(lied.home, wav, true));
    expect(report).toMatchObject({ sources: 1, recordings: 0 });
    expect(report.skipped.map((s) => `${s.what}: ${s.why}`).join('\n')).toMatch(/the recording of “talk”: .*“sources\/talk\.wav” unpacks to more than its header says/);
    expect(lied.ws.store.db.prepare('SELECT (SELECT count(*) FROM recording) + (SELECT count(*) FROM recording_chunk) AS n').get()).toEqual({ n: 0 });

    const capped = await appWithLab();
    await expect(importQdpx(capped.ws, await packageWith(capped.home, wav, false), { limits: { unpackedBytes: 1_000_000, entries: 100, recordingsTotalBytes: 32 * 1024 } })).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      message: expect.stringMatching(/holds 63 KB of recordings, more than the 32 KB limit for one package/),
    });
    expect(capped.ws.store.db.prepare('SELECT count(*) AS n FROM source').get()).toEqual({ n: 0 });
  });
});
