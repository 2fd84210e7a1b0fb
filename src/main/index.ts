import { app, session, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { APP_DIR_NAME, appPaths, defaultAppHome } from '../core/app/app-home';
import { CoreClient, CoreStartError } from '../core/host/core-client';
import type { CoreConfig } from '../core/host/core-protocol';
import { createFileLogger } from '../core/log';
import { callOp } from '../shared/contract/client';
import { CORE_PROCESS_SCRIPT, DEV_SERVER_URL, JOB_WORKER_SCRIPT, PARSE_WORKER_SCRIPT } from './app-url';
import { forkCore } from './core-fork';
import { showAbout, showFailure } from './dialogs';
import { bindContract, forwardEvents } from './ipc-bridge';
import { labCommands } from './lab-commands';
import { parseLaunchArgs } from './launch-args';
import { installApplicationMenu } from './menu';
import { handleMediaScheme, registerMediaScheme } from './media-protocol';
import { locateSqliteBinding, type SqliteBinding } from './native-binding';
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
registerMediaScheme();

function coreConfig(logFile: string, binding: SqliteBinding): CoreConfig {
  return {
    mode: 'electron',
    home: app.getPath('userData'),
    version: app.getVersion(),
    logFile,
    ...(binding.path ? { sqliteBinding: binding.path } : {}),
    // Core's own default is relative to its source file, which the bundle is not.
    resourcesDir: join(app.getAppPath(), 'resources'),
    ...(existsSync(PARSE_WORKER_SCRIPT) ? { parseWorker: { script: PARSE_WORKER_SCRIPT } } : {}),
    ...(existsSync(JOB_WORKER_SCRIPT) ? { jobWorker: { script: JOB_WORKER_SCRIPT } } : {}),
  };
}

function showStartFailure(e: CoreStartError): void {
  if (e.reason === 'sqlite-binding') {
    showFailure(
      'The database engine could not load',
      'better-sqlite3 was not built for this version of Electron. If you start the workbench with "npm start", ' +
        'delete the .cache/electron-native folder and start it again; otherwise reinstall the app.\n\n' +
        (e.detail.split('\n')[0] ?? e.detail),
    );
  } else {
    showFailure('Scaling Lab Workbench could not start', 'See the log file for details:\n' + appPaths(home).logFile);
  }
}

/**
 * The main process creates the window and the menus and forwards calls; the Workspace and every
 * operation run in the core process (core-process.ts), supervised by the CoreClient, which restarts it
 * and reopens the lab if it dies.
 */
function start(): void {
  const logger = createFileLogger(appPaths(app.getPath('userData')).logFile);
  const binding = locateSqliteBinding(process.env, app.getAppPath());
  let core: CoreClient | null = null;
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
  const onError = (e: unknown) => {
    logger.error('menu command failed', { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    showFailure('Something went wrong', `Unexpected error; see the log file (Help › Show Log File).`);
  };

  // Labs the system asks to open (a .scalinglab file opened with the app) before core is up wait here.
  const requestedLabs: string[] = args.lab ? [args.lab] : [];
  const openLabFile = async (path: string): Promise<void> => {
    if (!core) {
      requestedLabs.push(path);
      return;
    }
    await ensureWindow();
    const r = await callOp(core, 'labs.open', { path });
    if (!r.ok) showFailure('Could not open the lab', r.error.message);
  };

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (window) focusWindow(window);
    const lab = parseLaunchArgs(argv, process.defaultApp === true, workingDirectory).lab;
    if (lab) openLabFile(lab).catch(onError);
  });
  // macOS names the file in an event, which may come before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openLabFile(path).catch(onError);
  });
  app.on('window-all-closed', () => {
    // On macOS the app, and the open lab, stay until the user quits.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !window) openWindow();
  });
  let coreClosed = false;
  app.on('will-quit', (event) => {
    if (core && !coreClosed) {
      // Core closes the lab first (its WAL folded into the file), then the app quits for real.
      event.preventDefault();
      coreClosed = true;
      void core.shutdown().finally(() => app.quit());
      return;
    }
    logger.info('electron quit');
    logger.close();
  });

  app
    .whenReady()
    .then(async () => {
      app.setAboutPanelOptions({ applicationName: 'Scaling Lab Workbench', applicationVersion: app.getVersion() });
      applyContentSecurityPolicy(session.defaultSession);
      denyPermissions(session.defaultSession);
      const client = new CoreClient({
        spawn: () => forkCore(CORE_PROCESS_SCRIPT),
        config: coreConfig(logger.file ?? appPaths(home).logFile, binding),
        log: logger,
      });
      try {
        await client.started;
      } catch (e) {
        if (!(e instanceof CoreStartError)) throw e;
        logger.error('core did not start', { reason: e.reason, binding: binding.source });
        showStartFailure(e);
        logger.close();
        app.exit(1);
        return;
      }
      core = client;

      const commands = labCommands(client, ensureWindow);
      // Rebuilt from app.state whenever the open lab, the recent list or the core process changes; a
      // reply that arrives after a newer request's is dropped.
      let menuRequest = 0;
      const refreshMenu = () => {
        const request = ++menuRequest;
        void callOp(client, 'app.state', {}).then((r) => {
          if (!r.ok) logger.warn('menu state unavailable', { code: r.error.code });
          else if (request === menuRequest) {
            installApplicationMenu({ state: r.result, commands, devTools, showAbout: () => showAbout(mainWindow()), onError });
          }
        });
      };

      bindContract(client, logger, mainWindow);
      handleMediaScheme(client, logger);
      forwardEvents(client, mainWindow);
      client.subscribe((event) => {
        if (event.type === 'lab' || event.type === 'core' || (event.type === 'changed' && event.tables.includes('app'))) refreshMenu();
      });
      refreshMenu();
      openWindow();
      logger.info('electron started', { electron: process.versions.electron, binding: binding.source, dev: devTools });
      for (const path of requestedLabs.splice(0)) await openLabFile(path);
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
