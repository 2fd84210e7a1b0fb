import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/core/app/workspace';
import { dispatch } from '../../src/core/dispatch';
import { backupLab } from '../../src/core/store/backup';
import { backupFolder, backupsToDelete, listBackupFiles, type BackupFile } from '../../src/core/store/backup-files';
import { checkLabFile } from '../../src/core/store/check-lab';
import { LabStore } from '../../src/core/store/lab-store';
import { LATEST_VERSION } from '../../src/core/store/migrations';
import { addSource, docFrom } from '../helpers/sources';
import { tempDir } from '../helpers/temp';

const root = join(__dirname, '../..');

/** A front door in browser mode (which backs up on open), with a lab of one source. */
async function browserApp(backupEveryMs = 60_000) {
  const home = tempDir('labwb-backup-');
  const ws = new Workspace({ mode: 'browser', home, version: 'test', coderName: 'Backer', backupEveryMs });
  const call = async (name: string, input: unknown) => {
    const r = await dispatch(ws, name, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.result as never;
  };
  const path = join(home, 'kenya.scalinglab');
  return { ws, home, call, path };
}

function integrity(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

/** Waits until the backups folder holds `n` backups (the on-open backup runs in the background). */
async function backupsOf(path: string, n: number): Promise<BackupFile[]> {
  for (let i = 0; i < 200 && listBackupFiles(path).length < n; i++) await new Promise((r) => setTimeout(r, 25));
  return listBackupFiles(path);
}

function labwb(home: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/labwb.mjs'), '--home', home, '--coder', 'CLI Tester', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('automatic backups', () => {
  it('backs up on open once per state, again after a change, into whole labs that pass integrity_check', async () => {
    const app = await browserApp();
    await app.call('labs.create', { path: app.path, profile: { name: 'Kenya', startDate: '2026-01-01' } });
    expect(await backupsOf(app.path, 1)).toHaveLength(1);
    for (let i = 0; i < 5; i++) {
      await app.call('labs.close', {});
      await app.call('labs.open', { path: app.path });
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(listBackupFiles(app.path)).toHaveLength(1);

    addSource({ ws: app.ws, home: app.home, call: app.call as never }, 'one.txt', docFrom([['Interviewer', 'How did the coaches work?']]));
    await app.call('labs.close', {});
    await app.call('labs.open', { path: app.path });
    const [newest, first] = await backupsOf(app.path, 2);
    expect(newest!.reason).toBe('open');
    expect(newest!.fileName).toMatch(new RegExp(`^kenya \\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z schema-${LATEST_VERSION} open\\.scalinglab$`));
    expect(backupFolder(app.path)).toBe(join(app.home, 'kenya backups'));
    for (const b of [newest!, first!]) {
      expect(integrity(b.path)).toBe('ok');
      expect(checkLabFile(b.path)).toMatchObject({ ok: true, schemaVersion: LATEST_VERSION });
      // A single file: a rollback journal, nothing beside it.
      expect(existsSync(`${b.path}-wal`)).toBe(false);
    }
    const listed: { sources: number; excerpts: number }[] = await app.call('backups.list', {});
    expect(listed.map((b) => b.sources)).toEqual([1, 0]);
    app.ws.close();
  });

  it('the timer backs up only when the lab changed since the last backup', async () => {
    const app = await browserApp(150);
    await app.call('labs.create', { path: app.path, profile: { name: 'Kenya', startDate: '2026-01-01' } });
    await backupsOf(app.path, 1);
    await new Promise((r) => setTimeout(r, 500));
    expect(listBackupFiles(app.path)).toHaveLength(1);
    await app.call('lab.update', { patch: { country: 'Kenya' } });
    const list = await backupsOf(app.path, 2);
    expect(list[0]!.reason).toBe('auto');
    await new Promise((r) => setTimeout(r, 500));
    expect(listBackupFiles(app.path)).toHaveLength(2);
    app.ws.close();
  });

  it('small calls keep answering while a large lab is copied', async () => {
    const app = await browserApp();
    const store = LabStore.create(join(app.home, 'big.scalinglab'));
    const text = 'The literacy coach visited every school in the county twice a term. '.repeat(2000);
    for (let i = 0; i < 60; i++) addSource({ ws: { store } as never, home: app.home, call: app.call as never }, `s${i}.txt`, docFrom([text + i]));
    let answered = 0;
    let copying = true;
    const ticker = (async () => {
      while (copying) {
        store.stmt('SELECT count(*) FROM source').get();
        answered++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    const made = await backupLab(store.db, store.path, 'manual');
    copying = false;
    await ticker;
    expect(integrity(made)).toBe('ok');
    // The copy moves 100 pages per turn of the event loop; a lab this size takes many turns, each answered.
    expect(answered).toBeGreaterThan(10);
    store.close();
  });

  it('backs up a lab before migrating it, at its old schema', () => {
    const dir = tempDir();
    const path = join(dir, 'old.scalinglab');
    copyFileSync(join(root, 'test/fixtures/labs/v0020.scalinglab'), path);
    LabStore.open(path).close();
    const [b] = listBackupFiles(path);
    expect(b).toMatchObject({ schemaVersion: 20, reason: 'before-migration' });
    expect(checkLabFile(b!.path)).toMatchObject({ ok: true, schemaVersion: 20 });
  });

  it('keeps the newest ten, the newest of each day for thirty days, and the newest at each older schema', () => {
    const now = new Date('2026-06-30T12:00:00Z');
    const files: BackupFile[] = [];
    // Four a day for 40 days, schema 50, except the oldest day at schema 40.
    for (let d = 0; d < 40; d++) {
      for (let h = 0; h < 4; h++) {
        const at = new Date(now.getTime() - d * 86_400_000 - h * 3_600_000);
        files.push({ path: `${d}-${h}`, fileName: `${d}-${h}`, at, schemaVersion: d === 39 ? 40 : 50, reason: 'auto', bytes: 1 });
      }
    }
    const doomed = new Set(backupsToDelete(files, now));
    const kept = files.filter((f) => !doomed.has(f));
    expect(kept.slice(0, 10)).toEqual(files.slice(0, 10));
    const days = new Set(kept.map((f) => f.at.toISOString().slice(0, 10)));
    expect(days.size).toBe(31 + 1); // 30 days back and today, plus the schema-40 day
    expect(kept.filter((f) => f.schemaVersion === 40)).toHaveLength(1);
    expect(kept.length).toBe(10 + (31 - 3) + 1);
  });
});

describe('labwb backup, backups, restore', () => {
  it('backs up, lists, restores after keeping the current lab, and refuses what is not a good lab', () => {
    const home = tempDir('labwb-cli-home-');
    const lab = join(home, 'kenya.scalinglab');
    expect(labwb(home, 'new', lab, '--name', 'Kenya', '--start', '2026-01-01').code).toBe(0);
    const made = labwb(home, 'backup', lab);
    expect(made.code).toBe(0);
    const backupPath = made.out.trim();
    expect(existsSync(backupPath)).toBe(true);
    expect(backupPath.startsWith(join(home, 'kenya backups'))).toBe(true);

    const notes = join(home, 'notes.txt');
    writeFileSync(notes, 'Minutes of the reflection convening');
    writeFileSync(join(home, 'corpus.txt'), 'Interviewer: How did the coaches work?\nTeacher: They came every week.');
    expect(labwb(home, 'import', lab, join(home, 'corpus.txt')).code).toBe(0);

    const list = labwb(home, 'backups', lab);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/schema \d+\s+manual\s+0 sources, 0 excerpts/);

    const refused = labwb(home, 'restore', notes, lab);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('“notes.txt” cannot be restored');
    const damaged = join(home, 'damaged.scalinglab');
    copyFileSync(backupPath, damaged);
    const bytes = readFileSync(damaged);
    bytes.fill(0x41, 4096 * 2, 4096 * 3); // one b-tree page overwritten
    writeFileSync(damaged, bytes);
    const bad = labwb(home, 'restore', damaged, lab);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/failed the integrity check|cannot be restored/);

    const restored = labwb(home, 'restore', backupPath, lab, '--json');
    expect(restored.code, restored.err).toBe(0);
    const r = JSON.parse(restored.out) as { safetyCopy: string };
    expect(integrity(lab)).toBe('ok');
    const info = JSON.parse(labwb(home, 'backups', lab, '--json').out) as { path: string; reason: string; sources: number }[];
    expect(info.find((b) => b.path === r.safetyCopy)).toMatchObject({ reason: 'before-restore', sources: 1 });
    const db = new Database(lab, { readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM source').get() as { n: number }).n).toBe(0);
    db.close();
    expect(readdirSync(backupFolder(lab)).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('restores the open lab in the app and reopens it', async () => {
    const app = await browserApp();
    await app.call('labs.create', { path: app.path, profile: { name: 'Kenya', startDate: '2026-01-01' } });
    const [first] = await backupsOf(app.path, 1);
    await app.call('lab.update', { patch: { name: 'Renamed' } });
    const r: { lab: { name: string } } = await app.call('backups.restore', { backup: first!.path });
    expect(r.lab.name).toBe('Kenya');
    expect(((await app.call('lab.get', {})) as { name: string }).name).toBe('Kenya');
    app.ws.close();
  });
});
