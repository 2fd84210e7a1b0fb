import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLabFile } from '../../src/core/store/check-lab';
import { tempDir } from '../helpers/temp';

const root = join(__dirname, '../..');
const corpus = join(root, 'test/fixtures/corpus');

function labwb(home: string, ...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [join(root, 'bin/labwb.mjs'), '--home', home, '--coder', 'Two', ...args]);
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    p.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('two processes on one lab', () => {
  it('both write at once (imports and a backup), every write lands, and the file stays whole', async () => {
    const home = tempDir('labwb-two-');
    const lab = join(home, 'shared.scalinglab');
    expect((await labwb(home, 'new', lab, '--name', 'Shared', '--start', '2026-01-01')).code).toBe(0);
    const folders = ['text', 'captions'].map((kind) => {
      const dir = join(home, kind);
      mkdirSync(dir);
      for (const f of readdirSync(join(corpus, kind))) copyFileSync(join(corpus, kind, f), join(dir, f));
      return dir;
    });
    const [a, b, c] = await Promise.all([
      labwb(home, 'import', lab, folders[0]!, '--json'),
      labwb(home, 'import', lab, folders[1]!, '--json'),
      labwb(home, 'backup', lab),
    ]);
    expect([a.code, b.code, c.code], a.err + b.err + c.err).toEqual([0, 0, 0]);
    const imported = [a, b].flatMap((r) => JSON.parse(r.out) as { status: string }[]).filter((r) => r.status === 'imported');
    expect(checkLabFile(lab)).toMatchObject({ ok: true });
    const db = new Database(lab, { readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM source').get() as { n: number }).n).toBe(imported.length);
    db.close();
    expect(imported.length).toBeGreaterThan(5);
  });
});
