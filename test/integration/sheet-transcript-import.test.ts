import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ImportResult } from '../../src/shared/domain/source';
import { tempDir } from '../helpers/temp';
import { workerApp as app } from '../helpers/worker-app';

const root = join(__dirname, '../..');
const corpus = join(root, 'test/fixtures/corpus');

interface Doc {
  text: string;
  blocks: { kind: string; start: number; end: number; speaker?: string; startMs?: number; endMs?: number }[];
  speakers: { label: string }[];
}

const focusGroup = (n: number) =>
  `Start,Who,Said,Notes\n00:00:0${n},Facilitator,"Group ${n}: what changed, in your words?",\n00:00:1${n},Wanjiru,"The coaches came every week.",\n,,"And they stayed.",\n`;

describe('spreadsheet transcripts through the import job', () => {
  it('imports the TalkMoves lesson from a path, with its speakers as the lab’s speaker labels, and search finds it', async () => {
    const { ws, home, call } = await app();
    onTestFinished(() => ws.close());
    const path = join(home, 'Boats and Fish 1_Grade 4.xlsx');
    copyFileSync(join(corpus, 'sheets/talkmoves-boats-and-fish-1-grade4.xlsx'), path);
    const [result] = await call<ImportResult[]>('sources.import', { paths: [path] });
    expect(result).toMatchObject({ status: 'imported', warnings: ['The time column “TimeStamp” is empty, so the turns have no times.'] });
    const doc = await call<Doc>('sources.get', { id: result!.sourceId });
    expect(doc.speakers.map((s) => s.label)).toEqual(['T', 'Meredith', 'SS', 'Erik', 'Michael', 'Mark', 'Graham', 'Others']);
    expect(doc.blocks.every((b) => b.kind === 'turn')).toBe(true);
    expect(doc.text.startsWith('Good morning! Are you all as awake as I am?\n\nYeah.')).toBe(true);
    const { hits } = await call<{ hits: { sourceId: string }[] }>('search.query', { q: 'overhead projector', limit: 10 });
    expect(hits.map((h) => h.sourceId)).toContain(result!.sourceId);
  });

  it('hands a column mapping to the job worker’s parse pool with files sent by the page, and refuses a bad mapping', async () => {
    const { ws, call } = await app({ jobWorker: true });
    try {
      // Five files: more than an import kept on the answering thread, so the job worker and its parse pool read them.
      const files = [1, 2, 3, 4, 5].map((n) => ({ name: `focus group ${n}.csv`, data: Buffer.from(focusGroup(n)).toString('base64') }));
      const unmapped = await call<ImportResult[]>('sources.import', { files: files.slice(0, 1) });
      expect(unmapped[0]).toMatchObject({ status: 'failed', errorCode: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('its headers are “Start”, “Who”, “Said”, “Notes”') });
      const results = await call<ImportResult[]>('sources.import', { files, transcriptSheet: { columns: { time: 'Start', speaker: 'Who', text: 'Said' } } });
      expect(results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported', 'imported', 'imported']);
      const doc = await call<Doc>('sources.get', { id: results[2]!.sourceId });
      expect(doc.blocks.map((b) => [b.speaker, b.startMs, b.endMs, doc.text.slice(b.start, b.end)])).toEqual([
        ['Facilitator', 3_000, 13_000, 'Group 3: what changed, in your words?'],
        ['Wanjiru', 13_000, undefined, 'The coaches came every week. And they stayed.'],
      ]);
      await expect(call('sources.import', { files, transcriptSheet: { columns: { who: 'B' } } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    } finally {
      ws.close();
    }
  });
});

describe('labwb import --columns', () => {
  it('imports a sheet whose headers differ, and says how to name the columns when it is not told', () => {
    const home = tempDir('labwb-sheet-cli-');
    const lab = join(home, 'lab.scalinglab');
    const csv = join(home, 'focus group.csv');
    writeFileSync(csv, focusGroup(7));
    const labwb = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/labwb.mjs'), '--home', home, ...args], { encoding: 'utf8' });
    expect(labwb('new', lab, '--name', 'CLI sheet lab', '--start', '2026-01-01').status).toBe(0);
    const refused = labwb('import', lab, csv);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('--columns time=Start,speaker=Who,text=Said');
    const mapped = labwb('import', lab, csv, '--columns', 'time=Start,speaker=Who,text=Said', '--json');
    expect(mapped.status, mapped.stderr).toBe(0);
    expect(JSON.parse(mapped.stdout)).toMatchObject([{ fileName: 'focus group.csv', status: 'imported' }]);
    const wrong = labwb('import', lab, csv, '--columns', 'voice=Who');
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr + wrong.stdout).toContain('--columns: “voice=Who” is not FIELD=COLUMN');
  }, 180_000);
});
