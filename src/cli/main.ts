import { Command, CommanderError } from 'commander';
import { appPaths, defaultAppHome } from '../core/app/app-home';
import { appVersion } from '../core/app/version';
import { CliContext, CliFailure, type GlobalOptions } from './cli-context';
import { registerAnalysisCommands } from './commands/analysis-commands';
import { registerAssistantCommands } from './commands/assistant-commands';
import { registerBackupCommands } from './commands/backup-commands';
import { registerBenchCommand } from './commands/bench-command';
import { registerCoderCopyCommands } from './commands/coder-copy-commands';
import { registerCodingCommands } from './commands/coding-commands';
import { registerCompareCommands } from './commands/compare-commands';
import { registerExportCommands } from './commands/export-commands';
import { registerLabCommands } from './commands/lab-commands';
import { registerRecordingCommands } from './commands/recording-commands';
import { registerTrackingCommands } from './commands/tracking-commands';

/** Exit codes: 0 done, 1 the operation failed (or the lab is damaged), 2 the command line was wrong. */
async function run(opts: GlobalOptions, body: (ctx: CliContext) => Promise<void>): Promise<void> {
  const ctx = new CliContext(opts);
  try {
    await body(ctx);
  } catch (e) {
    if (!(e instanceof CliFailure)) throw e;
    if (opts.json) console.log(JSON.stringify({ ok: false, error: { code: e.code, message: e.message } }, null, 2));
    else console.error(`labwb: ${e.message}`);
    process.exitCode = 1;
  } finally {
    ctx.close();
  }
}

const program = new Command('labwb')
  .description('Scaling Lab Workbench on the command line: the same operations as the app, headless.')
  .version(appVersion())
  .option('--home <dir>', 'data folder for settings and logs (default: the user data folder)')
  .option('--coder <name>', 'who is making these changes (default: the app’s coder, else the login name)')
  .option('--log-file', 'print where the log file is, and exit')
  .showHelpAfterError('(run labwb --help for the commands)')
  .exitOverride();

registerLabCommands(program, run);
registerCodingCommands(program, run);
registerRecordingCommands(program, run);
registerAnalysisCommands(program, run);
registerTrackingCommands(program, run);
registerExportCommands(program, run);
registerBackupCommands(program, run);
registerCoderCopyCommands(program, run);
registerCompareCommands(program, run);
registerAssistantCommands(program, run);
registerBenchCommand(program);

try {
  const argv = process.argv.slice(2);
  // --log-file is a question about the app, not a verb: answer it before commander looks for one.
  if (argv.includes('--log-file')) {
    const i = argv.indexOf('--home');
    console.log(appPaths(i >= 0 && argv[i + 1] ? argv[i + 1]! : defaultAppHome()).logFile);
  } else {
    await program.parseAsync(process.argv);
  }
} catch (e) {
  if (e instanceof CommanderError) {
    // Help and version are "errors" to commander; a usage mistake exits 2.
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else {
    console.error(`labwb: unexpected error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
