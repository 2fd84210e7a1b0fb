import type { BrowserWindow } from 'electron';
import type { CoreClient } from '../core/host/core-client';
import { callOp } from '../shared/contract/client';
import type { OpInput, OpName, OpResult } from '../shared/contract';
import { askCopyPath, askLabToOpen, askNewLabPath, showFailure } from './dialogs';

/** Commands the renderer carries out itself (it knows whether a text field or the app should undo). */
export type RendererCommand = 'new-lab' | 'undo' | 'redo' | 'export-xlsx' | 'export-qdpx' | 'import-qdpx' | 'restore-backup' | 'save-coding-copy' | 'merge-coding-copy'
  | 'compare-labs' | 'text-larger' | 'text-smaller' | 'text-reset' | 'appearance-system' | 'appearance-light' | 'appearance-dark';

export interface LabCommands {
  newLab(): Promise<void>;
  openLab(): Promise<void>;
  openRecent(path: string): Promise<void>;
  clearRecent(): Promise<void>;
  saveCopy(): Promise<void>;
  closeLab(): Promise<void>;
  send(command: RendererCommand, arg?: string): void;
}

/**
 * The File menu's work: a native dialog, then the same contract operation the renderer would call, sent
 * to the core process, so the menu and the UI cannot drift apart. Failures are shown with the operation's
 * own message. `window` brings the window back first where it was closed (macOS keeps the app running
 * without one).
 */
export function labCommands(core: CoreClient, window: () => Promise<BrowserWindow>): LabCommands {
  async function run<N extends OpName>(title: string, name: N, input: OpInput<N>): Promise<OpResult<N> | null> {
    const r = await callOp(core, name, input);
    if (!r.ok) showFailure(title, r.error.message);
    return r.ok ? r.result : null;
  }
  const appState = () => run('The workbench is not answering', 'app.state', {});
  // Straight to the window from here: a menu command is not core's business.
  const send = (command: RendererCommand, arg?: string) =>
    core.emit(arg === undefined ? { type: 'command', command } : { type: 'command', command, arg });

  return {
    send,
    async newLab() {
      const state = await appState();
      const path = state && (await askNewLabPath(await window(), state.labsFolder));
      // The renderer asks for the lab's profile, then calls labs.create with this path.
      if (path) send('new-lab', path);
    },
    async openLab() {
      const state = await appState();
      const path = state && (await askLabToOpen(await window(), state.labsFolder));
      if (path) await run('Could not open the lab', 'labs.open', { path });
    },
    async openRecent(path) {
      await window();
      await run('Could not open the lab', 'labs.open', { path });
    },
    async clearRecent() {
      const state = await appState();
      for (const r of state?.recent ?? []) {
        if (!(await run('Could not clear the list', 'labs.forgetRecent', { path: r.path }))) break;
      }
      core.emit({ type: 'changed', tables: ['app'] });
    },
    async saveCopy() {
      const lab = (await appState())?.lab;
      if (!lab) return;
      const path = await askCopyPath(await window(), lab.path);
      if (path) await run('Could not save a copy', 'labs.saveCopy', { path });
    },
    async closeLab() {
      await run('Could not close the lab', 'labs.close', {});
    },
  };
}
