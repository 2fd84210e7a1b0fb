import type { z } from 'zod';
import * as agreement from './agreement-ops';
import * as app from './app-ops';
import * as assistant from './assistant-ops';
import * as backups from './backup-ops';
import * as coderCopy from './coder-copy-ops';
import * as coding from './coding-ops';
import * as compare from './compare-ops';
import * as evidence from './evidence-ops';
import * as history from './history-ops';
import * as memos from './memo-ops';
import * as lab from './lab-ops';
import type { OpDef } from './op';
import * as people from './people-ops';
import * as refiExport from './refi-export-ops';
import * as recordings from './recording-ops';
import * as refiImport from './refi-import-ops';
import * as reports from './report-ops';
import * as sources from './source-ops';
import * as tracking from './tracking-ops';
import * as transcriptSheets from './transcript-sheet-ops';
import * as transcripts from './transcript-ops';

function table<const T extends readonly OpDef[]>(defs: T): { [D in T[number] as D['name']]: D } {
  const out: Record<string, OpDef> = {};
  for (const d of defs) {
    if (out[d.name]) throw new Error(`operation ${d.name} declared twice`);
    out[d.name] = d;
  }
  return out as { [D in T[number] as D['name']]: D };
}

/** Every operation of the app, declared once: IPC, the browser-mode server and the CLI all dispatch from here. */
export const operations = table([
  ...Object.values(app),
  ...Object.values(lab),
  ...Object.values(people),
  ...Object.values(history),
  ...Object.values(sources),
  ...Object.values(coding),
  ...Object.values(evidence),
  ...Object.values(memos),
  ...Object.values(tracking),
  ...Object.values(reports),
  ...Object.values(refiExport),
  ...Object.values(refiImport),
  ...Object.values(backups),
  ...Object.values(agreement),
  ...Object.values(coderCopy),
  ...Object.values(compare),
  ...Object.values(assistant),
  ...Object.values(transcriptSheets),
  ...Object.values(transcripts),
  ...Object.values(recordings),
]);

export type Operations = typeof operations;
export type OpName = keyof Operations;
export type OpInput<N extends OpName> = z.input<Operations[N]['input']>;
export type OpParsedInput<N extends OpName> = z.output<Operations[N]['input']>;
export type OpResult<N extends OpName> = z.output<Operations[N]['result']>;

export function isOpName(name: string): name is OpName {
  return Object.prototype.hasOwnProperty.call(operations, name);
}

export { op, type OpDef, type Table } from './op';
export * from './errors';
