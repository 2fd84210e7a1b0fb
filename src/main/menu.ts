import { Menu, shell, type MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { AppState } from '../shared/domain/app';
import type { LabCommands } from './lab-commands';

const isMac = process.platform === 'darwin';

export interface MenuContext {
  state: AppState;
  commands: LabCommands;
  devTools: boolean;
  showAbout(): Promise<void>;
  /** A command that failed unexpectedly (its expected failures show their own message). */
  onError(error: unknown): void;
}

/** On Windows and Linux "&" marks a mnemonic; a lab called "Reading & Maths" must show its "&". */
function literal(label: string): string {
  return isMac ? label : label.replace(/&/g, '&&');
}

/** A click handler for async work: a failure is reported, never left as an unhandled rejection. */
function act(ctx: MenuContext, work: () => Promise<void>): () => void {
  return () => {
    work().catch((e: unknown) => ctx.onError(e));
  };
}

function recentItems(ctx: MenuContext): MenuItemConstructorOptions[] {
  const { state, commands } = ctx;
  if (state.recent.length === 0) return [{ label: 'No Recent Labs', enabled: false }];
  const names = state.recent.map((r) => r.name);
  const items: MenuItemConstructorOptions[] = state.recent.map((r) => ({
    // Two labs may share a name; the file name tells them apart.
    label: literal(names.indexOf(r.name) === names.lastIndexOf(r.name) ? r.name : `${r.name} — ${basename(r.path)}`),
    toolTip: r.path,
    enabled: r.exists,
    click: act(ctx, () => commands.openRecent(r.path)),
  }));
  return [...items, { type: 'separator' }, { label: 'Clear Menu', click: act(ctx, () => commands.clearRecent()) }];
}

function template(ctx: MenuContext): MenuItemConstructorOptions[] {
  const { commands, state } = ctx;
  const hasLab = state.lab !== null;
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Lab…', accelerator: 'CmdOrCtrl+N', click: act(ctx, () => commands.newLab()) },
      { label: 'Open Lab…', accelerator: 'CmdOrCtrl+O', click: act(ctx, () => commands.openLab()) },
      { label: 'Open Recent', submenu: recentItems(ctx) },
      { type: 'separator' },
      { label: 'Save a Copy…', accelerator: 'CmdOrCtrl+Shift+S', enabled: hasLab, click: act(ctx, () => commands.saveCopy()) },
      { label: 'Export Lab Data to Excel…', accelerator: 'CmdOrCtrl+Shift+E', enabled: hasLab, click: () => commands.send('export-xlsx') },
      { label: 'Import REFI-QDA Project…', enabled: hasLab, click: () => commands.send('import-qdpx') },
      { label: 'Export REFI-QDA Project…', enabled: hasLab, click: () => commands.send('export-qdpx') },
      { label: 'Restore from Backup…', enabled: hasLab, click: () => commands.send('restore-backup') },
      { label: 'Save a Copy for Coding…', enabled: hasLab, click: () => commands.send('save-coding-copy') },
      { label: 'Merge a Coder’s Copy…', enabled: hasLab, click: () => commands.send('merge-coding-copy') },
      { label: 'Compare Labs…', click: () => commands.send('compare-labs') },
      { label: 'Close Lab', enabled: hasLab, click: act(ctx, () => commands.closeLab()) },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // Not roles: the renderer decides whether this undoes typing in a field or the last change to the lab.
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => commands.send('undo') },
      { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: () => commands.send('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const, { role: 'delete' } as const] : []),
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      ...(ctx.devTools ? [{ role: 'forceReload' } as const, { role: 'toggleDevTools' } as const] : []),
      { type: 'separator' },
      // Not the zoom roles: the renderer's text size scales the interface and is remembered, one mechanism for both.
      { label: 'Actual Text Size', accelerator: 'CmdOrCtrl+0', click: () => commands.send('text-reset') },
      { label: 'Larger Text', accelerator: 'CmdOrCtrl+Plus', click: () => commands.send('text-larger') },
      { label: 'Smaller Text', accelerator: 'CmdOrCtrl+-', click: () => commands.send('text-smaller') },
      { type: 'separator' },
      {
        // Plain items, not radios: the choice is kept by the renderer, so a tick here could disagree with it.
        label: 'Appearance',
        submenu: [
          { label: 'System', click: () => commands.send('appearance-system') },
          { label: 'Light', click: () => commands.send('appearance-light') },
          { label: 'Dark', click: () => commands.send('appearance-dark') },
        ],
      },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      { label: 'Show Log File', click: () => shell.showItemInFolder(state.logFile) },
      ...(isMac ? [] : [{ type: 'separator' } as const, { label: 'About Scaling Lab Workbench', click: act(ctx, () => ctx.showAbout()) }]),
    ],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    edit,
    view,
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
    help,
  ];
}

/** Rebuilt whole whenever the open lab or the recent list changes: simpler and surer than patching items. */
export function installApplicationMenu(ctx: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(template(ctx)));
}
