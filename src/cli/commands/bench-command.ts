import { type Command, InvalidArgumentError } from 'commander';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PARTS = ['coding', 'evidence', 'view', 'export', 'recordings', 'assistant'] as const;
type Part = (typeof PARTS)[number];

/** The parts `--only` names, with what they need: the evidence bench grows the lab the coding bench made. */
function parseParts(only: string): Set<Part> {
  const named = only.split(',').map((p) => p.trim());
  const unknown = named.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length) throw new InvalidArgumentError(`unknown part ${unknown.join(', ')} (parts: ${PARTS.join(', ')})`);
  const parts = new Set(named as Part[]);
  if (parts.has('evidence')) parts.add('coding');
  return parts;
}

/** `labwb bench`: the performance targets of the issues, measured on generated labs, printed as JSON. */
export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .description('Measure import, search and retrieval on a generated lab of interview transcripts; prints JSON.')
    .option('--files <n>', 'transcripts to generate', '1000')
    .option('--words <n>', 'words per transcript', '8000')
    .option('--excerpts <n>', 'excerpts in the evidence bench lab', '100000')
    .option('--cache <dir>', 'where generated transcripts are kept between runs', '.cache/bench')
    .option('--only <parts>', `run only these parts, comma-separated: ${PARTS.join(', ')} (evidence runs coding first)`, parseParts)
    .option('--json', 'print JSON only (progress goes to stderr either way)')
    .action(async (o: { files: string; words: string; excerpts: string; cache: string; only?: Set<Part> }) => {
      // The bench's modules (mammoth, docx, playwright-core) load only for the bench, not with every labwb verb.
      const [{ codingBench }, { codingViewBench }, { evidenceBench }, { exportBench }, { recordingsBench }, { assistantBench }] = await Promise.all([
        import('../bench/coding-bench'),
        import('../bench/coding-view-bench'),
        import('../bench/evidence-bench'),
        import('../bench/export-bench'),
        import('../bench/recordings-bench'),
        import('../bench/assistant-bench'),
      ]);
      const parts = o.only ?? new Set(PARTS);
      const workDir = mkdtempSync(join(tmpdir(), 'labwb-bench-'));
      const say = (line: string) => process.stderr.write(`bench: ${line}\n`);
      try {
        const coding = parts.has('coding')
          ? await codingBench(
              { workDir, cacheDir: resolve(o.cache), files: Number(o.files), words: Number(o.words) },
              say,
            )
          : undefined;
        const evidence = parts.has('evidence') ? await evidenceBench({ workDir, excerpts: Number(o.excerpts) }, say) : undefined;
        let codingView;
        if (parts.has('view')) {
          say('coding view in Chromium (browser mode)');
          mkdirSync(join(workDir, 'view'));
          codingView = await codingViewBench({ workDir: join(workDir, 'view'), say });
        }
        let exports;
        if (parts.has('export')) {
          say('Word and Excel export');
          mkdirSync(join(workDir, 'export'));
          exports = await exportBench({ workDir: join(workDir, 'export'), excerpts: Number(o.excerpts), labPath: join(workDir, 'bench.scalinglab') }, say);
        }
        const recordings = parts.has('recordings') ? await recordingsBench({ workDir: join(workDir, 'recordings') }, say) : undefined;
        const assistant = parts.has('assistant')
          ? await assistantBench({ workDir, excerpts: Number(o.excerpts), labPath: join(workDir, 'bench.scalinglab') }, say)
          : undefined;
        console.log(JSON.stringify({ machine: { cores: availableParallelism(), node: process.version }, coding, codingView, evidence, exports, recordings, assistant }, null, 2));
      } finally {
        rmSync(workDir, { recursive: true, force: true });
      }
    });
}
