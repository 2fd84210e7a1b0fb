import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Logger } from '../core/log';
import type { WorkbenchBridge } from '../shared/contract/client';
import type { WireResult } from '../shared/contract/errors';
import { isAppUrl } from './app-url';
import { IPC } from './ipc-channels';

/**
 * Only our window's main frame, showing the app's own page, may call core: not a subframe, not a page
 * it was somehow navigated to, not a frame that has gone away.
 */
function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  if (!window || window.isDestroyed() || !frame || frame.detached) return false;
  if (event.sender.id !== window.webContents.id) return false;
  if (frame.parent !== null || frame.frameTreeNodeId !== event.sender.mainFrame.frameTreeNodeId) return false;
  return isAppUrl(frame.url);
}

const REFUSED: WireResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This page may not call the workbench.' },
};

/**
 * Binds the contract to IPC: one channel, every operation forwarded to the core process, whose `dispatch`
 * validates the name against the contract table and the input against its schema. The sender is checked
 * here, in main, before anything reaches core. Returns a function that unbinds it.
 */
export function bindContract(core: WorkbenchBridge, log: Logger, mainWindow: () => BrowserWindow | null): () => void {
  ipcMain.handle(IPC.call, (event, name: unknown, input: unknown): Promise<WireResult<unknown>> | WireResult<never> => {
    if (!isTrustedSender(event, mainWindow())) {
      log.warn('ipc refused', { frameTreeNodeId: event.senderFrame?.frameTreeNodeId ?? null });
      return REFUSED;
    }
    if (typeof name !== 'string') {
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'The operation name must be a string.' } };
    }
    return core.call(name, input);
  });
  return () => ipcMain.removeHandler(IPC.call);
}

/** Forwards every core event (and the shell's own menu commands) to the window, when there is one. */
export function forwardEvents(core: WorkbenchBridge, mainWindow: () => BrowserWindow | null): () => void {
  return core.subscribe((event) => {
    const window = mainWindow();
    if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return;
    window.webContents.send(IPC.event, event);
  });
}
