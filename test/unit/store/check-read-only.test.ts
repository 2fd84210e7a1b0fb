import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, openSync, readdirSync, readFileSync, statSync, closeSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrate } from '../../../src/core/store/migrations';
import type { CheckReport } from '../../../src/shared/domain/app';
import { tempDir, testApp } from '../../helpers/temp';

const root = join(__dirname, '../../..');
const FIXTURES = join(root, 'test/fixtures/labs');
const fixtures = readdirSync(FIXTURES)
  .filter((f) => /^v\d+\.scalinglab$/.test(f))
  .sort();
const versionOf = (fixture: string) => Number(/^v(\d+)/.exec(fixture)![1]);

/** Bytes and mtime of the named files, and every file in the folder: what "check changed nothing" means. */
function snapshot(dir: string, files: string[]) {
  return {
    listing: readdirSync(dir).sort(),
    files: Object.fromEntries(
      files.map((f) => {
        const p = join(dir, f);
        return [f, { sha256: createHash('sha256').update(readFileSync(p)).digest('hex'), mtimeMs: statSync(p).mtimeMs }];
      }),
    ),
  };
}

/** `user_version` as stored in the main file's header, i.e. without reading any -wal. */
const headerVersion = (p: string) => readFileSync(p).readUInt32BE(60);

