// Sandboxed preload: it may require only 'electron', so everything else here is a type and bundles away.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { WorkbenchBridge } from '../shared/contract/client';
import type { WireResult } from '../shared/contract/errors';
import type { AppEvent } from '../shared/domain/app';
import type { IpcChannels } from '../main/ipc-channels';

const CALL: IpcChannels['call'] = 'workbench:call';
const EVENT: IpcChannels['event'] = 'workbench:event';

/**
 * `window.workbench`: the contract's two verbs and nothing else. The renderer never sees ipcRenderer or
 * the IPC event (whose `sender` is ipcRenderer itself), only results and app events as plain data.
 */
const bridge: WorkbenchBridge = {
  async call(name, input) {
    if (typeof name !== 'string') {
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'The operation name must be a string.' } };
    }
    try {
      return (await ipcRenderer.invoke(CALL, name, input)) as WireResult<unknown>;
    } catch (e) {
      // Main answers every call with a WireResult; a rejection means the input could not be sent
      // (it was not plain data) or the app is shutting down.
      const detail = e instanceof Error ? e.message : String(e);
      return { ok: false, error: { code: 'INVALID_INPUT', message: `The request could not be sent to the app: ${detail}` } };
    }
  },
  subscribe(listener) {
    const forward = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(EVENT, forward);
    return () => {
      ipcRenderer.removeListener(EVENT, forward);
    };
  },
};

contextBridge.exposeInMainWorld('workbench', bridge);
