import type { Database } from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';

const TIME_POINTS = ['baseline', 'midline', 'endline'] as const;
const TIME_LABEL = { baseline: 'Baseline', midline: 'Midline', endline: 'Endline' } as const;

/**
 * Open-ended survey answers as codable sources. Each text question at each time point is one source of kind
 * 'survey' whose turns are the answers; the source says which question and time point it holds, so a re-import
 * finds and rewrites it, and filters and matrices can go by time point. Columns on `source` rather than entries in
 * its free-form `attributes`: the documenter edits attributes, and a time point filter must not depend on them.
 *
 * Text answers a lab already holds become sources here, laid out as the import lays them out
 * (core/tracking/survey-sources.ts), written out in full because a migration must not change when that code does.
 * They are not in the change log: like the seeded rows of earlier migrations, undo does not reach below them.
 */
export default function up(db: Database): void {
  db.exec(`
    ALTER TABLE source ADD COLUMN survey_item_id TEXT REFERENCES survey_item(id);
    ALTER TABLE source ADD COLUMN time_point TEXT CHECK (time_point IN ('baseline', 'midline', 'endline'));
    CREATE UNIQUE INDEX source_survey_item ON source(survey_item_id, time_point) WHERE survey_item_id IS NOT NULL;
  `);
  const now = new Date().toISOString();
  const items = db.prepare(`SELECT id, label FROM survey_item WHERE kind = 'text' ORDER BY position`).all() as { id: string; label: string }[];
  const answers = db.prepare(
    `SELECT a.participant_id AS participantId, a.value_text AS text FROM survey_answer a JOIN participant p ON p.id = a.participant_id
      WHERE a.item_id = ? AND a.time_point = ? AND trim(a.value_text) <> '' ORDER BY p.rowid`,
  );
  const source = db.prepare(
    `INSERT INTO source (id, title, kind, format, file_name, sha256, byte_size, word_count, language, attributes, survey_item_id, time_point, created_at, updated_at)
     VALUES (?, ?, 'survey', 'txt', 'survey answers', ?, ?, ?, '', '{}', ?, ?, ?, ?)`,
  );
  const content = db.prepare(`INSERT INTO source_content (id, text, blocks, original) VALUES (?, ?, ?, ?)`);
  const speaker = db.prepare(`INSERT INTO source_speaker (id, source_id, label, participant_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
  const number = new Map<string, number>();
  for (const item of items) {
    for (const tp of TIME_POINTS) {
      const rows = answers.all(item.id, tp) as { participantId: string; text: string }[];
      if (rows.length === 0) continue;
      for (const r of rows) if (!number.has(r.participantId)) number.set(r.participantId, number.size + 1);
      rows.sort((a, b) => number.get(a.participantId)! - number.get(b.participantId)!);
      let text = '';
      const blocks: { kind: 'turn'; start: number; end: number; speaker: string }[] = [];
      for (const r of rows) {
        const turn = r.text.replace(/\r\n?/g, '\n').trim();
        if (text) text += '\n\n';
        blocks.push({ kind: 'turn', start: text.length, end: text.length + turn.length, speaker: `Respondent ${number.get(r.participantId)}` });
        text += turn;
      }
      const id = randomUUID();
      const bytes = Buffer.from(text, 'utf8');
      const sha = createHash('sha256').update(`survey source\u0000${item.id}\u0000${tp}`).digest('hex');
      const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
      source.run(id, `Survey · ${item.label} · ${TIME_LABEL[tp]}`.slice(0, 300), sha, bytes.byteLength, words, item.id, tp, now, now);
      content.run(id, text, JSON.stringify(blocks), bytes);
      for (const r of rows) speaker.run(randomUUID(), id, `Respondent ${number.get(r.participantId)}`, r.participantId, now, now);
    }
  }
}
