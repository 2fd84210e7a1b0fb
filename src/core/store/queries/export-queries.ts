import type { LabStore } from '../lab-store';

/*
 * What the lab workbook reads. Excerpts are read a page at a time (their ids once, in reading order; then each
 * page's rows, codes and tags in three queries), so a lab of 100,000 excerpts never sits in memory whole.
 */

/** Every excerpt id in the order a reader expects: by source date and title, then position in the source. */
export function excerptIdsInOrder(store: LabStore): string[] {
  return store
    .stmt(`SELECT e.id FROM excerpt e JOIN source s ON s.id = e.source_id ORDER BY s.date IS NULL, s.date, s.title, s.id, e.start, e.end`)
    .pluck(true)
    .all() as string[];
}

export interface ExcerptExportRow {
  id: string;
  text: string;
  memo: string;
  speaker: string | null;
  start: number;
  end: number;
  createdAt: string;
  sourceId: string;
  sourceTitle: string;
  sourceKind: string;
  sourceDate: string | null;
  phase: string | null;
  convening: string | null;
  participantId: string | null;
  displayName: string | null;
  pseudonym: string | null;
  sector: string | null;
  role: string | null;
  organisation: string | null;
}

/** One page of excerpts, in the order of `ids`. */
export function excerptPage(store: LabStore, ids: string[]): ExcerptExportRow[] {
  return store
    .stmt(
      `SELECT e.id, e.text, e.memo, e.speaker, e.start, e."end", e.created_at AS createdAt,
              s.id AS sourceId, s.title AS sourceTitle, s.kind AS sourceKind, s.date AS sourceDate, ph.name AS phase, cv.name AS convening,
              p.id AS participantId, p.display_name AS displayName, p.pseudonym, p.sector, p.role, p.organisation
         FROM json_each(?) j
         JOIN excerpt e ON e.id = j.value
         JOIN source s ON s.id = e.source_id
         LEFT JOIN phase ph ON ph.id = s.phase_id
         LEFT JOIN convening cv ON cv.id = s.convening_id
         LEFT JOIN source_speaker sp ON sp.source_id = e.source_id AND sp.label = e.speaker
         LEFT JOIN participant p ON p.id = sp.participant_id
        ORDER BY j.key`,
    )
    .all(JSON.stringify(ids)) as ExcerptExportRow[];
}

/** The codings of a page of excerpts, with who applied each. */
export function codingsOfPage(store: LabStore, ids: string[]): { excerptId: string; codeId: string; coder: string | null }[] {
  return store
    .stmt(
      `SELECT ec.excerpt_id AS excerptId, ec.code_id AS codeId, c.name AS coder
         FROM excerpt_code ec LEFT JOIN coder c ON c.id = ec.created_by
        WHERE ec.excerpt_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as { excerptId: string; codeId: string; coder: string | null }[];
}

/** Excerpts per code and source, for the code × source matrix. */
export function codeSourceCounts(store: LabStore): { codeId: string; sourceId: string; n: number }[] {
  return store
    .stmt(
      `SELECT ec.code_id AS codeId, e.source_id AS sourceId, count(*) AS n
         FROM excerpt_code ec JOIN excerpt e ON e.id = ec.excerpt_id GROUP BY ec.code_id, e.source_id`,
    )
    .all() as { codeId: string; sourceId: string; n: number }[];
}

/** Each source's default evidence values. */
export function sourceDefaultTags(store: LabStore): { sourceId: string; valueId: string }[] {
  return store.stmt(`SELECT source_id AS sourceId, value_id AS valueId FROM source_evidence`).all() as { sourceId: string; valueId: string }[];
}

/** Every data point with its measure, for the measures sheet. */
export function measurePoints(store: LabStore): { measureId: string; date: string; value: number; note: string }[] {
  return store.stmt(`SELECT measure_id AS measureId, date, value, note FROM data_point ORDER BY measure_id, date`).all() as {
    measureId: string;
    date: string;
    value: number;
    note: string;
  }[];
}

/** Every code's own fields (no counts), for the codebook sheet. */
export function selectCodeTexts(store: LabStore): Map<string, { definition: string; whenToUse: string; whenNotToUse: string; example: string; colour: string }> {
  const rows = store
    .stmt(`SELECT id, definition, when_to_use AS whenToUse, when_not_to_use AS whenNotToUse, example, colour FROM code`)
    .all() as { id: string; definition: string; whenToUse: string; whenNotToUse: string; example: string; colour: string }[];
  return new Map(rows.map(({ id, ...r }) => [id, r]));
}
