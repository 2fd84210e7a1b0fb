import { Command, InvalidArgumentError } from 'commander';
import type { AssistantEvaluation, EvaluationFigures, SuggestionUnit } from '../../shared/domain/assistant';
import type { CliContext, GlobalOptions } from '../cli-context';

type Run = (opts: GlobalOptions, body: (ctx: CliContext) => Promise<void>) => Promise<void>;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
}

function unitOf(value: string): SuggestionUnit {
  if (value !== 'turn' && value !== 'paragraph' && value !== 'sentence') throw new InvalidArgumentError('must be turn, paragraph or sentence');
  return value;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function figuresLine(name: string, f: EvaluationFigures): string {
  const interval = `(95%: ${pct(f.top1Interval.low)}–${pct(f.top1Interval.high)})`;
  return `${name.padEnd(24)}top-1 precision ${pct(f.top1Precision).padStart(6)} ${interval.padEnd(18)}  top-1 recall ${pct(f.top1Recall).padStart(6)}  top-3 recall ${pct(f.top3Recall).padStart(6)}`;
}

function evaluationText(r: AssistantEvaluation): string {
  return [
    `${r.evaluatedExcerpts} of ${r.codedExcerpts} coded excerpts evaluated in ${r.folds} folds, over the ${r.codesInScope} of ${r.codes} codes with at least ${r.minExamples} coded excerpts.`,
    figuresLine('Assistant', r.overall),
    figuresLine('Most frequent code', r.baseline),
    '',
    'Per code (support, top-1 precision, top-1 recall, top-3 recall):',
    ...r.perCode.map((p) => `  ${String(p.support).padStart(5)}  ${pct(p.top1Precision).padStart(6)}  ${pct(p.top1Recall).padStart(6)}  ${pct(p.top3Recall).padStart(6)}  ${p.name}`),
  ].join('\n');
}

/** `labwb assistant suggest` and `labwb assistant evaluate`: the coding assistant, headless. */
export function registerAssistantCommands(program: Command, run: Run): void {
  const assistant = program.command('assistant').description('The coding assistant: suggestions learned from this lab’s own coding, on this computer only.');

  assistant
    .command('suggest')
    .description('Suggest codes (and evidence tags) for passages not yet coded, best first, with the words that drove each.')
    .argument('<file>', 'the lab file')
    .option('--source <id>', 'only this source')
    .option('--code <id>', 'only suggestions of this code')
    .option('--unit <unit>', 'turn, paragraph or sentence', unitOf, 'paragraph')
    .option('--limit <n>', 'at most this many', positiveInt, 100)
    .option('--json', 'print machine-readable JSON')
    .action(async (file: string, o: { source?: string; code?: string; unit: SuggestionUnit; limit: number } & GlobalOptions, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        await ctx.call('labs.open', { path: file });
        const r = await ctx.call('assistant.suggest', { sourceId: o.source, codeId: o.code, unit: o.unit, limit: o.limit });
        ctx.print(r, () =>
          [
            `${r.suggestions.length} suggestions (learned from ${r.model.codedExcerpts} coded and ${r.model.taggedExcerpts} tagged excerpts, ${r.model.rejections} rejections).`,
            ...r.suggestions.map(
              (s) =>
                `${pct(s.confidence).padStart(6)}  ${s.target.kind === 'code' ? 'code' : 'tag '} “${s.label}”  ${s.sourceTitle} [${s.start}–${s.end}]  words: ${s.words.join(', ')}${s.nearby ? '; coded nearby' : ''}`,
            ),
          ].join('\n'),
        );
      }),
    );

  assistant
    .command('evaluate')
    .description('Hide each fold of the coded excerpts in turn, learn from the rest, and report how well the assistant finds their codes, beside “always the most frequent code”.')
    .argument('<file>', 'the lab file')
    .option('--folds <n>', 'how many folds', positiveInt, 5)
    .option('--min-examples <n>', 'report on codes with at least this many coded excerpts', positiveInt, 10)
    .option('--json', 'print machine-readable JSON')
    .action(async (file: string, o: { folds: number; minExamples: number } & GlobalOptions, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        await ctx.call('labs.open', { path: file });
        const r = await ctx.call('assistant.evaluate', { folds: o.folds, minExamples: o.minExamples });
        ctx.print(r, () => evaluationText(r));
      }),
    );
}
