import { randomUUID } from 'node:crypto';
import { selectExcerptsOfSource } from '../store/queries/excerpt-queries';
import { selectSourceSummaries, selectSourceText, selectSpeakers } from '../store/queries/source-queries';
import { collectFiles } from '../sources/collect-files';
import { fileItem, importSources, type ImportItem } from '../sources/import-sources';
import { deleteSources, mapSpeaker, mustGetSource, updateSource } from '../sources/source-edits';
import type { Handlers } from './handler';

export const sourceHandlers: Handlers<'sources' | 'speakers' | 'jobs'> = {
  'sources.import': async (ws, { jobId, paths, files }) => {
    const store = ws.store;
    const items: ImportItem[] = [
      ...(await collectFiles(paths)).map(fileItem),
      ...files.map((f) => ({ name: f.name, read: async () => new Uint8Array(Buffer.from(f.data, 'base64')) })),
    ];
    const label = items.length === 1 ? `Importing ${items[0]!.name}` : `Importing ${items.length} files`;
    return ws.jobs.run(jobId ?? randomUUID(), label, (signal, progress) =>
      importSources(store, items, ws.parser(), signal, progress, ws.log),
    );
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
  'jobs.cancel': (ws, { jobId }) => ({ cancelled: ws.jobs.cancel(jobId) }),
};
