import type { Command } from 'commander';
import type { LabProfileInput } from '../../shared/domain/lab';
import type { CliContext, GlobalOptions } from '../cli-context';

type Run = (opts: GlobalOptions, body: (ctx: CliContext) => Promise<void>) => Promise<void>;

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** `labwb new`, `labwb info`, `labwb check`: the foundation's verbs. */
export function registerLabCommands(program: Command, run: Run): void {
  program
    .command('new')
    .description('Create a new lab file with the generic timeline (research & planning, 4 iterations, final phase).')
    .argument('<file>', 'the lab file to create (suggested extension .scalinglab)')
    .requiredOption('--name <name>', "the lab's name")
    .option('--start <YYYY-MM-DD>', 'start date of research & planning (default: today)')
    .option('--country <country>', 'country')
    .option('--city <city>', 'city')
    .option('--partner <name>', 'local partner')
    .option('--initiative <name>', 'an initiative being scaled (repeatable)', collect)
    .option('--json', 'print machine-readable JSON')
    .action(async (file: string, o: { name: string; start?: string; country?: string; city?: string; partner?: string; initiative?: string[] } & GlobalOptions, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        const profile: LabProfileInput = {
          name: o.name,
          startDate: o.start ?? new Date().toISOString().slice(0, 10),
          country: o.country,
          city: o.city,
          localPartner: o.partner,
          initiatives: o.initiative,
        };
        const lab = await ctx.call('labs.create', { path: file, profile });
        ctx.print(lab, () => `Created lab “${lab.name}” at ${lab.path} (schema ${lab.schemaVersion}).`);
      }),
    );

  program
    .command('info')
    .description('Show a lab: its profile, counts of everything, schema version.')
    .argument('<file>', 'the lab file')
    .option('--json', 'print machine-readable JSON')
    .action(async (file: string, _o: GlobalOptions, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        await ctx.call('labs.open', { path: file });
        const info = await ctx.call('lab.info', {});
        ctx.print(info, () =>
          [
            `Lab:            ${info.lab.name}`,
            `File:           ${info.path} (${info.bytes.toLocaleString('en')} bytes)`,
            `Schema version: ${info.schemaVersion}`,
            `Started:        ${info.lab.startDate}`,
            ...Object.entries(info.counts).map(([k, v]) => `${`${k}:`.padEnd(16)}${v}`),
          ].join('\n'),
        );
      }),
    );

  program
    .command('check')
    .description(
      'Check a lab file for damage without changing it (an older lab is not upgraded); exits non-zero when it is damaged or not a lab.',
    )
    .argument('<file>', 'the lab file')
    .option('--json', 'print machine-readable JSON')
    .action(async (file: string, _o: GlobalOptions, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        const report = await ctx.call('labs.check', { path: file });
        ctx.print(report, () =>
          [
            report.ok ? `OK: ${report.path} (schema ${report.schemaVersion})` : `DAMAGED: ${report.path}`,
            ...report.problems.map((p) => `  - ${p}`),
            ...report.notes.map((n) => `  Note: ${n}`),
          ].join('\n'),
        );
        if (!report.ok) process.exitCode = 1;
      }),
    );
}
