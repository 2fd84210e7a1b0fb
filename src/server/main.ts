import { Command, InvalidArgumentError } from 'commander';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultAppHome, appPaths } from '../core/app/app-home';
import { appRoot } from '../core/app/app-root';
import { appVersion } from '../core/app/version';
import { Workspace } from '../core/app/workspace';
import { OpError } from '../core/errors';
import { parseWorkerSpec } from '../core/ingest/parse-worker-spec';
import { jobWorkerSpec } from '../core/jobs/job-worker-spec';
import { createFileLogger } from '../core/log';
import { startServer } from './http-server';

function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return n;
}

const program = new Command('workbench-serve')
  .description('Serve Scaling Lab Workbench to a browser on this computer only (127.0.0.1).')
  .option('--port <n>', 'port to listen on (default: a free one)', parsePort)
  .option('--lab <file>', 'open this lab file on start')
  .option('--home <dir>', 'data folder for settings, logs and labs (default: the user data folder)')
  .option('--static <dir>', 'built renderer to serve (default: out/renderer in the app folder)')
  .option(
    '--files <dir>',
    'a folder the page may import from and export to by path (repeatable; the data folder always is)',
    (dir: string, dirs: string[]) => [...dirs, resolve(dir)],
    [] as string[],
  )
  .action(async (opts: { port?: number; lab?: string; home?: string; static?: string; files: string[] }) => {
    const home = opts.home ? resolve(opts.home) : defaultAppHome();
    const staticDir = opts.static ? resolve(opts.static) : join(appRoot(), 'out', 'renderer');
    if (!existsSync(resolve(staticDir, 'index.html'))) {
      console.error(`The renderer is not built (${staticDir} has no index.html); run "npm run build" first.`);
      process.exit(2);
    }
    const logger = createFileLogger(appPaths(home).logFile);
    const ws = new Workspace({ mode: 'browser', home, version: appVersion(), logger, parseWorker: parseWorkerSpec(), jobWorker: jobWorkerSpec() });
    if (opts.lab) {
      try {
        ws.openFile(opts.lab);
      } catch (e) {
        console.error(e instanceof OpError ? e.message : String(e));
        process.exit(2);
      }
    }
    const server = await startServer(ws, { port: opts.port, staticDir, fileFolders: opts.files });
    logger.info('browser mode started', { port: server.port });
    console.log(`Workbench: ${server.url}`);
    const stop = () => {
      void server.close().then(() => {
        ws.close();
        logger.close();
        process.exit(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

program.parseAsync().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
