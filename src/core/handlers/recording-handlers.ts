import { randomUUID } from 'node:crypto';
import { ErrorCode } from '../../shared/contract/errors';
import type { RecordingFile } from '../../shared/domain/recording';
import type { Workspace } from '../app/workspace';
import { OpError } from '../errors';
import { attachRecording, detachRecording, type RecordingInput } from '../recordings/attach-recording';
import { readRecordingRange } from '../recordings/read-recording-range';
import { importFiles } from '../sources/import-job';
import { selectRecordingOfSource } from '../store/queries/recording-queries';
import type { Handlers } from './handler';
import { importEnvOf } from './import-env';

const recordingInput = (f: RecordingFile): RecordingInput =>
  'path' in f ? { path: f.path } : { name: f.file.name, bytes: Buffer.from(f.file.data, 'base64') };

/** The captions of "recording with its captions", imported as any source is (a one-file import job). */
async function importCaptions(ws: Workspace, captions: RecordingFile, signal: AbortSignal) {
  const env = importEnvOf(ws);
  const file = 'path' in captions ? { path: captions.path } : { name: captions.file.name, data: captions.file.data };
  const [result] = await importFiles(env, [file], signal, () => {});
  if (!result?.sourceId) throw new OpError(ErrorCode.safeParse(result?.errorCode).data ?? 'UNREADABLE_FILE', result?.message ?? 'The captions could not be imported.');
  return result;
}

export const recordingHandlers: Handlers<'recordings'> = {
  'recordings.attach': async (ws, { jobId, sourceId, recording, captions }) => {
    const store = ws.store;
    const input = recordingInput(recording);
    const label = `Attaching ${'path' in input ? 'a recording' : input.name}`;
    return ws.jobs.run(jobId ?? randomUUID(), label, async (signal, progress) => {
      const imported = captions ? await importCaptions(ws, captions, signal) : null;
      const target = sourceId ?? imported!.sourceId!;
      const stored = await attachRecording(store, target, input, { coderName: ws.coderName, signal, progress });
      if (ws.hasLab && ws.store === store) ws.emit({ type: 'changed', tables: ['recording'] });
      ws.log.info('recording attached', { recordingId: stored.id, sourceId: target, bytes: stored.byteSize });
      const { chunkSize: _chunkSize, ...result } = stored;
      return { recording: result, captions: imported };
    });
  },
  'recordings.forSource': (ws, { sourceId }) => {
    const found = selectRecordingOfSource(ws.store, sourceId);
    if (!found) return null;
    const { chunkSize: _chunkSize, ...result } = found;
    return result;
  },
  'recordings.detach': (ws, { id }) => {
    const detached = detachRecording(ws.store, id);
    if (detached) ws.emit({ type: 'changed', tables: ['recording'] });
    return { detached };
  },
  'recordings.readRange': (ws, { id, start, end }) => {
    const r = readRecordingRange(ws.store, id, start, end);
    return { start: r.start, end: r.end, total: r.total, mime: r.mime, data: r.bytes.toString('base64') };
  },
};
