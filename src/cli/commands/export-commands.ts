import type { Command } from 'commander';
import type { RefiExportCounts } from '../../shared/domain/refi-export';
import type { ExportResult, ReportSummary } from '../../shared/domain/report';
import { CliFailure, type CliContext, type GlobalOptions } from '../cli-context';

type Run = (opts: GlobalOptions, body: (ctx: CliContext) => Promise<void>) => Promise<void>;

/** A report by its id, the start of its id (as `labwb reports` prints it) or its title. */
function findReport(reports: ReportSummary[], ref: string): ReportSummary {
  const r = ref.toLowerCase();
  const hits = reports.filter((x) => x.id === ref || x.title.toLowerCase() === r);
  const byPrefix = hits.length ? hits : reports.filter((x) => r.length >= 4 && x.id.startsWith(r));
  if (byPrefix.length === 1) return byPrefix[0]!;
  const list = reports.map((x) => `  ${x.id.slice(0, 8)}  ${x.title}`).join('\n') || '  (none yet)';
  throw new CliFailure(byPrefix.length ? 'CONFLICT' : 'NOT_FOUND', `${byPrefix.length ? 'Several reports match' : 'No report matches'} “${ref}”. Reports:\n${list}`);
}

function renderExport(r: ExportResult, what: string): string {
  const size = r.bytes < 1024 * 1024 ? `${Math.round(r.bytes / 1024)} KB` : `${(r.bytes / 1024 / 1024).toFixed(1)} MB`;
  const names = r.realNames ? 'with real names' : 'participants by pseudonym';
  return [`Wrote ${what} to ${r.path} (${size}, ${names}, ${(r.ms / 1000).toFixed(1)} s).`, ...r.warnings.map((w) => `Note: ${w}`)].join('\n');
}

/** “4 sources, 39 selections, 120 codings, 11 cases, 2 notes” */
export function refiCounts(c: RefiExportCounts): string {
  const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
  const sources = c.recordings > 0 ? `${n(c.sources, 'source')} (${c.recordings} with ${c.recordings === 1 ? 'its recording' : 'their recordings'})` : n(c.sources, 'source');
  return [n(c.codes, 'code'), sources, n(c.selections, 'selection'), n(c.codings, 'coding'), n(c.cases, 'case'), n(c.notes, 'note'), n(c.sets, 'set')].join(', ');
}

function renderReports(list: ReportSummary[]): string {
  if (list.length === 0) return 'No reports yet.';
  return list
    .map((r) => `${r.id.slice(0, 8)}  ${r.kind === 'final' ? 'final    ' : 'iteration'}  ${r.title}${r.phaseName ? ` (${r.phaseName})` : ''}  ·  ${r.words} word${r.words === 1 ? '' : 's'}, ${r.quotes} quote${r.quotes === 1 ? '' : 's'}, edited ${r.updatedAt.slice(0, 10)}`)
    .join('\n');
}

/** `labwb reports`, `labwb export`: reports and exports from the command line. */
export function registerExportCommands(program: Command, run: Run): void {
  program
    .command('reports')
    .description('List the lab’s iteration reports and policy report, with their ids.')
    .argument('<lab>', 'the lab file')
    .option('--json', 'print machine-readable JSON')
    .action(async (lab: string, _o: GlobalOptions, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        await ctx.call('labs.open', { path: lab });
        const list = await ctx.call('reports.list', {});
        ctx.print(list, () => renderReports(list));
      }),
    );

  program
    .command('export')
    .description(
      'Export a report as a Word document (--docx), the lab’s data as an Excel workbook (--xlsx) or the lab as a REFI-QDA project (--qdpx). Participants appear by pseudonym unless --real-names.',
    )
    .argument('<lab>', 'the lab file')
    .option('--docx <report>', 'the report to export (its id, the first characters of its id, or its title), then OUT')
    .option('--xlsx', 'export the lab workbook to OUT')
    .option('--qdpx', 'export the lab as a REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder) to OUT')
    .argument('[out...]', 'the file to write')
    .option('--real-names', 'show participants’ real names (for this export only)')
    .option('--json', 'print machine-readable JSON')
    .action(async (lab: string, out: string[], o: { docx?: string; xlsx?: boolean; qdpx?: boolean; realNames?: boolean }, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        if ([o.docx, o.xlsx, o.qdpx].filter(Boolean).length !== 1) throw new CliFailure('INVALID_INPUT', 'Give one of --docx REPORT OUT, --xlsx OUT or --qdpx OUT.');
        const [path, ...extra] = out;
        if (!path || extra.length) throw new CliFailure('INVALID_INPUT', 'Give one output file, e.g. labwb export lab.scalinglab --xlsx data.xlsx');
        await ctx.call('labs.open', { path: lab });
        let last = 0;
        const unsubscribe = ctx.ws.subscribe((e) => {
          // Progress on stderr, so --json output stays clean.
          if (e.type === 'job' && e.state === 'running' && process.stderr.isTTY && Date.now() - last > 100) {
            last = Date.now();
            process.stderr.write(`\r${e.label} ${e.total ? Math.round((e.done / e.total) * 100) : 0}%   `);
          }
        });
        try {
          const realNames = o.realNames ?? false;
          if (o.docx) {
            const report = findReport(await ctx.call('reports.list', {}), o.docx);
            const r = await ctx.call('export.docx', { reportId: report.id, path, realNames });
            ctx.print(r, () => renderExport(r, `“${report.title}”`));
          } else if (o.qdpx) {
            const r = await ctx.call('refi.exportProject', { path, realNames });
            ctx.print(r, () => renderExport(r, `the REFI-QDA project (${refiCounts(r.counts)})`));
          } else {
            const r = await ctx.call('export.xlsx', { path, realNames });
            ctx.print(r, () => renderExport(r, 'the lab workbook'));
          }
        } finally {
          unsubscribe();
          if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
        }
      }),
    );
}
