import { randomUUID } from 'node:crypto';
import type { Workspace } from '../app/workspace';
import { writeQdc } from '../interop/refi/qdc-export';
import { defaultRefiPath, writeQdpx } from '../interop/refi/qdpx-export';
import { getLab } from '../lab/lab-profile';
import type { Handler } from './handler';

const label = (ws: Workspace, what: string) => `Exporting ${getLab(ws.store).name} as a REFI-QDA ${what}`;

export const refiExportHandlers: { [N in 'refi.exportProject' | 'refi.exportCodebook']: Handler<N> } = {
  'refi.exportProject': (ws, { jobId, path, realNames }) =>
    ws.jobs.run(jobId ?? randomUUID(), label(ws, 'project'), (signal, progress) =>
      writeQdpx(ws, path ?? defaultRefiPath(ws, 'qdpx'), { realNames, signal, progress }),
    ),
  'refi.exportCodebook': (ws, { jobId, path, realNames }) =>
    ws.jobs.run(jobId ?? randomUUID(), label(ws, 'codebook'), (signal, progress) =>
      writeQdc(ws, path ?? defaultRefiPath(ws, 'qdc'), { realNames, signal, progress }),
    ),
};
