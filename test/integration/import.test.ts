import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/core/app/workspace';
import { dispatch } from '../../src/core/dispatch';
import { sourceTreeParseWorker } from '../../src/core/ingest/parse-worker-spec';
import type { AppEvent } from '../../src/shared/domain/app';
import { tempDir } from '../helpers/temp';

const corpus = join(__dirname, '../fixtures/corpus');

async function workerApp() {
  const home = tempDir('labwb-import-');
  const ws = new Workspace({ mode: 'cli', home, version: 'test', coderName: 'Importer', parseWorker: sourceTreeParseWorker() });
  const call = async (name: string, input: unknown) => {
    const r = await dispatch(ws, name, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.result as never;
  };
  await call('labs.create', { path: join(home, 'lab.scalinglab'), profile: { name: 'Import lab', startDate: '2026-01-01' } });
  return { ws, home, call };
}

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
