import { once } from 'node:events';
import { createWriteStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../core/app/workspace';
import { dispatch } from '../../core/dispatch';
import { silentLogger } from '../../core/log';
import { CHUNK_BYTES } from '../../core/recordings/attach-recording';
import { MAX_RANGE_BYTES, readRecordingRange } from '../../core/recordings/read-recording-range';
import type { Recording } from '../../shared/domain/recording';
import type { ImportResult } from '../../shared/domain/source';
import { startBrowserMode } from './browser-mode-process';
import { percentile, round, timed } from './measure';
import { withFloor } from './raw-read-floor';
import { pcmWavHeader } from './wav-header';
import { BENCH_TEXT_DIR, seededRandom, ZipfWords } from './zipf-text';

const HOUR_MS = 3_600_000;
const SAMPLE_RATE = 16_000;
const TRANSCRIPT_CHARS = 1_000_000;
const SEEKS = 30;

/** An hour of 16 kHz 16-bit mono WAV (about 115 MB): a quiet tone, written a second at a time. */
async function writeHourWav(path: string): Promise<number> {
  const dataBytes = (HOUR_MS / 1000) * SAMPLE_RATE * 2;
  const header = pcmWavHeader(SAMPLE_RATE, dataBytes);
  const second = Buffer.alloc(SAMPLE_RATE * 2);
  for (let i = 0; i < SAMPLE_RATE; i++) second.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 220 * i) / SAMPLE_RATE) * 2000), i * 2);
  const out = createWriteStream(path);
  out.write(header);
  for (let s = 0; s < HOUR_MS / 1000; s++) if (!out.write(second)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return 44 + dataBytes;
}

/** A caption file of an hour with a million characters of speech in it (two voices, a turn every ~1.8 s). */
function writeMillionCharCaptions(path: string): number {
  const random = seededRandom(15);
  const words = new ZipfWords(BENCH_TEXT_DIR, random);
  const turns: string[] = [];
  let chars = 0;
  while (chars < TRANSCRIPT_CHARS) {
    let line = '';
    while (line.length < 480) line += (line ? ' ' : '') + words.word();
    turns.push(`${line}.`);
    chars += line.length + 1;
  }
  const step = HOUR_MS / turns.length;
  const stamp = (ms: number) => new Date(Math.round(ms)).toISOString().slice(11, 23);
  const cues = turns.map((t, i) => `${stamp(i * step)} --> ${stamp((i + 1) * step)}\n<v ${i % 2 ? 'Interviewer' : 'Head teacher'}>${t}\n`);
  writeFileSync(path, `WEBVTT\n\n${cues.join('\n')}`);
  return turns.length;
}

/**
 * Issue 15's "large recordings": an hour of audio attached to a transcript of a million characters. Times attaching
 * it (copy into the lab), opening the source (its text and blocks, and the player's recording), seeking (a media
 * element's range read, through core and through browser mode's /media over HTTP) beside the floor of reading the
 * same chunks with one plain SQLite statement, and coding a passage of that source.
 */
export async function recordingsBench(o: { workDir: string }, say: (line: string) => void) {
  mkdirSync(o.workDir, { recursive: true });
  say('recordings: an hour of WAV and a million-character caption file');
  const wavPath = join(o.workDir, 'hour.wav');
  const vttPath = join(o.workDir, 'hour.vtt');
  const wavBytes = await writeHourWav(wavPath);
  const turns = writeMillionCharCaptions(vttPath);

  const ws = new Workspace({ mode: 'cli', home: join(o.workDir, 'home'), version: 'bench', coderName: 'Bench', logger: silentLogger });
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const r = await dispatch(ws, name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.result as T;
  };
  const labPath = join(o.workDir, 'recordings.scalinglab');
  try {
    await call('labs.create', { path: labPath, profile: { name: 'Recordings bench', startDate: '2026-01-01' } });
    const [imported] = await call<ImportResult[]>('sources.import', { paths: [vttPath] });
    const sourceId = imported!.sourceId!;

    say('recordings: attach');
    const attach = await timed(() => call<{ recording: Recording }>('recordings.attach', { sourceId, recording: { path: wavPath } }));
    const recording = attach.result.recording;

    const openRuns: number[] = [];
    for (let i = 0; i < 5; i++) {
      openRuns.push((await timed(() => Promise.all([call('sources.get', { id: sourceId }), call('recordings.forSource', { sourceId })]))).ms);
    }

    say('recordings: seeks');
    const random = seededRandom(42);
    // A media element seeking asks for "bytes=N-" and gets readRecordingRange's cap.
    const starts = Array.from({ length: SEEKS }, () => Math.floor(random() * (wavBytes - 1)));
    const core: number[] = [];
    const floor: number[] = [];
    const raw = ws.store.db.prepare('SELECT bytes FROM recording_chunk WHERE recording_id = ? AND seq BETWEEN ? AND ?').raw(true);
    for (const [i, start] of starts.entries()) {
      const last = Math.min(start + MAX_RANGE_BYTES, wavBytes) - 1;
      const readFloor = async () => floor.push((await timed(() => raw.all(recording.id, Math.floor(start / CHUNK_BYTES), Math.floor(last / CHUNK_BYTES)))).ms);
      // Whichever reads first finds the pages cold: take turns.
      if (i % 2) await readFloor();
      core.push((await timed(() => readRecordingRange(ws.store, recording.id, start))).ms);
      if (!(i % 2)) await readFloor();
    }
    const coreSeekMs = round(percentile(core, 50), 2);
    const floorMs = round(percentile(floor, 50), 2);

    say('recordings: seeks over HTTP (browser mode)');
    ws.detach(false);
    const server = await startBrowserMode({ workDir: join(o.workDir, 'server'), lab: labPath });
    const http: number[] = [];
    try {
      const { origin, searchParams } = new URL(server.url);
      for (const start of starts) {
        const t = await timed(async () => {
          const res = await fetch(`${origin}/media/${recording.id}?token=${searchParams.get('token')}`, { headers: { range: `bytes=${start}-` } });
          if (res.status !== 206) throw new Error(`/media answered ${res.status}`);
          return (await res.arrayBuffer()).byteLength;
        });
        http.push(t.ms);
      }
    } finally {
      await server.stop();
    }
    await call('labs.open', { path: labPath });

    say('recordings: coding passages of the million-character source');
    const code = await call<{ id: string }>('codes.create', { code: { name: 'Bench code', parentId: null } });
    const coding: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = Math.floor((i + 0.5) * (TRANSCRIPT_CHARS / 21));
      coding.push((await timed(() => call('excerpts.code', { sourceId, start, end: start + 300, codeIds: [code.id] }))).ms);
    }

    return {
      recordingMb: round(wavBytes / 1024 / 1024, 1),
      durationMs: recording.durationMs,
      transcriptTurns: turns,
      labMbAfterAttach: round(statSync(labPath).size / 1024 / 1024, 1),
      attachMs: Math.round(attach.ms),
      attachMbPerSecond: round(wavBytes / 1024 / 1024 / (attach.ms / 1000), 1),
      openSourceMsP50: round(percentile(openRuns, 50)),
      seekReadMb: round(MAX_RANGE_BYTES / 1024 / 1024, 2),
      seekMsP50: withFloor(coreSeekMs, floorMs),
      seekMsP95: round(percentile(core, 95), 2),
      seekOverHttpMsP50: round(percentile(http, 50), 2),
      seekOverHttpMsP95: round(percentile(http, 95), 2),
      codePassageMsP50: round(percentile(coding, 50)),
      codePassageMsP95: round(percentile(coding, 95)),
    };
  } finally {
    ws.close();
  }
}
