import type { Command } from 'commander';
import type { CodeExcerpts, Comparison, LabComparison } from '../../shared/domain/compare';
import type { CliContext, GlobalOptions } from '../cli-context';

type Run = (opts: GlobalOptions, body: (ctx: CliContext) => Promise<void>) => Promise<void>;

const pct = (r: number | null) => (r === null ? '–' : `${Math.round(r * 100)}%`);
const num = (n: number | null) => (n === null ? '–' : n.toFixed(2));

function labText(l: LabComparison): string {
  const rubric = l.rubric.means.map((m) => `${m.timePoint} ${num(m.mean)}`).join(', ');
  const t = l.targets;
  const evidence = l.evidence.rows.map((r) => `${r.label} ${l.evidence.rowTotals[r.key] ?? 0}`).join(', ');
  const p = l.participation;
  return [
    `${l.name} (${l.fileName}${l.readFromUpgradedCopy ? `, schema ${l.schemaVersion}, read through an upgraded copy` : ''})`,
    `  ${l.counts.sources} source(s), ${l.counts.excerpts} excerpt(s), ${p.participants} lab participant(s)`,
    `  Rubric means: ${rubric}`,
    `  Targets: ${t.byStatus.met} of ${t.total} met (${pct(t.metShare)} of those not dropped or carried over)`,
    `  ${l.evidence.dimension ?? 'Evidence'}: ${evidence || 'no excerpts tagged'} (${l.evidence.total} excerpt(s))`,
    `  Attendance: ${pct(p.overall.rate)} over ${p.recorded} of ${p.convenings} convening(s) with attendance taken`,
  ].join('\n');
}

function excerptsText(x: CodeExcerpts): string {
  const lines = x.labs.map((l) => `${l.name}: ${l.found ? `${l.total} excerpt(s)` : `no code “${x.codePath}”`}`);
  for (const e of x.excerpts) lines.push(`  [${e.labName}] ${e.sourceTitle}${e.speaker ? `, ${e.speaker}` : ''}: ${e.text.replace(/\s+/g, ' ').slice(0, 200)}`);
  return lines.join('\n');
}

/** `labwb compare`: several labs side by side, each read without changing it. */
export function registerCompareCommands(program: Command, run: Run): void {
  program
    .command('compare')
    .description('Compare labs read-only: rubric trends, targets met, evidence type × phase, participation; a code’s excerpts across labs.')
    .argument('<labs...>', 'the lab files')
    .option('--code <path>', 'list the excerpts of this code in every lab, by its name path: "Parent/Child"')
    .option('--limit <n>', 'excerpts per lab with --code', '20')
    .option('--xlsx <out>', 'also write the comparison (and the code’s excerpts, by pseudonym) to this Excel file')
    .option('--json', 'print machine-readable JSON')
    .action(async (labs: string[], o: { code?: string; limit: string; xlsx?: string }, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        const limit = Number(o.limit);
        if (!Number.isInteger(limit) || limit < 1) cmd.error('labwb: --limit takes a whole number from 1', { exitCode: 2 });
        const comparison: Comparison = await ctx.call('compare.labs', { paths: labs });
        const excerpts = o.code ? await ctx.call('compare.codeExcerpts', { paths: labs, codePath: o.code, limit }) : null;
        const exported = o.xlsx ? await ctx.call('compare.exportXlsx', { paths: labs, path: o.xlsx, ...(o.code ? { codePath: o.code } : {}) }) : null;
        ctx.print({ ...comparison, ...(excerpts ? { codeExcerpts: excerpts } : {}), ...(exported ? { exported } : {}) }, () =>
          [
            ...comparison.labs.map(labText),
            ...(excerpts ? [excerptsText(excerpts)] : []),
            ...(exported ? [`Wrote ${exported.path} (${exported.bytes} bytes).`] : []),
          ].join('\n\n'),
        );
      }),
    );
}
