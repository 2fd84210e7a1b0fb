import { app, session, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { APP_DIR_NAME, appPaths, defaultAppHome } from '../core/app/app-home';
import { Workspace } from '../core/app/workspace';
import { dispatch } from '../core/dispatch';
import { createFileLogger } from '../core/log';
import { DEV_SERVER_URL, PARSE_WORKER_SCRIPT } from './app-url';
import { showAbout, showFailure } from './dialogs';
import { bindContract, forwardEvents } from './ipc-bridge';
import { labCommands } from './lab-commands';
import { parseLaunchArgs } from './launch-args';
import { installApplicationMenu } from './menu';
import { locateSqliteBinding, sqliteBindingProblem } from './native-binding';
import { applyContentSecurityPolicy, denyPermissions, hardenWebContents } from './security';
import { createMainWindow, focusWindow, whenLoaded } from './windows';

const args = parseLaunchArgs(process.argv, process.defaultApp === true);
const devTools = DEV_SERVER_URL !== null;

// Before anything reads them: the same data folder as browser mode and the CLI (settings, logs, labs),
// with Chromium's caches kept in a subfolder of it rather than strewn beside settings.json.
const home = args.home ?? defaultAppHome();
app.setName(APP_DIR_NAME);
app.setPath('userData', home);
app.setPath('sessionData', join(home, 'chromium'));
app.enableSandbox();

function start(): void {
  const logger = createFileLogger(appPaths(app.getPath('userData')).logFile);
  const binding = locateSqliteBinding(process.env, app.getAppPath());
  const problem = sqliteBindingProblem(binding);
  if (problem) {
    logger.error('sqlite binding did not load', { source: binding.source, error: problem });
    showFailure(
      'The database engine could not load',
      'better-sqlite3 was not built for this version of Electron. If you start the workbench with "npm start", ' +
        'delete the .cache/electron-native folder and start it again; otherwise reinstall the app.\n\n' +
        (problem.split('\n')[0] ?? problem),
    );
    logger.close();
    app.exit(1);
    return;
  }

  const ws = new Workspace({
    mode: 'electron',
    home: app.getPath('userData'),
    version: app.getVersion(),
    logger,
    store: binding.path ? { nativeBinding: binding.path } : {},
    // Core's own default is relative to its source file, which the main bundle is not.
    resourcesDir: join(app.getAppPath(), 'resources'),
    ...(existsSync(PARSE_WORKER_SCRIPT) ? { parseWorker: { script: PARSE_WORKER_SCRIPT } } : {}),
  });
  let window: BrowserWindow | null = null;
  const mainWindow = () => window;
  const openWindow = (): BrowserWindow => {
    const created = createMainWindow({ devTools, log: logger });
    window = created;
    created.on('closed', () => {
      if (window === created) window = null;
    });
    return created;
  };
  const ensureWindow = async (): Promise<BrowserWindow> => {
    const current = window ?? openWindow();
    await whenLoaded(current);
    return current;
  };
  const commands = labCommands(ws, ensureWindow);
  const onError = (e: unknown) => {
    logger.error('menu command failed', { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    showFailure('Something went wrong', `Unexpected error; see the log file (Help › Show Log File).`);
  };
  const refreshMenu = () =>
    installApplicationMenu({ state: ws.state(), commands, devTools, showAbout: () => showAbout(mainWindow()), onError });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => {
    if (window) focusWindow(window);
  });
  app.on('window-all-closed', () => {
    // On macOS the app, and the open lab, stay until the user quits.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !window) openWindow();
  });
  app.on('will-quit', () => {
    logger.info('electron quit');
    ws.close();
    logger.close();
  });

  app
    .whenReady()
    .then(async () => {
      app.setAboutPanelOptions({ applicationName: 'Scaling Lab Workbench', applicationVersion: app.getVersion() });
      applyContentSecurityPolicy(session.defaultSession);
      denyPermissions(session.defaultSession);
      bindContract(ws, mainWindow);
      forwardEvents(ws, mainWindow);
      ws.subscribe((event) => {
        if (event.type === 'lab' || (event.type === 'changed' && event.tables.includes('app'))) refreshMenu();
      });
      refreshMenu();
      openWindow();
      logger.info('electron started', { electron: process.versions.electron, binding: binding.source, dev: devTools });
      if (args.lab) {
        const r = await dispatch(ws, 'labs.open', { path: args.lab });
        if (!r.ok) showFailure('Could not open the lab', r.error.message);
      }
    })
    .catch((e: unknown) => {
      logger.error('electron start failed', { error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
      showFailure('Scaling Lab Workbench could not start', 'See the log file for details:\n' + appPaths(home).logFile);
      app.exit(1);
    });
}

// One process per data folder: two would race on settings.json and the recent-labs list.
if (app.requestSingleInstanceLock()) start();
else app.quit();
