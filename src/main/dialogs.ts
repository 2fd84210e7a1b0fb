import {
  app,
  dialog,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { LAB_EXTENSION } from '../shared/lab-file-type';

const LAB_FILTERS = [
  { name: 'Scaling lab', extensions: [LAB_EXTENSION.slice(1)] },
  { name: 'All files', extensions: ['*'] },
];

async function save(window: BrowserWindow, options: SaveDialogOptions): Promise<string | null> {
  const r = await dialog.showSaveDialog(window, options);
  if (r.canceled || !r.filePath) return null;
  // Linux file choosers do not add the filter's extension; the lab file always has it.
  const path = extname(r.filePath).toLowerCase() === LAB_EXTENSION ? r.filePath : `${r.filePath}${LAB_EXTENSION}`;
  if (existsSync(path)) {
    // The workbench never replaces a file (it may be another lab), even when the system dialog offered to.
    dialog.showErrorBox('Choose another name', `A file already exists at\n${path}\n\nThe workbench does not replace existing files.`);
    return null;
  }
  return path;
}

async function open(window: BrowserWindow, options: OpenDialogOptions): Promise<string | null> {
  const r = await dialog.showOpenDialog(window, options);
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

/** Where to create a new lab; the labs folder is made on first use so the dialog can start in it. */
export function askNewLabPath(window: BrowserWindow, labsFolder: string): Promise<string | null> {
  mkdirSync(labsFolder, { recursive: true });
  return save(window, {
    title: 'New Lab',
    buttonLabel: 'Create',
    defaultPath: join(labsFolder, `New lab${LAB_EXTENSION}`),
    filters: LAB_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
}

export function askLabToOpen(window: BrowserWindow, labsFolder: string): Promise<string | null> {
  return open(window, {
    title: 'Open Lab',
    ...(existsSync(labsFolder) ? { defaultPath: labsFolder } : {}),
    filters: LAB_FILTERS,
    properties: ['openFile'],
  });
}

export function askCopyPath(window: BrowserWindow, labPath: string): Promise<string | null> {
  return save(window, {
    title: 'Save a Copy',
    buttonLabel: 'Save Copy',
    defaultPath: join(dirname(labPath), `${basename(labPath, extname(labPath))} copy${LAB_EXTENSION}`),
    filters: LAB_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
}

export function showFailure(title: string, message: string): void {
  dialog.showErrorBox(title, message);
}

export async function showAbout(window: BrowserWindow | null): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'About Scaling Lab Workbench',
    message: 'Scaling Lab Workbench',
    detail: [
      `Version ${app.getVersion()}`,
      `Electron ${process.versions.electron}, Chromium ${process.versions.chrome}, Node ${process.versions.node}`,
    ].join('\n'),
    buttons: ['OK'],
  };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}
