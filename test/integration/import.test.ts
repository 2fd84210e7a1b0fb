import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisSnapshot } from '../../src/core/analysis/analysis-snapshot';
import type { AppEvent } from '../../src/shared/domain/app';
import type { ImportResult } from '../../src/shared/domain/source';
import { workerApp } from '../helpers/worker-app';

const corpus = join(__dirname, '../fixtures/corpus');

describe('importing files as a job', () => {
  it('parses in worker threads, reports progress, and gives one result per file; bad files do not stop the rest', async () => {
    const { ws, home, call } = await workerApp();
    const folder = join(home, 'incoming');
    mkdirSync(folder);
    for (const f of ['docx/pandoc-comments.docx', 'captions/vttjs-cycle-collector-talk.vtt', 'text/qualcoder-transcript.txt', 'pdf/pdfjs-ccitt_EndOfBlock_false.pdf']) {
      copyFileSync(join(corpus, f), join(folder, f.split('/')[1]!));
    }
    writeFileSync(join(folder, 'broken.docx'), 'this is not a zip');
    writeFileSync(join(folder, 'notes.odt'), 'x');
    const events: AppEvent[] = [];
    ws.subscribe((e) => events.push(e));
    const results: { fileName: string; status: string; errorCode: string | null }[] = await call('sources.import', {
      jobId: 'job-1',
      paths: [folder, join(folder, 'notes.odt')],
    });
    const byName = Object.fromEntries(results.map((r) => [r.fileName, r]));
    expect(byName['pandoc-comments.docx']!.status).toBe('imported');
    expect(byName['vttjs-cycle-collector-talk.vtt']!.status).toBe('imported');
    expect(byName['qualcoder-transcript.txt']!.status).toBe('imported');
    expect(byName['pdfjs-ccitt_EndOfBlock_false.pdf']).toMatchObject({ status: 'failed', errorCode: 'UNREADABLE_FILE' });
    expect(byName['broken.docx']).toMatchObject({ status: 'failed', errorCode: 'UNREADABLE_FILE' });
    expect(byName['notes.odt']).toMatchObject({ status: 'failed', errorCode: 'UNSUPPORTED_FORMAT' });
    const jobEvents = events.filter((e): e is Extract<AppEvent, { type: 'job' }> => e.type === 'job' && e.jobId === 'job-1');
    expect(jobEvents.at(-1)!.state).toBe('finished');
    expect(jobEvents.filter((e) => e.state === 'running').map((e) => e.done)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await call('sources.list', {})).toHaveLength(3);

    const again: { status: string }[] = await call('sources.import', { paths: [join(folder, 'qualcoder-transcript.txt')] });
    expect(again[0]!.status).toBe('duplicate');
    ws.close();
  });

  it('stops at the next file when cancelled, keeps what was stored, and says which files were not imported', async () => {
    const { ws, call } = await workerApp();
    ws.subscribe((e) => {
      if (e.type === 'job' && e.jobId === 'job-cancel' && e.state === 'running' && e.done === 1) ws.jobs.cancel('job-cancel');
    });
    const results: { status: string; errorCode: string | null; sourceId: string | null }[] = await call('sources.import', {
      jobId: 'job-cancel',
      paths: [join(corpus, 'docx'), join(corpus, 'text')],
    });
    const imported = results.filter((r) => r.status === 'imported');
    const cancelled = results.filter((r) => r.errorCode === 'CANCELLED');
    expect(cancelled.length).toBeGreaterThan(0);
    expect(imported.length + cancelled.length + results.filter((r) => r.status === 'failed' && r.errorCode !== 'CANCELLED').length).toBe(results.length);
    const stored: { id: string }[] = await call('sources.list', {});
    expect(stored.map((s) => s.id).sort()).toEqual(imported.map((r) => r.sourceId).sort());
    ws.close();
  });

  it('keeps Word comments as memos on their range, not as text, and speakers as mappable labels', async () => {
    const { ws, call } = await workerApp();
    const [r]: { sourceId: string }[] = await call('sources.import', {
      files: [{ name: 'transcript.txt', data: Buffer.from('Interviewer: Why coaching?\nAmina: Because teachers asked for it.\nInterviewer: Who pays?\nAmina: The county.').toString('base64') }],
    });
    const doc: { speakers: { label: string }[]; blocks: { kind: string; speaker?: string }[] } = await call('sources.get', { id: r!.sourceId });
    expect(doc.speakers.map((s) => s.label)).toEqual(['Interviewer', 'Amina']);
    expect(doc.blocks.filter((b) => b.kind === 'turn').map((b) => b.speaker)).toEqual(['Interviewer', 'Amina', 'Interviewer', 'Amina']);

    const [c]: { sourceId: string }[] = await call('sources.import', { paths: [join(corpus, 'docx/pandoc-comments.docx')] });
    const commented: { text: string; excerpts: { memo: string; start: number; end: number; text: string }[] } = await call('sources.get', { id: c!.sourceId });
    expect(commented.excerpts.length).toBeGreaterThan(0);
    for (const e of commented.excerpts) {
      expect(e.memo).not.toBe('');
      expect(commented.text.slice(e.start, e.end)).toBe(e.text);
      expect(commented.text).not.toContain(e.memo);
    }
    ws.close();
  });

  it('builds the demo lab: sources, mapped speakers, starter codebook and coded excerpts', async () => {
    const { ws, home, call } = await workerApp();
    ws.detach();
    const lab: { name: string } = await call('labs.openDemo', { path: join(home, 'demo.scalinglab') });
    expect(lab.name).toContain('demo');
    const sources: { speakers: string[] }[] = await call('sources.list', {});
    expect(sources).toHaveLength(4);
    const codes: { name: string; excerptCount: number }[] = await call('codes.list', {});
    expect(codes.length).toBeGreaterThanOrEqual(25);
    expect(codes.reduce((n, c) => n + c.excerptCount, 0)).toBeGreaterThanOrEqual(40);
    expect(sources.flatMap((s) => s.speakers)).toContain('GOV-01');
    // The demo is the starting point: undo does not take it apart.
    expect(await call('history.state', {})).toEqual({ undoLabel: null, redoLabel: null });
    ws.close();
  });
});