function labwb(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/labwb.mjs'), '--home', tempDir('labwb-cli-home-'), ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Checks `file` through dispatch and through the CLI (`--json`); both must agree. */
async function checkBothWays(file: string, expectedExit: 0 | 1): Promise<CheckReport> {
  const viaDispatch = await testApp().call('labs.check', { path: file });
  const cli = labwb('check', file, '--json');
  expect(cli.code, cli.err).toBe(expectedExit);
  expect(JSON.parse(cli.out)).toEqual(viaDispatch);
  return viaDispatch;
}

/** A copy of a fixture, in rollback-journal mode as committed, or turned to WAL mode and closed (as the app leaves a lab). */
function copyFixture(fixture: string, mode: 'rollback' | 'wal'): { dir: string; file: string } {
  const dir = tempDir('check-ro-');
  const file = join(dir, fixture);
  copyFileSync(join(FIXTURES, fixture), file);
  if (mode === 'wal') {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.close();
  }
  return { dir, file };
}

const writers: Database.Database[] = [];
afterEach(() => {
  for (const w of writers.splice(0)) w.close();
});

/** Another connection that upgraded the lab and has not checkpointed: the newest schema lives only in the -wal. */
function openWriterWithUncheckpointedWal(file: string): void {
  const writer = new Database(file);
  writers.push(writer);
  writer.pragma('journal_mode = WAL');
  writer.pragma('wal_autocheckpoint = 0');
  migrate(writer);
}

describe('labs.check is read-only', () => {
  it('has committed fixture labs to check', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const fixture of fixtures) {
    for (const mode of ['rollback', 'wal'] as const) {
      it(`checks ${fixture} (${mode === 'wal' ? 'WAL mode, closed' : 'as committed'}) at its own schema without changing a byte`, async () => {
        const own = versionOf(fixture);
        const { dir, file } = copyFixture(fixture, mode);
        expect(headerVersion(file)).toBe(own);
        expect(readdirSync(dir)).toEqual([fixture]);
        const before = snapshot(dir, [fixture]);

        const report = await checkBothWays(file, 0);
        expect(report).toMatchObject({ ok: true, problems: [], schemaVersion: own, appSchemaVersion: LATEST_VERSION, needsUpgrade: own < LATEST_VERSION });
        if (own < LATEST_VERSION) expect(report.notes.join(' ')).toContain(`upgrades it to schema ${LATEST_VERSION}`);
        else expect(report.notes).toEqual([]);

        expect(snapshot(dir, [fixture])).toEqual(before);
        expect(headerVersion(file)).toBe(own);
      });
    }
  }

  it('says in plain text that an older lab is fine and would be upgraded on opening', () => {
    const oldest = fixtures[0]!;
    if (versionOf(oldest) === LATEST_VERSION) return;
    const { file } = copyFixture(oldest, 'wal');
    const r = labwb('check', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`OK: ${file} (schema ${versionOf(oldest)})`);
    expect(r.out).toMatch(new RegExp(`Note: .*upgrades it to schema ${LATEST_VERSION}`));
  });

  it('checks a lab another connection has open, reading through its un-checkpointed WAL, without changing the file or the WAL', async () => {
    const oldest = fixtures[0]!;
    const { dir, file } = copyFixture(oldest, 'rollback');
    openWriterWithUncheckpointedWal(file);
    const name = oldest;
    expect(readdirSync(dir).sort()).toEqual([name, `${name}-shm`, `${name}-wal`]);
    expect(headerVersion(file)).toBe(versionOf(oldest));
    // The -shm is shared memory, where every reader (this check included) takes a read mark; it is listed, not hashed.
    const before = snapshot(dir, [name, `${name}-wal`]);

    const report = await checkBothWays(file, 0);
    expect(report).toMatchObject({ ok: true, problems: [], schemaVersion: LATEST_VERSION, needsUpgrade: false });

    expect(snapshot(dir, [name, `${name}-wal`])).toEqual(before);
    expect(headerVersion(file)).toBe(versionOf(oldest));
  });

  it('checks a WAL-mode lab copied with its -wal but no -shm, and leaves no -shm behind', async () => {
    const oldest = fixtures[0]!;
    const live = copyFixture(oldest, 'rollback');
    openWriterWithUncheckpointedWal(live.file);
    const dir = tempDir('check-ro-');
    const file = join(dir, oldest);
    copyFileSync(live.file, file);
    copyFileSync(`${live.file}-wal`, `${file}-wal`);
    const before = snapshot(dir, [oldest, `${oldest}-wal`]);

    const report = await checkBothWays(file, 0);
    expect(report).toMatchObject({ ok: true, schemaVersion: LATEST_VERSION });
    expect(snapshot(dir, [oldest, `${oldest}-wal`])).toEqual(before);
  });

  it('reports a lab from a newer version as such, runs SQLite’s checks on it and leaves it alone', async () => {
    const { dir, file } = copyFixture(fixtures[fixtures.length - 1]!, 'wal');
    const db = new Database(file);
    db.pragma('user_version = 9990');
    db.close();
    const before = snapshot(dir, [fixtures[fixtures.length - 1]!]);
    const report = await checkBothWays(file, 0);
    expect(report).toMatchObject({ ok: true, schemaVersion: 9990, needsUpgrade: false, problems: [] });
    expect(report.notes.join(' ')).toMatch(/newer version of the workbench \(schema 9990\)/);
    expect(snapshot(dir, [fixtures[fixtures.length - 1]!])).toEqual(before);
  });
});

describe('labs.check still refuses what is not a sound lab, and changes nothing', () => {
  const newest = () => fixtures[fixtures.length - 1]!;

  it('reports a missing file and creates none', async () => {
    const dir = tempDir('check-ro-');
    const report = await checkBothWays(join(dir, 'nope.scalinglab'), 1);
    expect(report).toMatchObject({ ok: false, schemaVersion: null });
    expect(report.problems[0]).toMatch(/There is no lab file at .*nope\.scalinglab/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a text file and an SQLite database of another program (in WAL mode) as not labs', async () => {
    const dir = tempDir('check-ro-');
    writeFileSync(join(dir, 'notes.scalinglab'), 'Minutes of the reflection convening\n'.repeat(20));
    const other = new Database(join(dir, 'other.db'));
    other.pragma('journal_mode = WAL');
    other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    other.close();
    const before = snapshot(dir, ['notes.scalinglab', 'other.db']);

    const app = testApp();
    const text = await app.call('labs.check', { path: join(dir, 'notes.scalinglab') });
    expect(text).toMatchObject({ ok: false, schemaVersion: null });
    expect(text.problems[0]).toContain('“notes.scalinglab” is not a lab file');
    const sqlite = await app.call('labs.check', { path: join(dir, 'other.db') });
    expect(sqlite.problems[0]).toContain('“other.db” is an SQLite database, but not a Scaling Lab Workbench lab');
    expect(snapshot(dir, ['notes.scalinglab', 'other.db'])).toEqual(before);
  });

  it('reports a lab cut short while copying', async () => {
    const { dir, file } = copyFixture(newest(), 'rollback');
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const before = snapshot(dir, [newest()]);
    const report = await checkBothWays(file, 1);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatch(/damaged.*cut short/);
    expect(snapshot(dir, [newest()])).toEqual(before);
  });

  it('reports a page overwritten with garbage, in WAL mode', async () => {
    const { dir, file } = copyFixture(newest(), 'wal');
    const pageSize = readFileSync(file).readUInt16BE(16);
    const pages = statSync(file).size / pageSize;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, Math.floor(pages / 2) * pageSize);
    closeSync(fd);
    const before = snapshot(dir, [newest()]);
    const report = await checkBothWays(file, 1);
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(snapshot(dir, [newest()])).toEqual(before);
  });

  it('reports an index its schema should have and the lab’s missing profile', async () => {
    const { dir, file } = copyFixture(newest(), 'rollback');
    const db = new Database(file);
    const { name } = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name LIMIT 1`).get() as { name: string };
    db.exec(`DROP INDEX "${name}"`);
    db.pragma('foreign_keys = OFF');
    db.exec('DELETE FROM lab');
    db.close();
    const before = snapshot(dir, [newest()]);
    const report = await testApp().call('labs.check', { path: file });
    expect(report.ok).toBe(false);
    expect(report.schemaVersion).toBe(versionOf(newest()));
    expect(report.problems).toContain(`the index “${name}” of schema ${versionOf(newest())} is missing`);
    expect(report.problems).toContain("the lab's profile (its one row in “lab”) is missing");
    expect(snapshot(dir, [newest()])).toEqual(before);
    expect(existsSync(`${file}-journal`)).toBe(false);
  });
});
