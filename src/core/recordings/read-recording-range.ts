import { Readable } from 'node:stream';
import { OpError } from '../errors';
import { selectRecording, selectRecordingChunks, type StoredRecording } from '../store/queries/recording-queries';
import type { LabStore } from '../store/lab-store';

/**
 * The most one read returns. A media element asks for "bytes=N-" (everything from N) and plays what arrives; a
 * 206 that ends early makes it ask again from there, so a seek in a 2 GB file reads one megabyte (two chunks at
 * most), not the rest of it. One megabyte is half a minute of 16 kHz WAV and a minute of 128 kbit/s MP3; with 4 MB
 * a seek over browser mode's HTTP took several times longer (the bench's seekOverHttpMs) for no smoother play.
 */
export const MAX_RANGE_BYTES = 1024 * 1024;

export interface RecordingRange {
  bytes: Buffer;
  /** First and last byte returned (inclusive, as HTTP's Content-Range counts them). */
  start: number;
  end: number;
  total: number;
  mime: string;
}

/**
 * Bytes `start`..`end` (inclusive; to the end when omitted) of a recording, at most MAX_RANGE_BYTES of them,
 * read from the chunks that hold them. Browser mode's /media route and Electron's media scheme both serve this.
 * INVALID_INPUT when `start` is past the end (HTTP's 416).
 */
export function readRecordingRange(store: LabStore, id: string, start: number, end?: number): RecordingRange {
  const rec = selectRecording(store, id);
  if (!rec) throw new OpError('NOT_FOUND', 'That recording is no longer in the lab; it may have been detached.');
  if (start >= rec.byteSize) throw new OpError('INVALID_INPUT', `start: byte ${start} is past the end of ${rec.fileName} (${rec.byteSize} bytes)`);
  const last = Math.min(end ?? rec.byteSize - 1, rec.byteSize - 1, start + MAX_RANGE_BYTES - 1);
  if (last < start) throw new OpError('INVALID_INPUT', `end: byte ${last} is before start ${start}`);
  const size = rec.chunkSize;
  const chunks = selectRecordingChunks(store, id, Math.floor(start / size), Math.floor(last / size));
  const parts = chunks.map((c) => {
    const from = Math.max(start - c.seq * size, 0);
    const to = Math.min(last - c.seq * size + 1, c.bytes.length);
    return c.bytes.subarray(from, to);
  });
  const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  if (bytes.length !== last - start + 1) throw new OpError('INTERNAL', `${rec.fileName}: the recording's stored chunks are incomplete`);
  return { bytes, start, end: last, total: rec.byteSize, mime: rec.mime };
}

/**
 * A whole recording as a stream, one stored chunk at a time, so copying a 2 GB recording into a package never
 * holds more than a chunk of it. Read in the caller's transaction, if it has one.
 */
export function recordingStream(store: LabStore, recording: StoredRecording): Readable {
  const chunks = Math.ceil(recording.byteSize / recording.chunkSize);
  return Readable.from(
    (function* () {
      for (let seq = 0; seq < chunks; seq++) {
        const [chunk] = selectRecordingChunks(store, recording.id, seq, seq);
        if (!chunk) throw new OpError('INTERNAL', `${recording.fileName}: the recording's stored chunks are incomplete`);
        yield chunk.bytes;
      }
    })(),
    { objectMode: false },
  );
}
