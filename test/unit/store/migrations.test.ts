import Database from 'better-sqlite3';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAB_APPLICATION_ID } from '../../../src/core/store/lab-file';
import { LabStore } from '../../../src/core/store/lab-store';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion, type Migration } from '../../../src/core/store/migrations';
import { tempDir } from '../../helpers/temp';

/**
 * Schemas no release ever wrote: they shipped together with a later migration in one release, and that release's
 * fixture (v0110 for 80 to 110) stands for them.
 */
const SHIPPED_WITH_A_LATER_ONE = new Set([80, 90, 100]);

const fixture = (version: number) => join(__dirname, '../../fixtures/labs', `v${String(version).padStart(4, '0')}.scalinglab`);

function tableCounts(db: Database.Database): Record<string, number> {
  const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map((r) => r.name);
  return Object.fromEntries(names.map((n) => [n, (db.prepare(`SELECT count(*) AS c FROM "${n}"`).get() as { c: number }).c]));
}

describe('migrations', () => {
  it('are numbered in increasing steps', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('build the newest schema on an empty file, and mark it as a lab', () => {
    const db = new Database(join(tempDir(), 'new.scalinglab'));
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(LAB_APPLICATION_ID);
    expect(Object.keys(tableCounts(db))).toEqual(
      expect.arrayContaining(['lab', 'phase', 'convening', 'participant', 'coder', 'change_set', 'change_log']),
    );
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  // Each migration runs on a database at the version before it, with rows in it; nothing may be lost.
  for (const [i, m] of MIGRATIONS.entries()) {
    const previous = i === 0 ? 0 : MIGRATIONS[i - 1]!.version;
    it(`${m.version} (${m.name}) upgrades a file made at version ${previous} and keeps its rows`, () => {
      const path = join(tempDir(), 'old.scalinglab');
      if (previous > 0 && existsSync(fixture(previous))) copyFileSync(fixture(previous), path);
      const db = new Database(path);
      migrate(db, previous);
      const before = tableCounts(db);
      migrate(db, m.version);
      expect(schemaVersion(db)).toBe(m.version);
      const after = tableCounts(db);
      for (const [table, count] of Object.entries(before)) expect(after[table], table).toBe(count);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    });
  }

  it('every released schema has a fixture file that opens and migrates to the newest', () => {
    for (const m of MIGRATIONS.filter((m) => !SHIPPED_WITH_A_LATER_ONE.has(m.version))) {
      expect(existsSync(fixture(m.version)), `test/fixtures/labs/v${m.version} is missing`).toBe(true);
      const path = join(tempDir(), 'fixture.scalinglab');
      copyFileSync(fixture(m.version), path);
      const store = LabStore.open(path);
      expect(store.schemaVersion).toBe(LATEST_VERSION);
      const lab = store.db.prepare('SELECT name FROM lab').get() as { name: string };
      expect(lab.name).toMatch(/^Fixture Lab/);
      expect((store.db.prepare('SELECT count(*) AS c FROM participant').get() as { c: number }).c).toBe(4);
      store.close();
    }
  });

  it('leave the file as it was when a step fails', () => {
    const db = new Database(join(tempDir(), 'fail.scalinglab'));
    const broken: Migration[] = [
      ...MIGRATIONS,
      {
        version: LATEST_VERSION + 10,
        name: 'broken',
        up: (d) => {
          d.exec('CREATE TABLE half_done (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, LATEST_VERSION + 10, broken)).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(tableCounts(db)).toEqual({});
    db.close();
  });

  it('refuse a file from a newer version', () => {
    const db = new Database(join(tempDir(), 'future.scalinglab'));
    db.pragma(`user_version = ${LATEST_VERSION + 1000}`);
    expect(() => migrate(db)).toThrow(/newer version/);
    db.close();
  });
});

describe('migration 30 (evidence, memos, saved queries) on a lab made by schema 20', () => {
  it('seeds the four evidence dimensions, places old excerpts in their blocks, and tags nothing yet', () => {
    const path = join(tempDir(), 'v20.scalinglab');
    copyFileSync(fixture(20), path);
    const before = new Database(path);
    const excerptsBefore = before.prepare('SELECT id, text FROM excerpt ORDER BY id').all();
    before.close();
    const store = LabStore.open(path);
    const dims = store.db.prepare(
      `SELECT d.key, count(v.id) AS n FROM evidence_dimension d JOIN evidence_value v ON v.dimension_id = d.id GROUP BY d.key ORDER BY d.position`,
    ).all();
    expect(dims).toEqual([{ key: 'type', n: 4 }, { key: 'use', n: 3 }, { key: 'level', n: 3 }, { key: 'area', n: 4 }]);
    expect(store.db.prepare('SELECT id, text FROM excerpt ORDER BY id').all()).toEqual(excerptsBefore);
    const blocks = store.db.prepare('SELECT block FROM excerpt').all() as { block: number | null }[];
    expect(blocks.every((b) => typeof b.block === 'number')).toBe(true);
    expect(store.db.prepare('SELECT count(*) AS n FROM excerpt_tag').get()).toEqual({ n: 0 });
    // Excerpt text made before the migration is in the new excerpt index.
    expect((store.db.prepare(`SELECT count(*) AS n FROM excerpt_fts WHERE excerpt_fts MATCH 'shillings'`).get() as { n: number }).n).toBe(1);
    store.close();
  });
});

describe('migration 100 (survey sources) on a lab holding text answers', () => {
  it('makes a survey source per text question and time point, one turn per answer, mapped to its respondent', () => {
    const path = join(tempDir(), 'answers.scalinglab');
    const db = new Database(path);
    const previous = MIGRATIONS[MIGRATIONS.findIndex((m) => m.version === 100) - 1]!.version;
    migrate(db, previous);
    const now = '2026-02-01T00:00:00.000Z';
    const person = db.prepare(`INSERT INTO participant (id, display_name, pseudonym, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`);
    person.run('p1', 'Wanjiru K.', 'P1', now, now);
    person.run('p2', 'Otieno M.', 'P2', now, now);
    const item = db.prepare(`INSERT INTO survey_item (id, key, label, kind, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    item.run('hope', 'hope', 'What do you hope to learn?', 'text', 0, now, now);
    item.run('score', 'score', 'Satisfaction', 'numeric', 1, now, now);
    const answer = db.prepare(`INSERT INTO survey_answer (id, participant_id, time_point, item_id, value_num, value_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    answer.run('a1', 'p1', 'baseline', 'hope', null, 'How to cost coaching\r\n', now, now);
    answer.run('a2', 'p2', 'baseline', 'hope', null, 'Budget lines', now, now);
    answer.run('a3', 'p2', 'endline', 'hope', null, '  ', now, now);
    answer.run('a4', 'p1', 'baseline', 'score', 4, '4', now, now);
    migrate(db);
    const sources = db.prepare(`SELECT id, title, kind, survey_item_id, time_point FROM source`).all() as { id: string }[];
    expect(sources).toEqual([
      { id: expect.any(String), title: 'Survey · What do you hope to learn? · Baseline', kind: 'survey', survey_item_id: 'hope', time_point: 'baseline' },
    ]);
    const content = db.prepare(`SELECT text, blocks FROM source_content WHERE id = ?`).get(sources[0]!.id) as { text: string; blocks: string };
    expect(content.text).toBe('How to cost coaching\n\nBudget lines');
    expect(JSON.parse(content.blocks)).toEqual([
      { kind: 'turn', start: 0, end: 20, speaker: 'Respondent 1' },
      { kind: 'turn', start: 22, end: 34, speaker: 'Respondent 2' },
    ]);
    expect(db.prepare(`SELECT label, participant_id FROM source_speaker ORDER BY label`).all()).toEqual([
      { label: 'Respondent 1', participant_id: 'p1' },
      { label: 'Respondent 2', participant_id: 'p2' },
    ]);
    expect(db.prepare(`SELECT count(*) AS n FROM source_fts WHERE source_fts MATCH 'budget'`).get()).toEqual({ n: 1 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
