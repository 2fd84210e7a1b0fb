import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labStateKey } from '../../../src/core/store/backup';
import { CHUNK_BYTES } from '../../../src/core/recordings/attach-recording';
import { MAX_RANGE_BYTES, readRecordingRange } from '../../../src/core/recordings/read-recording-range';
import { sniffMedia } from '../../../src/core/recordings/media-format';
import { appWithLab } from '../../helpers/temp';
import { toneWav } from '../../helpers/tone-wav';

const VTT = `WEBVTT

00:00:00.000 --> 00:00:02.000
<v Amina>We started with the coaches in March.

00:00:02.000 --> 00:00:04.000
<v Peter>How did the head teachers respond?
`;

async function labWithCaptions() {
  const app = await appWithLab();
  const [imported] = await app.call('sources.import', { files: [{ name: 'interview.vtt', data: Buffer.from(VTT).toString('base64') }] });
  return { ...app, sourceId: imported!.sourceId! };
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: { code?: string }) => e.code);

describe('recordings', () => {
  it('attaches a WAV in chunks and reads any byte range back exactly', async () => {
    const app = await labWithCaptions();
    const wav = toneWav(110); // about 3.4 MB: four chunks, the last one short
    const path = join(app.home, 'interview.wav');
    writeFileSync(path, wav);
    const { recording } = await app.call('recordings.attach', { sourceId: app.sourceId, recording: { path } });
    expect(recording).toMatchObject({ sourceId: app.sourceId, fileName: 'interview.wav', mime: 'audio/wav', video: false, byteSize: wav.length, durationMs: 110_000 });
    expect(recording.sha256).toBe(createHash('sha256').update(wav).digest('hex'));
    expect(await app.call('recordings.forSource', { sourceId: app.sourceId })).toEqual(recording);
    const chunks = app.ws.store.db.prepare('SELECT count(*) AS n FROM recording_chunk WHERE recording_id = ?').get(recording.id) as { n: number };
    expect(chunks.n).toBe(Math.ceil(wav.length / CHUNK_BYTES));

    // Across a chunk boundary, to the end, and capped.
    const across = readRecordingRange(app.ws.store, recording.id, CHUNK_BYTES - 10, CHUNK_BYTES + 9);
    expect(across.bytes.equals(wav.subarray(CHUNK_BYTES - 10, CHUNK_BYTES + 10))).toBe(true);
    const tail = readRecordingRange(app.ws.store, recording.id, wav.length - 5);
    expect(tail).toMatchObject({ start: wav.length - 5, end: wav.length - 1, total: wav.length });
    expect(tail.bytes.equals(wav.subarray(-5))).toBe(true);
    const capped = readRecordingRange(app.ws.store, recording.id, 0);
    expect(capped.end).toBe(Math.min(MAX_RANGE_BYTES, wav.length) - 1);
    expect(capped.bytes.equals(wav.subarray(0, capped.end + 1))).toBe(true);
    const viaOp = await app.call('recordings.readRange', { id: recording.id, start: 100, end: 199 });
    expect(Buffer.from(viaOp.data, 'base64').equals(wav.subarray(100, 200))).toBe(true);
    expect(await codeOf(app.call('recordings.readRange', { id: recording.id, start: wav.length }))).toBe('INVALID_INPUT');

    // One recording per source.
    expect(await codeOf(app.call('recordings.attach', { sourceId: app.sourceId, recording: { path } }))).toBe('CONFLICT');
  });

  it('refuses a file whose bytes are not the format its name says, naming the file', async () => {
    const app = await labWithCaptions();
    const fake = { name: 'minutes.mp3', data: Buffer.from('Minutes of the convening, not audio').toString('base64') };
    const err = await app.call('recordings.attach', { sourceId: app.sourceId, recording: { file: fake } }).catch((e: Error & { code: string }) => e);
    expect(err).toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
    expect((err as Error).message).toContain('minutes.mp3');
    const doc = { name: 'notes.docx', data: toneWav(1).toString('base64') };
    expect(await codeOf(app.call('recordings.attach', { sourceId: app.sourceId, recording: { file: doc } }))).toBe('UNSUPPORTED_FORMAT');
    expect(app.ws.store.db.prepare('SELECT count(*) AS n FROM recording').get()).toEqual({ n: 0 });
  });

  it('tells the formats apart by their first bytes', () => {
    const head = (s: string, at = 0) => Buffer.concat([Buffer.alloc(at), Buffer.from(s, 'latin1'), Buffer.alloc(60)]);
    expect(sniffMedia('a.ogg', head('OggS'))).toEqual({ mime: 'audio/ogg', video: false });
    expect(sniffMedia('a.mp3', head('ID3'))).toEqual({ mime: 'audio/mpeg', video: false });
    expect(sniffMedia('a.MP3', Buffer.from([0xff, 0xfb, 0x90, 0x64, ...Buffer.alloc(60)]))).toEqual({ mime: 'audio/mpeg', video: false });
    expect(sniffMedia('a.m4a', head('\0\0\0\x20ftypM4A '))).toEqual({ mime: 'audio/mp4', video: false });
    expect(sniffMedia('a.mp4', head('\0\0\0\x20ftypisom'))).toEqual({ mime: 'video/mp4', video: true });
    expect(sniffMedia('a.webm', Buffer.from([0x1a, 0x45, 0xdf, 0xa3, ...Buffer.alloc(60)]))).toEqual({ mime: 'video/webm', video: true });
    expect(() => sniffMedia('a.ogg', head('ID3'))).toThrow(/a\.ogg: the file is not a \.ogg recording/);
    expect(() => sniffMedia('a.flac', head('fLaC'))).toThrow(/recordings must be/);
  });

  it('cancelled part-way, keeps nothing', async () => {
    const app = await labWithCaptions();
    const path = join(app.home, 'long.wav');
    writeFileSync(path, toneWav(600)); // 19 MB: three commits
    const off = app.ws.subscribe((e) => {
      if (e.type === 'job' && e.jobId === 'attach-1' && e.state === 'running') app.ws.jobs.cancel('attach-1');
    });
    expect(await codeOf(app.call('recordings.attach', { jobId: 'attach-1', sourceId: app.sourceId, recording: { path } }))).toBe('CANCELLED');
    off();
    expect(app.ws.store.db.prepare('SELECT (SELECT count(*) FROM recording) + (SELECT count(*) FROM recording_chunk) AS n').get()).toEqual({ n: 0 });
    expect(await app.call('recordings.forSource', { sourceId: app.sourceId })).toBeNull();
  });

  it('imports captions and their recording as one source; detaching or deleting the source frees the bytes', async () => {
    const app = await appWithLab();
    const wav = toneWav(4);
    const { recording, captions } = await app.call('recordings.attach', {
      recording: { file: { name: 'convening.wav', data: wav.toString('base64') } },
      captions: { file: { name: 'convening.vtt', data: Buffer.from(VTT).toString('base64') } },
    });
    expect(captions).toMatchObject({ status: 'imported', fileName: 'convening.vtt' });
    expect(recording.sourceId).toBe(captions!.sourceId);
    const doc = await app.call('sources.get', { id: recording.sourceId });
    expect(doc.blocks.filter((b) => b.kind === 'turn').map((b) => b.startMs)).toEqual([0, 2000]);

    // Save a Copy carries the recording (the lab is one file); a pseudonymised REFI-QDA export says it does not.
    const copy = join(app.home, 'copy.scalinglab');
    await app.call('labs.saveCopy', { path: copy });
    const copied = new Database(copy, { readonly: true });
    const bytes = Buffer.concat((copied.prepare('SELECT bytes FROM recording_chunk ORDER BY seq').all() as { bytes: Buffer }[]).map((r) => r.bytes));
    copied.close();
    expect(bytes.equals(wav)).toBe(true);
    const refi = await app.call('refi.exportProject', { path: join(app.home, 'lab.qdpx') });
    expect(refi.warnings.join(' ')).toContain('1 recording(s) were left out');

    // Backups skip a lab whose state key has not moved: attaching and detaching must move it.
    const attachedKey = labStateKey(app.ws.store.db);
    expect(await app.call('recordings.detach', { id: recording.id })).toEqual({ detached: true });
    expect(labStateKey(app.ws.store.db)).not.toBe(attachedKey);
    expect(app.ws.store.db.prepare('SELECT count(*) AS n FROM recording_chunk').get()).toEqual({ n: 0 });

    const again = await app.call('recordings.attach', { sourceId: recording.sourceId, recording: { file: { name: 'convening.wav', data: wav.toString('base64') } } });
    await app.call('sources.delete', { ids: [recording.sourceId] });
    expect(app.ws.store.db.prepare('SELECT count(*) AS n FROM recording WHERE id = ?').get(again.recording.id)).toEqual({ n: 0 });
    expect(app.ws.store.db.prepare('SELECT count(*) AS n FROM recording_chunk').get()).toEqual({ n: 0 });
  });
});
