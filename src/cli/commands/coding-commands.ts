import type { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { CliFailure, type CliContext, type GlobalOptions } from '../cli-context';
import { codebookFromCsv, codebookToCsv } from '../codebook-csv';
import { refiReportText } from '../refi-report-text';
import { parseColumnsOption } from '../transcript-columns-option';
import { Codebook } from '../../shared/domain/coding';
import type { RefiImportReport } from '../../shared/domain/refi-import';

type Run = (opts: GlobalOptions, body: (ctx: CliContext) => Promise<void>) => Promise<void>;

/** `labwb import`, `labwb search`, `labwb codebook`, `labwb demo`: sources and coding from the command line. */
export function registerCodingCommands(program: Command, run: Run): void {
  program
    .command('import')
    .description('Import files or folders (.docx, .txt, .md, .vtt, .srt, .pdf; .xlsx and .csv transcripts, one row per turn) into a lab, one result line per file; a REFI-QDA project (.qdpx) with its codes, codings, cases and notes.')
    .argument('<lab>', 'the lab file')
    .argument('<files...>', 'files or folders to import')
    .option('--columns <mapping>', 'for .xlsx/.csv transcripts whose headers are not Time/Speaker/Text: e.g. time=Start,speaker=Who,text=Said (also end=, turn=; time= for none)')
    .option('--sheet <sheet>', 'for .xlsx transcripts: the sheet, by name or number (default: the first with data)')
    .option('--json', 'print one JSON result per file')
    .action(async (lab: string, files: string[], o: { columns?: string; sheet?: string }, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        await ctx.call('labs.open', { path: lab });
        let last = 0;
        const unsubscribe = ctx.ws.subscribe((e) => {
          // Progress on stderr so that --json output stays clean.
          if (e.type === 'job' && e.state === 'running' && process.stderr.isTTY && Date.now() - last > 100) {
            last = Date.now();
            process.stderr.write(`\r${e.done}/${e.total} files`);
          }
        });
        // A REFI-QDA project is a whole project, not one more source: it goes to its own importer and report.
        const projects = files.filter((f) => extname(f).toLowerCase() === '.qdpx');
        const others = files.filter((f) => !projects.includes(f));
        const transcriptSheet = o.columns !== undefined || o.sheet !== undefined ? { ...(o.columns !== undefined ? { columns: parseColumnsOption(o.columns) } : {}), ...(o.sheet !== undefined ? { sheet: o.sheet } : {}) } : undefined;
        const results = others.length > 0 ? await ctx.call('sources.import', { paths: others, ...(transcriptSheet ? { transcriptSheet } : {}) }) : [];
        unsubscribe();
        if (process.stderr.isTTY) process.stderr.write('\r');
        const reports: { fileName: string; report: RefiImportReport }[] = [];
        for (const path of projects) reports.push({ fileName: basename(path), report: await ctx.call('refi.importProject', { path }) });
        ctx.print(projects.length > 0 ? { files: results, projects: reports } : results, () =>
          [
            ...results.map((r) => `${r.status.padEnd(9)} ${r.fileName}${r.message ? `: ${r.message}` : ''}${r.warnings.length ? ` (${r.warnings.join('; ')})` : ''}`),
            ...reports.map((p) => refiReportText(p.fileName, p.report)),
          ].join('\n'),
        );
        if (results.some((r) => r.status === 'failed')) process.exitCode = 1;
      }),
    );

  program
    .command('search')
    .description('Full-text search over every source: words, "phrases" and prefix* queries.')
    .argument('<lab>', 'the lab file')
    .argument('<query>', 'what to look for')
    .option('--limit <n>', 'at most this many hits', '100')
    .option('--json', 'print machine-readable JSON')
    .action(async (lab: string, q: string, o: { limit: string }, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        await ctx.call('labs.open', { path: lab });
        const r = await ctx.call('search.query', { q, limit: Number(o.limit) });
        ctx.print(r, () =>
          [
            `${r.hits.length}${r.truncated ? '+' : ''} hits in ${r.sources} sources`,
            ...r.hits.map((h) => `${h.sourceTitle} @${h.start}: …${h.before}[${h.match}]${h.after}…`),
          ].join('\n'),
        );
      }),
    );

  const codebook = program
    .command('codebook')
    .description('Export or import the codebook as JSON or CSV (`codebook export|import`), or as a REFI-QDA codebook (.qdc) with an option.')
    .argument('[lab]', 'the lab file (with --export-qdc)')
    .option('--export-qdc <out>', 'write the codebook, evidence dimensions included, as a REFI-QDA .qdc file')
    .option('--real-names', 'leave participants’ names in definitions and examples (for this export only)')
    .option('--import-qdc <file>', 'add a REFI-QDA .qdc codebook to the lab (codes under “Evidence” become evidence values)')
    .option('--json', 'print machine-readable JSON')
    .action(async (lab: string | undefined, o: { exportQdc?: string; importQdc?: string; realNames?: boolean }, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        if (lab && o.importQdc) {
          await ctx.call('labs.open', { path: lab });
          const r = await ctx.call('refi.importCodebook', { path: o.importQdc });
          ctx.print(r, () => refiReportText(basename(o.importQdc!), r));
          return;
        }
        if (!lab || !o.exportQdc) throw new CliFailure('INVALID_INPUT', 'Give a lab and what to do, e.g. labwb codebook lab.scalinglab --export-qdc codebook.qdc');
        await ctx.call('labs.open', { path: lab });
        const r = await ctx.call('refi.exportCodebook', { path: o.exportQdc, realNames: o.realNames ?? false });
        ctx.print(r, () => `Wrote the codebook (${r.counts.codes} codes, evidence included) to ${r.path}.`);
      }),
    );
  codebook
    .command('export')
    .argument('<lab>', 'the lab file')
    .argument('<file>', 'where to write it: .json or .csv')
    .action(async (lab: string, file: string, _o: GlobalOptions, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        await ctx.call('labs.open', { path: lab });
        const book = await ctx.call('codebook.export', {});
        writeFileSync(file, extname(file).toLowerCase() === '.csv' ? codebookToCsv(book) : `${JSON.stringify(book, null, 2)}\n`);
        console.log(`Wrote the codebook to ${file}.`);
      }),
    );
  codebook
    .command('import')
    .argument('<lab>', 'the lab file')
    .argument('<file>', 'a codebook as .json or .csv (columns: path, colour, definition, when_to_use, when_not_to_use, example)')
    .action(async (lab: string, file: string, _o: GlobalOptions, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        const text = readFileSync(file, 'utf8');
        let book: Codebook;
        try {
          book = extname(file).toLowerCase() === '.csv' ? codebookFromCsv(text) : Codebook.parse(JSON.parse(text));
        } catch (e) {
          throw new CliFailure('INVALID_INPUT', `${file} is not a codebook: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        }
        await ctx.call('labs.open', { path: lab });
        const r = await ctx.call('codebook.import', { codebook: book });
        ctx.print(r, () => `Added ${r.created} codes (${r.skipped} were already there).`);
      }),
    );

  program
    .command('demo')
    .description('Build the demo lab (fictional interviews, partly coded) at FILE.')
    .argument('<file>', 'where to create it')
    .option('--json', 'print machine-readable JSON')
    .action(async (file: string, _o: GlobalOptions, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        const lab = await ctx.call('labs.openDemo', { path: file });
        ctx.print(lab, () => `Demo lab “${lab.name}” is at ${lab.path}.`);
      }),
    );
}
