import { BrowserWindow, dialog } from 'electron';
import type { Logger } from '../core/log';
import { DEV_SERVER_URL, PRELOAD_SCRIPT, RENDERER_INDEX } from './app-url';

/** The one window: the renderer, sandboxed, reaching the app only through the preload's `window.workbench`. */
export function createMainWindow(opts: { devTools: boolean; log: Logger }): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Scaling Lab Workbench',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: PRELOAD_SCRIPT,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click would otherwise open links through a path the window-open handler does not see first.
      disableBlinkFeatures: 'Auxclick',
      devTools: opts.devTools,
    },
  });
  // Shown once painted, so a slow laptop does not flash an empty white frame.
  window.once('ready-to-show', () => window.show());
  const loading = DEV_SERVER_URL ? window.loadURL(DEV_SERVER_URL) : window.loadFile(RENDERER_INDEX);
  loading.catch((e: unknown) => {
    opts.log.error('renderer failed to load', { dev: DEV_SERVER_URL !== null, error: e instanceof Error ? e.message : String(e) });
    dialog.showErrorBox('The window could not load', 'Run "npm run build" (or "npm start", which builds when needed) and start again.');
    // A hidden window that will never show would keep the app running unseen.
    if (!window.isDestroyed()) window.destroy();
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    opts.log.error('renderer gone', { reason: details.reason, exitCode: details.exitCode });
  });
  return window;
}

/** Resolves once the page has finished (or failed) loading, so an event sent next reaches a listening renderer. */
export function whenLoaded(window: BrowserWindow): Promise<void> {
  if (!window.webContents.isLoading()) return Promise.resolve();
  return new Promise((resolve) => window.webContents.once('did-stop-loading', () => resolve()));
}

export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
