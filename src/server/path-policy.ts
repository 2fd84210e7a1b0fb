import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import type { Workspace } from '../core/app/workspace';
import type { OpName } from '../shared/contract';
import { LAB_EXTENSION } from '../shared/lab-file-type';

/**
 * Browser mode has no native file dialogs, and anything holding the token (a page, or a leaked URL) could
 * otherwise make the server read or write any file the user can. So a request may name only files the user
 * chose:
 * - a lab to open, check, back up or restore (and the backup): a `.scalinglab` file (what the start screen's "Open a lab file" box takes, as a
 *   dialog's filter would) or a lab on the recent list;
 * - a lab to create or copy to: a new `.scalinglab` file (core never replaces an existing one);
 * - files (sources, sheets) to import or to export to by path: inside a folder the user named when starting the server (the
 *   data folder, `--files DIR`), or, for exports, beside the open lab. The page itself sends the bytes of
 *   files picked in the browser and downloads exports from the data folder, and needs neither.
 */
export interface PathScope {
  /** Folders the user named on the command line (the data folder first). */
  readonly folders: readonly string[];
}

type Input = Record<string, unknown>;
type Rule = (input: Input, ws: Workspace, scope: PathScope) => string | null;

/** The resolved real path, following symlinks as far as the path exists (a file to be created need not). */
function realPath(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) return absolute;
    rest.unshift(basename(existing));
    existing = parent;
  }
  return join(realpathSync(existing), ...rest);
}

function within(folder: string, path: string): boolean {
  if (!existsSync(folder)) return false;
  const root = realpathSync(folder);
  const target = realPath(path);
  return target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Zod trims these before core sees them, so the policy judges the same string. */
function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function isLabFile(path: string): boolean {
  return extname(path).toLowerCase() === LAB_EXTENSION;
}

function isRecent(ws: Workspace, path: string): boolean {
  const target = resolve(path);
  return ws.settings.get().recent.some((r) => resolve(r.path) === target);
}

/** Labs to open, check, back up or restore from: lab files by extension, or labs on the recent list. */
function labsToRead(...fields: string[]): Rule {
  return (input, ws) => {
    for (const field of fields) {
      const path = text(input[field]);
      if (path !== null && !isLabFile(path) && !isRecent(ws, path)) {
        return `${field}: browser mode opens only ${LAB_EXTENSION} files and labs on the recent list`;
      }
    }
    return null;
  };
}
const labToRead = labsToRead('path');

/** Labs compared side by side are read like labs to open: lab files by extension, or labs on the recent list. */
const labListToRead: Rule = (input, ws) => {
  if (!Array.isArray(input.paths)) return null; // the contract refuses it
  const i = input.paths.findIndex((raw) => {
    const path = text(raw);
    return path !== null && !isLabFile(path) && !isRecent(ws, path);
  });
  return i < 0 ? null : `paths.${i}: browser mode compares only ${LAB_EXTENSION} files and labs on the recent list`;
};

const newLabFile: Rule = (input) => {
  const path = text(input.path);
  if (path === null || isLabFile(path)) return null;
  return `path: browser mode writes labs only to ${LAB_EXTENSION} files`;
};

function outsideFolders(paths: unknown[], scope: PathScope): boolean {
  return paths.some((raw) => {
    const path = text(raw);
    return path !== null && !scope.folders.some((f) => within(f, path));
  });
}

const importPaths: Rule = (input, _ws, scope) => {
  if (!Array.isArray(input.paths) || !outsideFolders(input.paths, scope)) return null;
  return 'paths: browser mode imports by path only from the data folder or a folder given with --files; send the file instead';
};

/** A REFI-QDA project or codebook, read by path like a source. */
const refiPath: Rule = (input, _ws, scope) => {
  if (!outsideFolders([input.path], scope)) return null;
  return 'path: browser mode imports by path only from the data folder or a folder given with --files';
};

/** A spreadsheet's rows come back in the preview, so reading one by path is an import. */
const sheetPath: Rule = (input, _ws, scope) => {
  const source = input.source;
  if (source === null || typeof source !== 'object' || !outsideFolders([(source as Input).path], scope)) return null;
  return 'source.path: browser mode reads sheets by path only from the data folder or a folder given with --files; send the file instead';
};

/** A recording, and its captions, read by path like a source. */
const recordingPaths: Rule = (input, _ws, scope) => {
  for (const field of ['recording', 'captions']) {
    const file = input[field];
    if (file === null || typeof file !== 'object' || !outsideFolders([(file as Input).path], scope)) continue;
    return `${field}.path: browser mode reads recordings by path only from the data folder or a folder given with --files; send the file instead`;
  }
  return null;
};

const exportPath: Rule = (input, ws, scope) => {
  const path = text(input.path);
  if (path === null) return null;
  const labFolder = ws.hasLab ? [dirname(ws.store.path)] : [];
  if ([...scope.folders, ...labFolder].some((f) => within(f, path))) return null;
  return 'path: browser mode exports by path only into the data folder, a folder given with --files, or beside the open lab';
};

/**
 * Every operation whose input names a file on this computer, with its rule. `labs.forgetRecent` only drops a
 * line from the recent list. The hardening test checks that every contract input with a path field is here.
 */
export const PATH_RULES: Partial<Record<OpName, Rule | 'no file access'>> = {
  'labs.open': labToRead,
  'labs.check': labToRead,
  'labs.create': newLabFile,
  'labs.openDemo': newLabFile,
  'labs.saveCopy': newLabFile,
  'labs.saveCodingCopy': newLabFile,
  'labs.previewMerge': labToRead,
  'labs.mergeCodingCopy': labToRead,
  'labs.forgetRecent': 'no file access',
  'sources.import': importPaths,
  'recordings.attach': recordingPaths,
  'sheets.preview': sheetPath,
  // Its `file` is bytes the page sent, never a path.
  'transcriptSheets.preview': 'no file access',
  'measures.importSheet': sheetPath,
  'surveys.importSheet': sheetPath,
  'export.docx': exportPath,
  'export.xlsx': exportPath,
  'refi.importProject': refiPath,
  'refi.importCodebook': refiPath,
  'refi.exportProject': exportPath,
  'refi.exportCodebook': exportPath,
  // A lab's backups live beside it and are lab files themselves.
  'backups.list': labToRead,
  'backups.create': labToRead,
  'backups.restore': labsToRead('path', 'backup'),
  'compare.labs': labListToRead,
  'compare.codeExcerpts': labListToRead,
  'compare.exportXlsx': (input, ws, scope) => labListToRead(input, ws, scope) ?? exportPath(input, ws, scope),
};

/** null when the call may go on; otherwise why it is refused (naming the field). */
export function checkPaths(name: string, input: unknown, ws: Workspace, scope: PathScope): string | null {
  // Own keys only: an operation called `constructor` or `__proto__` must not find Object's.
  if (!Object.hasOwn(PATH_RULES, name)) return null;
  const rule = PATH_RULES[name as OpName];
  if (rule === undefined || rule === 'no file access') return null;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return null; // the contract refuses it
  return rule(input as Input, ws, scope);
}
