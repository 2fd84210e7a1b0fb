import type { LabStore } from '../lab-store';

/** Coded excerpts with their codes (comma-joined ids): what the assistant learns codes from. */
export function codedExcerptTexts(store: LabStore): { text: string; codes: string; sourceId: string; start: number; end: number }[] {
  return store
    .stmt(
      `SELECT e.text, group_concat(ec.code_id) AS codes, e.source_id AS sourceId, e.start, e.end
         FROM excerpt e JOIN excerpt_code ec ON ec.excerpt_id = e.id GROUP BY e.id`,
    )
    .all() as { text: string; codes: string; sourceId: string; start: number; end: number }[];
}

/**
 * A source's excerpts by start with their code ids (null for an excerpt with none): where suggestions may not go,
 * and the surroundings of the passages they may (nearby-coding.ts).
 */
export function sourceExcerptCodes(store: LabStore, sourceId: string): { start: number; end: number; codes: string | null }[] {
  return store
    .stmt(
      `SELECT e.start, e.end, group_concat(ec.code_id) AS codes
         FROM excerpt e LEFT JOIN excerpt_code ec ON ec.excerpt_id = e.id WHERE e.source_id = ? GROUP BY e.id ORDER BY e.start`,
    )
    .all(sourceId) as { start: number; end: number; codes: string | null }[];
}

/** Excerpts with evidence tags of their own (not a source's defaults, which say nothing about the passage). */
export function taggedExcerptTexts(store: LabStore): { text: string; values: string }[] {
  return store
    .stmt(`SELECT e.text, group_concat(ee.value_id) AS values_ FROM excerpt e JOIN excerpt_evidence ee ON ee.excerpt_id = e.id GROUP BY e.id`)
    .all()
    .map((r) => ({ text: (r as { text: string }).text, values: (r as { values_: string }).values_ }));
}

/** What the codebook says of each code: learned from like one example, so a code is suggested from its definition. */
export function codeDescriptions(store: LabStore): { id: string; name: string; text: string }[] {
  return store
    .stmt(`SELECT id, name, name || ' ' || definition || ' ' || when_to_use || ' ' || example AS text FROM code ORDER BY name`)
    .all() as { id: string; name: string; text: string }[];
}

/** Evidence values with their own and their dimension's description: the definitions of the evidence types. */
export function valueDescriptions(store: LabStore): { id: string; label: string; dimensionId: string; multiple: number; text: string }[] {
  return store
    .stmt(
      `SELECT v.id, v.label, v.dimension_id AS dimensionId, d.multiple, v.label || ' ' || v.description AS text
         FROM evidence_value v JOIN evidence_dimension d ON d.id = v.dimension_id ORDER BY d.position, v.position`,
    )
    .all() as { id: string; label: string; dimensionId: string; multiple: number; text: string }[];
}

export interface RejectionRow {
  id: string;
  source_id: string;
  start: number;
  end: number;
  code_id: string | null;
  value_id: string | null;
  text: string;
}

/** Rejections whose source, and code or value, still exist. */
export function selectRejections(store: LabStore, sourceId?: string): RejectionRow[] {
  const live = `(r.code_id IN (SELECT id FROM code) OR r.value_id IN (SELECT id FROM evidence_value)) AND r.source_id IN (SELECT id FROM source)`;
  return (
    sourceId
      ? store.stmt(`SELECT r.id, r.source_id, r.start, r.end, r.code_id, r.value_id, r.text FROM assistant_rejection r WHERE r.source_id = ? AND ${live}`).all(sourceId)
      : store.stmt(`SELECT r.id, r.source_id, r.start, r.end, r.code_id, r.value_id, r.text FROM assistant_rejection r WHERE ${live}`).all()
  ) as RejectionRow[];
}

export function rejectionFor(store: LabStore, sourceId: string, start: number, end: number, codeId: string | null, valueId: string | null): string | undefined {
  return (
    store
      .stmt(`SELECT id FROM assistant_rejection WHERE source_id = ? AND start = ? AND end = ? AND code_id IS ? AND value_id IS ?`)
      .get(sourceId, start, end, codeId, valueId) as { id: string } | undefined
  )?.id;
}

/** The excerpts of a source with their code and own evidence-value ids, to leave coded passages out of suggestions. */
export function sourceExcerptSpans(store: LabStore, sourceId: string): { id: string; start: number; end: number; codes: string | null; values_: string | null }[] {
  return store
    .stmt(
      `SELECT e.id, e.start, e.end,
              (SELECT group_concat(code_id) FROM excerpt_code WHERE excerpt_id = e.id) AS codes,
              (SELECT group_concat(value_id) FROM excerpt_evidence WHERE excerpt_id = e.id) AS values_
         FROM excerpt e WHERE e.source_id = ? ORDER BY e.start`,
    )
    .all(sourceId) as { id: string; start: number; end: number; codes: string | null; values_: string | null }[];
}

/** Where a source's excerpts lie, and nothing else: what a pass for uncoded passages needs, from the index alone. */
export function sourceExcerptRanges(store: LabStore, sourceId: string): { start: number; end: number }[] {
  return store.stmt(`SELECT start, end FROM excerpt WHERE source_id = ? ORDER BY start`).all(sourceId) as { start: number; end: number }[];
}

export function sourceTitles(store: LabStore): { id: string; title: string }[] {
  return store.stmt(`SELECT id, title FROM source ORDER BY title`).all() as { id: string; title: string }[];
}

export function excerptPlace(store: LabStore, excerptId: string): { source_id: string; start: number; end: number; text: string } | undefined {
  return store.stmt(`SELECT source_id, start, end, text FROM excerpt WHERE id = ?`).get(excerptId) as
    | { source_id: string; start: number; end: number; text: string }
    | undefined;
}

export function suggestedCodingOf(store: LabStore, excerptId: string, codeId: string): { id: string; suggested: number } | undefined {
  return store.stmt(`SELECT id, suggested FROM excerpt_code WHERE excerpt_id = ? AND code_id = ?`).get(excerptId, codeId) as { id: string; suggested: number } | undefined;
}

export function evidenceTagOf(store: LabStore, excerptId: string, valueId: string): { id: string; suggested: number } | undefined {
  return store.stmt(`SELECT id, suggested FROM excerpt_evidence WHERE excerpt_id = ? AND value_id = ?`).get(excerptId, valueId) as { id: string; suggested: number } | undefined;
}

export function countCodedExcerpts(store: LabStore): number {
  return (store.stmt(`SELECT count(DISTINCT excerpt_id) AS n FROM excerpt_code`).get() as { n: number }).n;
}
