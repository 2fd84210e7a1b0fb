import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { OpInput, OpName, OpResult } from '../shared/contract';
import { appPaths, defaultAppHome } from '../core/app/app-home';
import { appVersion } from '../core/app/version';
import { SettingsFile } from '../core/app/settings';
import { Workspace } from '../core/app/workspace';
import { dispatch } from '../core/dispatch';
import { parseWorkerSpec } from '../core/ingest/parse-worker-spec';
import { createFileLogger } from '../core/log';

export interface GlobalOptions {
  json?: boolean;
  home?: string;
  coder?: string;
}

/** A failed operation: printed as its message (or as JSON), exit code 1. */
export class CliFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** One CLI run: a workspace that dispatches through the same contract table as the app and the server. */
export class CliContext {
  readonly ws: Workspace;

  constructor(readonly opts: GlobalOptions) {
    const home = opts.home ? resolve(opts.home) : defaultAppHome();
    const paths = appPaths(home);
    // Changes made from a script are still stamped with a person: --coder, the app's coder, or the login name.
    const coderName =
      opts.coder ?? new SettingsFile(paths.settings).get().coderName ?? userInfo().username;
    this.ws = new Workspace({
      mode: 'cli',
      home,
      version: appVersion(),
      logger: createFileLogger(paths.logFile),
      parseWorker: parseWorkerSpec(),
      ...(coderName ? { coderName } : {}),
    });
  }

  async call<N extends OpName>(name: N, input: OpInput<N>): Promise<OpResult<N>> {
    const r = await dispatch(this.ws, name, input);
    if (!r.ok) throw new CliFailure(r.error.code, r.error.message);
    return r.result as OpResult<N>;
  }

  /** Prints either the JSON value or the human text. */
  print(value: unknown, human: () => string): void {
    console.log(this.opts.json ? JSON.stringify(value, null, 2) : human());
  }

  close(): void {
    this.ws.close();
    this.ws.log.close();
  }
}
