import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LAB_EXTENSION } from '../shared/lab-file-type';

export interface LaunchArgs {
  /** A lab to open once the window is up: `--lab <file>` (as in browser mode), or a `.scalinglab` file. */
  lab?: string;
  /** The data folder (`--home <dir>`, as in browser mode); WORKBENCH_HOME works too. */
  home?: string;
}

/**
 * The options `npm start` shares with browser mode, and the lab file the system passes when the user opens
 * a `.scalinglab` file with the app (Windows and Linux name it on the command line; macOS sends `open-file`).
 * Chromium adds switches of its own to argv, so unknown options are ignored rather than refused. `cwd` is
 * where relative paths start: a second instance reports its own.
 */
export function parseLaunchArgs(argv: string[], defaultApp: boolean, cwd = process.cwd()): LaunchArgs {
  // `electron .` puts the app folder after the executable; a packaged app has only the executable.
  const { values, positionals } = parseArgs({
    args: argv.slice(defaultApp ? 2 : 1),
    options: { lab: { type: 'string' }, home: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? resolve(cwd, v) : undefined);
  const labFile = positionals.find((p) => extname(p).toLowerCase() === LAB_EXTENSION);
  return { lab: text(values.lab) ?? text(labFile), home: text(values.home) };
}
