import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LabStore } from '../../../src/core/store/lab-store';
import { appWithLab, tempDir, testApp } from '../../helpers/temp';

const digest = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

async function expectRefusal(path: string, code: string, message: RegExp, { isWalLab = false } = {}) {
  const before = digest(path);
  const app = testApp();
  await expect(app.call('labs.open', { path })).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  expect(digest(path)).toBe(before);
  // A WAL-mode lab gets its -wal side file from any reader; anything else must not gain one.
  if (!isWalLab) expect(existsSync(`${path}-wal`)).toBe(false);
  expect(app.ws.hasLab).toBe(false);
}

describe('opening something that is not a lab', () => {
  it('refuses a text file and leaves it untouched', async () => {
    const p = join(tempDir(), 'notes.scalinglab');
    writeFileSync(p, 'Interview notes, not a database.\n'.repeat(20));
    await expectRefusal(p, 'NOT_A_LAB', /notes\.scalinglab.*not an SQLite database/);
  });

  it('refuses an empty file', async () => {
    const p = join(tempDir(), 'empty.scalinglab');
    writeFileSync(p, '');
    await expectRefusal(p, 'NOT_A_LAB', /not an SQLite database/);
  });

  it('refuses an SQLite database made by something else', async () => {
    const p = join(tempDir(), 'other.db');
    const db = new Database(p);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    await expectRefusal(p, 'NOT_A_LAB', /SQLite database, but not a Scaling Lab Workbench lab/);
  });

  it('refuses a truncated lab and says it is damaged', async () => {
    const app = await appWithLab();
    for (let i = 0; i < 200; i++) {
      await app.call('participants.create', { participant: { displayName: `Person ${i}`, organisation: 'x'.repeat(200) } });
    }
    app.ws.detach();
    const cut = join(tempDir(), 'cut.scalinglab');
    copyFileSync(app.path, cut);
    truncateSync(cut, Math.floor(readFileSync(cut).length / 2));
    await expectRefusal(cut, 'LAB_DAMAGED', /cut\.scalinglab.*damaged/);
  });

  it('says a missing file is missing, and a folder is not a lab', async () => {
    const dir = tempDir();
    const app = testApp();
    await expect(app.call('labs.open', { path: join(dir, 'nope.scalinglab') })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    mkdirSync(join(dir, 'folder.scalinglab'));
    await expect(app.call('labs.open', { path: join(dir, 'folder.scalinglab') })).rejects.toMatchObject({ code: 'NOT_A_LAB' });
  });

  it('refuses to create a lab over an existing file', async () => {
    const p = join(tempDir(), 'taken.scalinglab');
    writeFileSync(p, 'precious');
    const app = testApp();
    await expect(app.call('labs.create', { path: p, profile: { name: 'X', startDate: '2026-01-01' } })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(readFileSync(p, 'utf8')).toBe('precious');
  });

  it('refuses a lab from a newer version without changing it', async () => {
    const app = await appWithLab();
    app.ws.detach();
    const db = new Database(app.path);
    db.pragma('user_version = 9990');
    db.close();
    await expectRefusal(app.path, 'LAB_TOO_NEW', /newer version/, { isWalLab: true });
  });

  it('opens a real lab in WAL mode with foreign keys on', async () => {
    const app = await appWithLab();
    const store: LabStore = app.ws.store;
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
