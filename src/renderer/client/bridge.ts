import type { WorkbenchBridge } from '../../shared/contract/client';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode, where the HTTP bridge takes its place. */
    workbench?: WorkbenchBridge;
  }
}

/** The only place the renderer reaches the app. */
export const bridge: WorkbenchBridge = window.workbench ?? createHttpBridge(window.location, window.sessionStorage);
export const isElectron = window.workbench !== undefined;
