import type { Command } from 'commander';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { codingBench } from '../bench/coding-bench';
import { codingViewBench } from '../bench/coding-view-bench';
import { evidenceBench } from '../bench/evidence-bench';
import { exportBench } from '../bench/export-bench';

/** `labwb bench`: the performance targets of the issues, measured on generated labs, printed as JSON. */
export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .description('Measure import, search and retrieval on a generated lab of interview transcripts; prints JSON.')
    .option('--files <n>', 'transcripts to generate', '1000')
    .option('--words <n>', 'words per transcript', '8000')
    .option('--excerpts <n>', 'excerpts in the evidence bench lab', '100000')
    .option('--cache <dir>', 'where generated transcripts are kept between runs', '.cache/bench')
    .option('--json', 'print JSON only (progress goes to stderr either way)')
    .action(async (o: { files: string; words: string; excerpts: string; cache: string }) => {
      const root = resolve(new URL('../../..', import.meta.url).pathname);
      const workDir = mkdtempSync(join(tmpdir(), 'labwb-bench-'));
      const say = (line: string) => process.stderr.write(`bench: ${line}\n`);
      try {
        const coding = await codingBench(
          { workDir, cacheDir: resolve(o.cache), domainDir: join(root, '..', 'shared', 'domain'), files: Number(o.files), words: Number(o.words) },
          say,
        );
        const evidence = await evidenceBench({ workDir, excerpts: Number(o.excerpts) }, say);
        say('coding view in Chromium (browser mode)');
        mkdirSync(join(workDir, 'view'));
        mkdirSync(join(workDir, 'export'));
        const codingView = await codingViewBench({ workDir: join(workDir, 'view'), say });
        say('Word and Excel export');
        const exports = await exportBench({ workDir: join(workDir, 'export'), excerpts: Number(o.excerpts), labPath: join(workDir, 'bench.scalinglab') }, say);
        console.log(JSON.stringify({ machine: { cores: availableParallelism(), node: process.version }, coding, codingView, evidence, exports }, null, 2));
      } finally {
        rmSync(workDir, { recursive: true, force: true });
      }
    });
}
