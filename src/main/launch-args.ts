import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface LaunchArgs {
  /** A lab to open once the window is up (`--lab <file>`, as in browser mode). */
  lab?: string;
  /** The data folder (`--home <dir>`, as in browser mode); WORKBENCH_HOME works too. */
  home?: string;
}

/**
 * The options `npm start` shares with browser mode. Chromium adds switches of its own to argv, so
 * unknown options are ignored rather than refused.
 */
export function parseLaunchArgs(argv: string[], defaultApp: boolean): LaunchArgs {
  // `electron .` puts the app folder after the executable; a packaged app has only the executable.
  const { values } = parseArgs({
    args: argv.slice(defaultApp ? 2 : 1),
    options: { lab: { type: 'string' }, home: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? resolve(v) : undefined);
  return { lab: text(values.lab), home: text(values.home) };
}
