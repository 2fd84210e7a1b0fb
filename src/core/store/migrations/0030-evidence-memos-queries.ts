import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

const STAMPS = `
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES coder(id),
  updated_by TEXT REFERENCES coder(id)`;

/**
 * The evidence dimensions a lab starts with, from the background documents: the four types of evidence
 * (Evidence use in community-led learning ecosystems, 4.2), its forms of use (4.3) and levels (4.4), and the
 * four areas of the What Works Hub framework. Stored as data so a lab can relabel them and add its own.
 */
const SEED: { key: string; label: string; description: string; multiple: boolean; values: [string, string, string][] }[] = [
  {
    key: 'type',
    label: 'Evidence type',
    description: 'What kind of evidence the excerpt carries. Several may apply.',
    multiple: true,
    values: [
      ['research', 'Research evidence', 'Academic studies, evaluations, systematic reviews and synthesised reports produced by research institutions.'],
      ['sector-data', 'Sector-generated data', 'Data the education sector collects itself: school assessments, surveys, EMIS, workforce and demographic data, official plans and reviews.'],
      ['practice', 'Practice-informed advice', 'The knowledge, skills and experience of trusted professionals and peers, shared through mentoring, networks and advice.'],
      ['pedagogical', 'Pedagogical evidence', 'Evidence from classroom practice and learners: observations, reflective practice, learner performance and feedback.'],
    ],
  },
  {
    key: 'use',
    label: 'Use',
    description: 'How the evidence is used.',
    multiple: true,
    values: [
      ['transparent', 'Transparent (conceptual)', 'Evidence raises awareness, frames an issue or deepens understanding without prompting immediate action.'],
      ['instrumental', 'Instrumental', 'Evidence is applied directly to make a specific decision, shape a policy or solve a particular problem.'],
      ['embedded', 'Embedded (process)', 'Evidence is built into routines and used regularly to monitor, adapt and refine programmes or policies.'],
    ],
  },
  {
    key: 'level',
    label: 'Level',
    description: 'At which level the evidence is used.',
    multiple: true,
    values: [
      ['individual', 'Individual', 'Evidence informs the attitudes and behaviour of individual officials, teachers, school leaders, parents or learners.'],
      ['organisational', 'Organisational', 'An organisation uses evidence collectively to decide on funding, programme design, strategy or pedagogy.'],
      ['system', 'System', 'Evidence shapes the processes, norms and values by which individuals and organisations in the system interact.'],
    ],
  },
  {
    key: 'area',
    label: 'Area',
    description: 'Which area of the evidence-to-scale framework the evidence sits in.',
    multiple: true,
    values: [
      ['efficacy', 'Efficacy', 'Controlled studies showing that an intervention improves learning outcomes.'],
      ['efficacy-plus', 'Efficacy+', 'Efficacy shown again in other contexts and settings, including through government delivery: evidence pressure-tested for scale.'],
      ['policy-plans', 'Policy plans', 'Plans, policies, frameworks, regulations or laws within government aimed at learning, not yet implemented at scale.'],
      ['practice-at-scale', 'Practice at scale', 'What actually happens in the education system and in large numbers of classrooms.'],
    ],
  },
];

