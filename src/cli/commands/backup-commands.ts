import type { Command } from 'commander';
import type { BackupInfo } from '../../shared/domain/backup';
import type { CliContext, GlobalOptions } from '../cli-context';

type Run = (opts: GlobalOptions, body: (ctx: CliContext) => Promise<void>) => Promise<void>;

function row(b: BackupInfo): string {
  const when = b.at.replace('T', ' ').slice(0, 19);
  const holds = b.problem ? `unreadable: ${b.problem}` : `${b.sources ?? 0} sources, ${b.excerpts ?? 0} excerpts`;
  return `${when} UTC  schema ${b.schemaVersion}  ${b.reason.padEnd(16)} ${holds}\n    ${b.path}`;
}

/** `labwb backup`, `labwb backups`, `labwb restore`: the lab's backups folder from the command line. */
export function registerBackupCommands(program: Command, run: Run): void {
  program
    .command('backup')
    .description('Back the lab up now into its backups folder (an older lab is copied as it is, not upgraded); prints the backup’s path.')
    .argument('<lab>', 'the lab file')
    .option('--json', 'print machine-readable JSON')
    .action(async (lab: string, _o: GlobalOptions, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        const made = await ctx.call('backups.create', { path: lab });
        ctx.print(made, () => made.path);
      }),
    );

  program
    .command('backups')
    .description('List the lab’s backups, newest first: date, schema, why it was made, sources and excerpts.')
    .argument('<lab>', 'the lab file')
    .option('--json', 'print machine-readable JSON')
    .action(async (lab: string, _o: GlobalOptions, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        const list = await ctx.call('backups.list', { path: lab });
        ctx.print(list, () => (list.length ? list.map(row).join('\n') : 'No backups yet.'));
      }),
    );

  program
    .command('restore')
    .description('Replace LAB with BACKUP, after backing up LAB as it is now; refuses a backup that is not a lab or fails the integrity check.')
    .argument('<backup>', 'the backup file to restore')
    .argument('<lab>', 'the lab file to restore over')
    .option('--json', 'print machine-readable JSON')
    .action(async (backup: string, lab: string, _o: GlobalOptions, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        const r = await ctx.call('backups.restore', { backup, path: lab });
        ctx.print(r, () =>
          [`Restored ${r.restored} from ${backup}.`, r.safetyCopy ? `The lab as it was is kept in ${r.safetyCopy}.` : ''].filter(Boolean).join('\n'),
        );
      }),
    );
}
