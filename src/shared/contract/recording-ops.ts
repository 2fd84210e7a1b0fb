import { z } from 'zod';
import { Id, JobId } from '../domain/ids';
import { Recording, RecordingFile } from '../domain/recording';
import { ImportResult } from '../domain/source';
import { op } from './op';

/**
 * Attaches a recording to a source, or, given `captions`, imports the captions as a new source and attaches the
 * recording to it in one go. A job: its bytes are copied into the lab a few megabytes per transaction.
 */
export const attachRecording = op('recordings.attach', {
  input: z
    .object({
      jobId: JobId.optional(),
      sourceId: Id.optional(),
      recording: RecordingFile,
      captions: RecordingFile.optional(),
    })
    .refine((i) => (i.sourceId === undefined) !== (i.captions === undefined), {
      message: 'give either sourceId (attach to that source) or captions (import them as a new source)',
    }),
  result: z.object({ recording: Recording, captions: ImportResult.nullable() }),
  kind: 'mutation',
});

export const recordingOfSource = op('recordings.forSource', {
  input: z.object({ sourceId: Id }),
  result: Recording.nullable(),
  kind: 'query',
  reads: ['recording'],
});

/** Removes a recording and its bytes from the lab for good (the UI asks first; a backup still holds it). */
export const detachRecording = op('recordings.detach', {
  input: z.object({ id: Id }),
  result: z.object({ detached: z.boolean() }),
  kind: 'mutation',
});

/**
 * Bytes `start`..`end` (inclusive) of a recording, for Electron's media scheme, which the main process answers by
 * asking the core process. At most a few megabytes per call: players ask again for the rest.
 */
export const readRecordingRange = op('recordings.readRange', {
  input: z.object({ id: Id, start: z.number().int().min(0), end: z.number().int().min(0).optional() }),
  result: z.object({ start: z.number().int(), end: z.number().int(), total: z.number().int(), mime: z.string(), data: z.base64() }),
  kind: 'query',
  reads: ['recording'],
});