export default function up(db: Database): void {
  db.exec(`
    -- The block (speaker turn or paragraph) an excerpt starts in, for "same turn" co-occurrence.
    ALTER TABLE excerpt ADD COLUMN block INTEGER;
    UPDATE excerpt SET block = (
      SELECT CAST(b.key AS INTEGER) FROM source_content c, json_each(c.blocks) b
       WHERE c.id = excerpt.source_id
         AND json_extract(b.value, '$.start') <= excerpt.start AND json_extract(b.value, '$.end') > excerpt.start);
    CREATE INDEX excerpt_block ON excerpt(source_id, block);

    CREATE TABLE evidence_dimension (
      id TEXT PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      label TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      multiple INTEGER NOT NULL DEFAULT 1,
      position INTEGER NOT NULL,
      ${STAMPS}
    );

    CREATE TABLE evidence_value (
      id TEXT PRIMARY KEY,
      dimension_id TEXT NOT NULL REFERENCES evidence_dimension(id),
      key TEXT NOT NULL,
      label TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      ${STAMPS},
      UNIQUE (dimension_id, key)
    );
    CREATE INDEX evidence_value_dimension ON evidence_value(dimension_id, position);

    -- A source's default tags: its excerpts carry them until tagged in that dimension themselves.
    CREATE TABLE source_evidence (
      id TEXT PRIMARY KEY,
      source_id TEXT NOT NULL REFERENCES source(id),
      value_id TEXT NOT NULL REFERENCES evidence_value(id),
      ${STAMPS},
      UNIQUE (source_id, value_id)
    );
    CREATE INDEX source_evidence_value ON source_evidence(value_id);

    CREATE TABLE excerpt_evidence (
      id TEXT PRIMARY KEY,
      excerpt_id TEXT NOT NULL REFERENCES excerpt(id),
      value_id TEXT NOT NULL REFERENCES evidence_value(id),
      ${STAMPS},
      UNIQUE (excerpt_id, value_id)
    );
    CREATE INDEX excerpt_evidence_value ON excerpt_evidence(value_id);

    -- The tags each excerpt effectively carries: its own in a dimension where it has any, else its source's.
    CREATE VIEW excerpt_tag AS
      SELECT ee.excerpt_id, ee.value_id, v.dimension_id, 0 AS inherited
        FROM excerpt_evidence ee JOIN evidence_value v ON v.id = ee.value_id
      UNION ALL
      SELECT e.id, se.value_id, v.dimension_id, 1
        FROM excerpt e
        JOIN source_evidence se ON se.source_id = e.source_id
        JOIN evidence_value v ON v.id = se.value_id
       WHERE NOT EXISTS (
         SELECT 1 FROM excerpt_evidence own JOIN evidence_value ov ON ov.id = own.value_id
          WHERE own.excerpt_id = e.id AND ov.dimension_id = v.dimension_id);

    -- Rich-text memos on the lab, a phase (the reflexive journal), a source, a code, an excerpt or a participant.
    CREATE TABLE memo (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      body TEXT NOT NULL DEFAULT '',
      body_text TEXT NOT NULL DEFAULT '',
      target_kind TEXT NOT NULL CHECK (target_kind IN ('lab', 'phase', 'source', 'code', 'excerpt', 'participant')),
      target_id TEXT,
      ${STAMPS}
    );
    CREATE INDEX memo_target ON memo(target_kind, target_id);

    CREATE TABLE memo_excerpt (
      id TEXT PRIMARY KEY,
      memo_id TEXT NOT NULL REFERENCES memo(id),
      excerpt_id TEXT NOT NULL REFERENCES excerpt(id),
      ${STAMPS},
      UNIQUE (memo_id, excerpt_id)
    );
    CREATE INDEX memo_excerpt_excerpt ON memo_excerpt(excerpt_id);

    CREATE VIRTUAL TABLE memo_fts USING fts5(
      title, body_text, content = 'memo', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER memo_fts_insert AFTER INSERT ON memo BEGIN
      INSERT INTO memo_fts (rowid, title, body_text) VALUES (new.rowid, new.title, new.body_text);
    END;
    CREATE TRIGGER memo_fts_delete AFTER DELETE ON memo BEGIN
      INSERT INTO memo_fts (memo_fts, rowid, title, body_text) VALUES ('delete', old.rowid, old.title, old.body_text);
    END;
    CREATE TRIGGER memo_fts_update AFTER UPDATE OF title, body_text ON memo BEGIN
      INSERT INTO memo_fts (memo_fts, rowid, title, body_text) VALUES ('delete', old.rowid, old.title, old.body_text);
      INSERT INTO memo_fts (rowid, title, body_text) VALUES (new.rowid, new.title, new.body_text);
    END;

    -- Excerpt text in full-text search too, so a search can find what was coded and memoed.
    CREATE VIRTUAL TABLE excerpt_fts USING fts5(
      text, memo, content = 'excerpt', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO excerpt_fts (excerpt_fts) VALUES ('rebuild');
    CREATE TRIGGER excerpt_fts_insert AFTER INSERT ON excerpt BEGIN
      INSERT INTO excerpt_fts (rowid, text, memo) VALUES (new.rowid, new.text, new.memo);
    END;
    CREATE TRIGGER excerpt_fts_delete AFTER DELETE ON excerpt BEGIN
      INSERT INTO excerpt_fts (excerpt_fts, rowid, text, memo) VALUES ('delete', old.rowid, old.text, old.memo);
    END;
    CREATE TRIGGER excerpt_fts_update AFTER UPDATE OF text, memo ON excerpt BEGIN
      INSERT INTO excerpt_fts (excerpt_fts, rowid, text, memo) VALUES ('delete', old.rowid, old.text, old.memo);
      INSERT INTO excerpt_fts (rowid, text, memo) VALUES (new.rowid, new.text, new.memo);
    END;

    -- A named excerpt filter that re-runs on live data.
    CREATE TABLE saved_query (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      filter TEXT NOT NULL CHECK (json_valid(filter)),
      ${STAMPS}
    );
  `);
  const now = new Date().toISOString();
  const dim = db.prepare(
    `INSERT INTO evidence_dimension (id, key, label, description, multiple, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const val = db.prepare(
    `INSERT INTO evidence_value (id, dimension_id, key, label, description, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  SEED.forEach((d, i) => {
    const id = randomUUID();
    dim.run(id, d.key, d.label, d.description, d.multiple ? 1 : 0, i, now, now);
    d.values.forEach(([key, label, description], j) => val.run(randomUUID(), id, key, label, description, j, now, now));
  });
}
