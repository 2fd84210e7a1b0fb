import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { initialiseLab } from '../../src/core/lab/lab-profile';
import { LabProfile } from '../../src/shared/domain/lab';
import { LabStore } from '../../src/core/store/lab-store';
import { tempDir } from '../helpers/temp';

/** 10 in npm test, 30 in npm run test:stress (vitest.stress.config.ts sets it). */
const KILLS = Number(process.env.LABWB_KILLS ?? 10);
const child = join(__dirname, 'kill-child.ts');

interface Round {
  killedAfter: string;
  sources: number;
}

/** Starts the worker, waits until it is working, lets it run a random while, then SIGKILLs it. */
function runAndKill(lab: string, home: string, out: string, seed: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, lab, home, out, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 'started';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    p.stdout.setEncoding('utf8').on('data', (d: string) => {
      last = d.trim().split('\n').pop() ?? last;
      // Kill somewhere in the next 0–2.5 s of work: inside an import, a coding step or an export.
      if (!timer && d.includes('ready')) timer = setTimeout(() => p.kill('SIGKILL'), Math.floor(Math.random() * 2500));
    });
    p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    p.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`the worker stopped by itself (exit ${code}) before it was killed: ${err.slice(0, 2000)}`));
    });
  });
}

/** Every source is whole or absent: its row, its content (text, blocks, original bytes) and its search entries. */
function checkSources(db: Database.Database): number {
  const rows = db
    .prepare(
      `SELECT s.id, s.byte_size, c.rowid AS contentRow, length(c.text) AS textLength, c.blocks, length(c.original) AS bytes, c.text
         FROM source s LEFT JOIN source_content c ON c.id = s.id`,
    )
    .all() as { id: string; byte_size: number; contentRow: number | null; textLength: number; blocks: string; bytes: number; text: string }[];
  const orphans = db.prepare(`SELECT count(*) AS n FROM source_content WHERE id NOT IN (SELECT id FROM source)`).get() as { n: number };
  expect(orphans.n).toBe(0);
  const fts = db.prepare(`SELECT rowid FROM source_fts WHERE source_fts MATCH ?`);
  for (const r of rows) {
    expect(r.contentRow, `source ${r.id} has no content`).not.toBeNull();
    expect(r.textLength).toBeGreaterThan(0);
    expect((JSON.parse(r.blocks) as unknown[]).length).toBeGreaterThan(0);
    expect(r.bytes).toBe(r.byte_size);
    // A whole token, as the index splits them: "DYBWCG" inside "DYBWCG2021" is no token of its own.
    const word = /(?<![\p{L}\p{N}])[A-Za-z]{4,}(?![\p{L}\p{N}])/u.exec(r.text)?.[0];
    if (word) expect((fts.all(`"${word}"`) as { rowid: number }[]).map((h) => h.rowid)).toContain(r.contentRow);
  }
  return rows.length;
}

async function checkExports(out: string): Promise<void> {
  for (const name of readdirSync(out)) {
    // Temporary files start with a dot; anything under a final name must be a whole workbook.
    if (name.startsWith('.')) continue;
    const zip = await JSZip.loadAsync(readFileSync(join(out, name)));
    expect(zip.file('xl/workbook.xml'), name).not.toBeNull();
  }
}

describe('SIGKILL during import, coding and export', () => {
  it(`leaves a lab that opens, passes integrity_check, and holds only whole sources and whole exports (${KILLS} kills)`, async () => {
    const home = tempDir('labwb-kill-');
    const out = join(home, 'exports');
    mkdirSync(out);
    const lab = join(home, 'kill.scalinglab');
    const store = LabStore.create(lab);
    initialiseLab(store, LabProfile.parse({ name: 'Kill lab', startDate: '2026-01-01' }));
    store.close();

    const rounds: Round[] = [];
    for (let i = 0; i < KILLS; i++) {
      const killedAfter = await runAndKill(lab, home, out, 1000 + i);
      const reopened = LabStore.open(lab);
      try {
        expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
        rounds.push({ killedAfter, sources: checkSources(reopened.db) });
      } finally {
        reopened.close();
      }
      await checkExports(out);
    }
    console.log(JSON.stringify({ kills: rounds.length, lastStep: rounds.map((r) => r.killedAfter), sources: rounds.at(-1)?.sources }));
    expect(rounds).toHaveLength(KILLS);
    // The kills landed in work, not all before it started.
    expect(rounds.at(-1)!.sources).toBeGreaterThan(0);
  }, 30_000 + KILLS * 8_000);
});
