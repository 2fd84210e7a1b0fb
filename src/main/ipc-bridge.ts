import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Workspace } from '../core/app/workspace';
import { dispatch } from '../core/dispatch';
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
 * Binds the contract to IPC: one channel, every operation through `dispatch`, which validates the name
 * against the contract table and the input against its schema. Returns a function that unbinds it.
 */
export function bindContract(ws: Workspace, mainWindow: () => BrowserWindow | null): () => void {
  ipcMain.handle(IPC.call, (event, name: unknown, input: unknown): Promise<WireResult<unknown>> | WireResult<never> => {
    if (!isTrustedSender(event, mainWindow())) {
      ws.log.warn('ipc refused', { frameTreeNodeId: event.senderFrame?.frameTreeNodeId ?? null });
      return REFUSED;
    }
    if (typeof name !== 'string') {
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'The operation name must be a string.' } };
    }
    return dispatch(ws, name, input);
  });
  return () => ipcMain.removeHandler(IPC.call);
}

/** Forwards every workspace event to the window, when there is one to receive it. */
export function forwardEvents(ws: Workspace, mainWindow: () => BrowserWindow | null): () => void {
  return ws.subscribe((event) => {
    const window = mainWindow();
    if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return;
    window.webContents.send(IPC.event, event);
  });
}
