import { type Command, InvalidArgumentError } from 'commander';
import type { Axis, CrossTable } from '../../shared/domain/evidence';
import { CliFailure, type CliContext, type GlobalOptions } from '../cli-context';

type Run = (opts: GlobalOptions, body: (ctx: CliContext) => Promise<void>) => Promise<void>;

const SIMPLE_AXES = ['phase', 'convening', 'sourceKind', 'timePoint', 'code', 'topCode', 'sector', 'role', 'speakerLevel', 'group', 'participant', 'organisation'] as const;
// "level" is the evidence dimension (individual, organisational, system); the speaker's level is speakerLevel.
const ALIASES: Record<string, string> = { codes: 'code', sectors: 'sector', phases: 'phase', participants: 'participant', cases: 'participant', kind: 'sourceKind', timepoint: 'timePoint', 'time-point': 'timePoint' };

/** "sector", "codes", "type" (an evidence dimension's key), "attr:county". */
async function resolveAxis(ctx: CliContext, name: string): Promise<Axis> {
  const n = ALIASES[name] ?? name;
  if (n === 'speakerLevel') return { kind: 'level' };
  if ((SIMPLE_AXES as readonly string[]).includes(n)) return { kind: n } as Axis;
  if (n.startsWith('attr:')) return { kind: 'attribute', name: n.slice(5) };
  const dims = await ctx.call('evidence.dimensions', {});
  const dim = dims.find((d) => d.key === n || d.label.toLowerCase() === n.toLowerCase());
  if (dim) return { kind: 'dimension', dimensionId: dim.id };
  throw new CliFailure('INVALID_INPUT', `“${name}” is not something to count by: use ${[...SIMPLE_AXES, ...dims.map((d) => d.key), 'attr:NAME'].join(', ')}`);
}

/** A plain-text table: row labels, one column per key, totals; zeros left blank so patterns stand out. */
function renderTable(t: CrossTable): string {
  const count = new Map(t.cells.map((c) => [`${c.row}\u0000${c.col}`, c.count]));
  const header = ['', ...t.cols.map((c) => c.label), 'Total'];
  const body = t.rows.map((r) => [r.label, ...t.cols.map((c) => String(count.get(`${r.key}\u0000${c.key}`) ?? '')), String(t.rowTotals[r.key] ?? '')]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), ...body.map(line), `${t.total} excerpts`].join('\n');
}

export function registerAnalysisCommands(program: Command, run: Run): void {
  program
    .command('evidence')
    .description('What the lab’s learning rests on: excerpts by evidence type × phase.')
    .argument('<lab>', 'the lab file')
    .option('--json', 'print machine-readable JSON')
    .action(async (lab: string, _o: GlobalOptions, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        await ctx.call('labs.open', { path: lab });
        const t = await ctx.call('analysis.crossTable', { rows: await resolveAxis(ctx, 'type'), cols: { kind: 'phase' } });
        ctx.print(t, () => renderTable(t));
      }),
    );

  program
    .command('matrix')
    .description('Count excerpts in a matrix, e.g. codes × sector, codes × phase, type × attr:county.')
    .argument('<lab>', 'the lab file')
    .requiredOption('--rows <axis>', 'what the rows count by (codes, topCode, an evidence dimension such as type, sector, …)')
    .requiredOption('--cols <axis>', 'what the columns count by')
    .option('--cooccurrence <mode>', 'with --rows codes --cols codes: overlap (default) or turn', (v) => {
      if (v !== 'overlap' && v !== 'turn') throw new InvalidArgumentError('overlap or turn');
      return v;
    })
    .option('--json', 'print machine-readable JSON')
    .action(async (lab: string, o: { rows: string; cols: string; cooccurrence?: 'overlap' | 'turn' }, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        await ctx.call('labs.open', { path: lab });
        const rows = await resolveAxis(ctx, o.rows);
        const cols = await resolveAxis(ctx, o.cols);
        const t =
          rows.kind === 'code' && cols.kind === 'code'
            ? await ctx.call('analysis.cooccurrence', { mode: o.cooccurrence ?? 'overlap' })
            : await ctx.call('analysis.crossTable', { rows, cols });
        ctx.print(t, () => renderTable(t));
      }),
    );
}