/** Plain-text transcripts, each different (the importer skips content it has seen), with two speakers each. */
function writeTranscripts(folder: string, count: number, turns = 200): string[] {
  mkdirSync(folder, { recursive: true });
  const words = ['literacy', 'coach', 'county', 'teacher', 'reading', 'camp', 'mentor', 'district', 'assessment', 'budget'];
  return Array.from({ length: count }, (_, i) => {
    const lines = Array.from({ length: turns }, (_, t) => {
      const line = Array.from({ length: 30 }, (_, w) => words[(i * 7 + t * 3 + w) % words.length]).join(' ');
      return `${t % 2 ? 'Interviewer' : 'Respondent'}: ${line} (${i}.${t})`;
    });
    const path = join(folder, `interview-${String(i).padStart(2, '0')}.txt`);
    writeFileSync(path, lines.join('\n\n'));
    return path;
  });
}

type JobEvent = Extract<AppEvent, { type: 'job' }>;
type ChangedEvent = Extract<AppEvent, { type: 'changed' }>;

describe('importing in the job worker', () => {
  it('stores every file from its own connection, with progress, changed events, and calls answered meanwhile', async () => {
    const statements: string[] = [];
    const { ws, home, call } = await workerApp({ jobWorker: true, verbose: (sql) => statements.push(sql) });
    const files = writeTranscripts(join(home, 'incoming'), 24);
    writeFileSync(join(home, 'incoming', 'broken.docx'), 'this is not a zip');
    copyFileSync(join(corpus, 'docx/pandoc-comments.docx'), join(home, 'incoming', 'commented.docx'));
    const events: AppEvent[] = [];
    // What this thread's connection sees when it hears of a change: the files must be there already.
    const storedWhenHeard: number[] = [];
    ws.subscribe((e) => {
      events.push(e);
      if (e.type === 'changed') storedWhenHeard.push(ws.store.db.prepare(`SELECT count(*) FROM source`).pluck().get() as number);
    });
    // Built and cached on this thread's connection before the import: it must not be taken as current after it.
    expect(analysisSnapshot(ws.store).excerptIds).toHaveLength(0);
    const versionBefore = ws.store.version;

    let finished = false;
    const importing = call('sources.import', {
      jobId: 'in-worker',
      paths: [join(home, 'incoming')],
      files: [{ name: 'uploaded.txt', data: Buffer.from('Interviewer: Who pays?\nAmina: The county.').toString('base64') }],
    }).finally(() => (finished = true));
    await new Promise<void>((resolve) => ws.subscribe((e) => e.type === 'job' && e.jobId === 'in-worker' && e.state === 'running' && resolve()));
    // The thread that answers calls is free: a small call is answered while the import goes on.
    const info: { lab: { name: string } } = await call('lab.info', {});
    expect(info.lab.name).toBe('Import lab');
    expect(finished).toBe(false);

    const results: ImportResult[] = await importing;
    // Written from the job worker's connection: none of it went through this thread's.
    expect(statements.filter((sql) => /^INSERT INTO source/i.test(sql))).toEqual([]);
    const byName = Object.fromEntries(results.map((r) => [r.fileName, r]));
    expect(results).toHaveLength(files.length + 3);
    expect(results.filter((r) => r.status === 'imported')).toHaveLength(files.length + 2);
    expect(byName['broken.docx']).toMatchObject({ status: 'failed', errorCode: 'UNREADABLE_FILE' });
    expect(byName['uploaded.txt']!.status).toBe('imported');

    const jobEvents = events.filter((e): e is JobEvent => e.type === 'job' && e.jobId === 'in-worker');
    expect(jobEvents.filter((e) => e.state === 'running').map((e) => e.done)).toEqual(Array.from({ length: results.length }, (_, i) => i + 1));
    expect(jobEvents.at(-1)!.state).toBe('finished');
    // The job worker's commits are announced as the store's own writes would be, once they can be read here.
    const changed = events.filter((e): e is ChangedEvent => e.type === 'changed');
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(files.length + 2);
    expect(new Set(changed.flatMap((e) => e.tables))).toEqual(new Set(['source', 'source_content', 'source_speaker', 'excerpt', 'change_set']));
    expect(storedWhenHeard[0]).toBeGreaterThan(0);
    expect(storedWhenHeard.every((n, i) => i === 0 || n > storedWhenHeard[i - 1]!)).toBe(true);
    expect(storedWhenHeard.at(-1)).toBe(files.length + 2);

    // This thread's connection sees the worker's commits, and what it caches from the lab is rebuilt.
    expect(ws.store.version).not.toBe(versionBefore);
    const sources: { id: string; title: string; speakers: string[] }[] = await call('sources.list', {});
    expect(sources.map((s) => s.id).sort()).toEqual(results.flatMap((r) => (r.sourceId ? [r.sourceId] : [])).sort());
    expect(analysisSnapshot(ws.store).excerptIds.length).toBeGreaterThan(0);
    // Recorded as the coder of this front door, one change set a file.
    const coders = ws.store.db.prepare(`SELECT c.name FROM change_set s JOIN coder c ON c.id = s.coder_id WHERE s.label LIKE 'Import %'`).pluck().all();
    expect(coders).toEqual(Array.from({ length: files.length + 2 }, () => 'Importer'));

    const again: ImportResult[] = await call('sources.import', { paths: [files[0]!] });
    expect(again[0]!.status).toBe('duplicate');
    // A small import is stored from this thread, without waiting for a job worker and its parse pool to start.
    const [one]: ImportResult[] = await call('sources.import', { files: [{ name: 'one.txt', data: Buffer.from('Juma: A small file.').toString('base64') }] });
    expect(one!.status).toBe('imported');
    expect(statements.filter((sql) => /^INSERT INTO source /i.test(sql))).toHaveLength(1);
    ws.close();
  });

  it('stops at the next file when cancelled, keeping what it stored', async () => {
    const { ws, home, call } = await workerApp({ jobWorker: true });
    const files = writeTranscripts(join(home, 'incoming'), 40, 600);
    const events: AppEvent[] = [];
    ws.subscribe((e) => {
      events.push(e);
      if (e.type === 'job' && e.jobId === 'cancel-me' && e.state === 'running' && e.done === 1) ws.jobs.cancel('cancel-me');
    });
    const results: ImportResult[] = await call('sources.import', { jobId: 'cancel-me', paths: files });
    const imported = results.filter((r) => r.status === 'imported');
    const cancelled = results.filter((r) => r.errorCode === 'CANCELLED');
    expect(imported.length).toBeGreaterThanOrEqual(1);
    expect(cancelled.length).toBeGreaterThan(0);
    expect(imported.length + cancelled.length).toBe(files.length);
    const stored: { id: string }[] = await call('sources.list', {});
    expect(stored.map((s) => s.id).sort()).toEqual(imported.map((r) => r.sourceId).sort());
    expect(events.filter((e) => e.type === 'job').at(-1)).toMatchObject({ jobId: 'cancel-me', state: 'cancelled' });
    ws.close();
  });
});
