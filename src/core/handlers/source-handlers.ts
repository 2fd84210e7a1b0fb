import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { selectExcerptsOfSource } from '../store/queries/excerpt-queries';
import { selectSourceSummaries, selectSourceText, selectSpeakers } from '../store/queries/source-queries';
import { collectFiles } from '../sources/collect-files';
import { importFiles } from '../sources/import-job';
import type { ImportFile } from '../sources/import-sources';
import { speakerPseudonyms } from '../export/speaker-pseudonyms';
import { deleteSources, mapSpeaker, mustGetSource, setSpeakerPublic, updateSource } from '../sources/source-edits';
import type { Handlers } from './handler';
import { importEnvOf } from './import-env';

const nameOf = (f: ImportFile) => ('path' in f ? basename(f.path) : f.name);

export const sourceHandlers: Handlers<'sources' | 'speakers' | 'jobs'> = {
  'sources.import': async (ws, { jobId, paths, files, transcriptSheet }) => {
    // Taken before the awaits: a lab opened meanwhile gets none of this import's changes.
    const env = importEnvOf(ws);
    // The call's sheet options travel with each file to the parse worker that reads it.
    const options = transcriptSheet ? { transcriptSheet } : {};
    const list: ImportFile[] = [...(await collectFiles(paths)).map((path) => ({ path, ...options })), ...files.map((f) => ({ ...f, ...options }))];
    const label = list.length === 1 ? `Importing ${nameOf(list[0]!)}` : `Importing ${list.length} files`;
    return ws.jobs.run(jobId ?? randomUUID(), label, (signal, progress) => importFiles(env, list, signal, progress));
  },
  'sources.list': (ws) => selectSourceSummaries(ws.store),
  'sources.get': (ws, { id }) => {
    const source = mustGetSource(ws.store, id);
    const { text, blocks } = selectSourceText(ws.store, id)!;
    return { source, text, blocks, speakers: selectSpeakers(ws.store, id), excerpts: selectExcerptsOfSource(ws.store, id) };
  },
  'sources.update': (ws, { id, patch }) => updateSource(ws.store, id, patch),
  'sources.delete': (ws, { ids }) => deleteSources(ws.store, ids),
  'speakers.list': (ws, { sourceId }) => selectSpeakers(ws.store, sourceId),
  'speakers.map': (ws, input) => mapSpeaker(ws.store, input),
  'speakers.setPublic': (ws, input) => setSpeakerPublic(ws.store, input),
  'speakers.standIns': (ws) => {
    const { standIns, publicLabels } = speakerPseudonyms(ws.store);
    return { standIns: [...standIns], publicLabels: [...publicLabels] };
  },
  'jobs.cancel': (ws, { jobId }) => ({ cancelled: ws.jobs.cancel(jobId) }),
};
