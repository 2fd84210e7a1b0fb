import type { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { CliFailure, type CliContext, type GlobalOptions } from '../cli-context';
import { codebookFromCsv, codebookToCsv } from '../codebook-csv';
import { Codebook } from '../../shared/domain/coding';

type Run = (opts: GlobalOptions, body: (ctx: CliContext) => Promise<void>) => Promise<void>;

/** `labwb import`, `labwb search`, `labwb codebook`, `labwb demo`: sources and coding from the command line. */
export function registerCodingCommands(program: Command, run: Run): void {
  program
    .command('import')
    .description('Import files or folders (.docx, .txt, .md, .vtt, .srt, .pdf) into a lab, one result line per file.')
    .argument('<lab>', 'the lab file')
    .argument('<files...>', 'files or folders to import')
    .option('--json', 'print one JSON result per file')
    .action(async (lab: string, files: string[], _o: GlobalOptions, cmd: Command) =>
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
        const results = await ctx.call('sources.import', { paths: files });
        unsubscribe();
        if (process.stderr.isTTY) process.stderr.write('\r');
        ctx.print(results, () =>
          results
            .map((r) => `${r.status.padEnd(9)} ${r.fileName}${r.message ? `: ${r.message}` : ''}${r.warnings.length ? ` (${r.warnings.join('; ')})` : ''}`)
            .join('\n'),
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

  const codebook = program.command('codebook').description('Export or import the codebook as JSON or CSV.');
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
