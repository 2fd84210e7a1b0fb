import type { Command } from 'commander';
import type { MergeConflict, MergeCounts, MergePreview } from '../../shared/domain/coder-copy';
import type { CliContext, GlobalOptions } from '../cli-context';

type Run = (opts: GlobalOptions, body: (ctx: CliContext) => Promise<void>) => Promise<void>;

function countsLine(c: MergeCounts): string {
  return [
    `${c.coders} coder(s)`, `${c.sources} source(s)`, `${c.codes} code(s)`, `${c.excerpts} excerpt(s)`, `${c.codings} coding(s)`,
    `${c.evidenceTags} evidence tag(s)`, `${c.memos} memo(s)`, `${c.codesChanged + c.memosChanged + c.excerptMemosChanged} edit(s)`,
  ].join(', ');
}

function conflictLine(c: MergeConflict): string {
  const what = c.field ? `${c.subject}, ${c.field}` : c.subject;
  return `  ${what}: mine ${c.mine === null ? '(deleted here)' : `“${c.mine}”`}, theirs “${c.theirs ?? ''}”  [${c.id}]`;
}

function previewText(p: MergePreview): string {
  const renamed = p.coders.filter((c) => c.status === 'same-name-different-id');
  return [
    `Copy for ${p.copy.forCoderName}, made ${p.copy.madeAt}${p.copy.hideOthers ? ' (other coders hidden)' : ''}.`,
    `Comes in: ${countsLine(p.counts)}.`,
    ...renamed.map((c) => `Coder “${c.name}” in the copy is not the “${c.name}” of this lab (another id); comes in as “${c.mergedName}”.`),
    ...(p.conflicts.length ? [`${p.conflicts.length} conflict(s):`, ...p.conflicts.map(conflictLine)] : ['No conflicts.']),
    ...p.notes,
  ].join('\n');
}

/** `labwb copy-for-coding` and `labwb merge`: a second coder's copy and merging it back. */
export function registerCoderCopyCommands(program: Command, run: Run): void {
  program
    .command('copy-for-coding')
    .description('Write a copy of LAB for a second coder to code, marked with its origin so `labwb merge` can bring it back.')
    .argument('<lab>', 'the lab file')
    .argument('<out>', 'the copy to write (a new .scalinglab file)')
    .option('--coder <name>', 'who the copy is for (required)')
    .option('--hide-others', 'leave out the codings, tags, memos and excerpts of every other coder (blind coding)')
    .option('--json', 'print machine-readable JSON')
    .action(async (lab: string, out: string, o: { hideOthers?: boolean }, cmd: Command) => {
      // labwb's global --coder takes the option wherever it stands; here it names the copy's coder (the lab
      // itself is not changed, so it names no one making changes).
      const opts = cmd.optsWithGlobals<GlobalOptions>();
      if (!opts.coder) cmd.error("error: required option '--coder <name>' not specified", { exitCode: 2 });
      const forCoder = opts.coder;
      return run(opts, async (ctx) => {
        await ctx.call('labs.open', { path: lab });
        const made = await ctx.call('labs.saveCodingCopy', { path: out, forCoder, hideOthers: o.hideOthers ?? false });
        ctx.print(made, () =>
          [
            `Wrote a copy for ${made.forCoderName} to ${made.path}: ${made.excerpts} excerpt(s), ${made.codings} coding(s).`,
            made.hideOthers ? `Left out other coders’ work: ${made.hidden.codings} coding(s), ${made.hidden.excerpts} excerpt(s), ${made.hidden.memos} memo(s).` : '',
          ].filter(Boolean).join('\n'),
        );
      });
    });

  program
    .command('merge')
    .description('Merge a coding copy back into LAB as one undo step; lists conflicts, which --keep-mine or --take-theirs decide.')
    .argument('<lab>', 'the lab the copy was made from')
    .argument('<copy>', 'the coding copy')
    .option('--keep-mine', 'decide every conflict for this lab')
    .option('--take-theirs', 'decide every conflict for the copy')
    .option('--preview', 'only show what would come in and the conflicts')
    .option('--json', 'print machine-readable JSON')
    .action(async (lab: string, copy: string, o: { keepMine?: boolean; takeTheirs?: boolean; preview?: boolean }, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        if (o.keepMine && o.takeTheirs) cmd.error('labwb: choose one of --keep-mine and --take-theirs', { exitCode: 2 });
        await ctx.call('labs.open', { path: lab });
        const preview = await ctx.call('labs.previewMerge', { path: copy });
        const otherwise = o.keepMine ? 'mine' : o.takeTheirs ? 'theirs' : undefined;
        if (o.preview || (preview.conflicts.length > 0 && !otherwise)) {
          ctx.print(preview, () =>
            [previewText(preview), o.preview ? '' : 'Nothing merged: decide the conflicts with --keep-mine or --take-theirs.'].filter(Boolean).join('\n'),
          );
          if (!o.preview) process.exitCode = 1;
          return;
        }
        const merged = await ctx.call('labs.mergeCodingCopy', { path: copy, ...(otherwise ? { otherwise } : {}) });
        ctx.print(merged, () =>
          merged.changed
            ? [`Merged ${merged.copy.forCoderName}’s copy: ${countsLine(merged.counts)}; ${merged.decided.length} conflict(s) decided. One undo takes it back.`, ...merged.notes].join('\n')
            : 'Nothing new in the copy; the lab is unchanged.',
        );
      }),
    );
}
