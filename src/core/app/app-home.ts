import { homedir } from 'node:os';
import { join } from 'node:path';
import { appRoot } from './app-root';

export const APP_DIR_NAME = 'Scaling Lab Workbench';

/**
 * The user's data folder: settings, logs and the default labs folder. WORKBENCH_HOME overrides it (tests,
 * portable installs); Electron passes app.getPath('userData'), which is the same place.
 */
export function defaultAppHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.WORKBENCH_HOME) return env.WORKBENCH_HOME;
  switch (process.platform) {
    case 'win32':
      return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
    default:
      return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
  }
}

export function appPaths(home: string) {
  return {
    home,
    settings: join(home, 'settings.json'),
    labsFolder: join(home, 'labs'),
    logFile: join(home, 'logs', 'workbench.log'),
    electronBinding: join(home, 'native'),
  };
}
export type AppPaths = ReturnType<typeof appPaths>;

/** The app's resources folder (starter codebook, demo material, report templates) beside its package.json. */
export function defaultResourcesDir(): string {
  return join(appRoot(), 'resources');
}
