import type { Command } from 'commander';
import { CliFailure, type CliContext, type GlobalOptions } from '../cli-context';

type Run = (opts: GlobalOptions, body: (ctx: CliContext) => Promise<void>) => Promise<void>;

/** A source named by id or by its exact title, as `labwb info` and the Sources page show it. */
async function sourceIdOf(ctx: CliContext, named: string): Promise<string> {
  const sources = await ctx.call('sources.list', {});
  const found = sources.filter((s) => s.id === named || s.title === named);
  if (found.length === 1) return found[0]!.id;
  throw new CliFailure('NOT_FOUND', found.length ? `--source: ${found.length} sources are called “${named}”; give its id` : `--source: no source “${named}” in this lab`);
}

/** `labwb recording attach|detach`: recordings of any size (the window takes files up to 50 MB sent by the page). */
export function registerRecordingCommands(program: Command, run: Run): void {
  const recording = program.command('recording').description('Attach a recording (.mp3 .m4a .wav .ogg .mp4 .webm) to a source, or detach it.');
  recording
    .command('attach')
    .description('Copy a recording into the lab, attached to a source (--source) or to its captions imported as a new source (--captions).')
    .argument('<lab>', 'the lab file')
    .argument('<recording>', 'the audio or video file')
    .option('--source <source>', 'the source it is a recording of: its id or exact title')
    .option('--captions <file>', 'a .vtt or .srt to import with it as one new source')
    .option('--json', 'print machine-readable JSON')
    .action(async (lab: string, file: string, o: { source?: string; captions?: string }, cmd: Command) => {
      if ((o.source === undefined) === (o.captions === undefined)) cmd.error('error: give either --source or --captions', { exitCode: 2 });
      return run(cmd.optsWithGlobals(), async (ctx) => {
        await ctx.call('labs.open', { path: lab });
        const target = o.source !== undefined ? { sourceId: await sourceIdOf(ctx, o.source) } : { captions: { path: o.captions! } };
        const r = await ctx.call('recordings.attach', { ...target, recording: { path: file } });
        ctx.print(r, () => `attached ${r.recording.fileName} (${r.recording.mime}, ${r.recording.byteSize} bytes) to source ${r.recording.sourceId}`);
      });
    });
  recording
    .command('detach')
    .description('Remove a source’s recording from the lab for good (undo cannot bring it back; backups still hold it).')
    .argument('<lab>', 'the lab file')
    .requiredOption('--source <source>', 'the source: its id or exact title')
    .option('--json', 'print machine-readable JSON')
    .action(async (lab: string, o: { source: string }, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        await ctx.call('labs.open', { path: lab });
        const found = await ctx.call('recordings.forSource', { sourceId: await sourceIdOf(ctx, o.source) });
        if (!found) throw new CliFailure('NOT_FOUND', '--source: that source has no recording');
        const r = await ctx.call('recordings.detach', { id: found.id });
        ctx.print(r, () => `detached ${found.fileName}`);
      }),
    );
}
