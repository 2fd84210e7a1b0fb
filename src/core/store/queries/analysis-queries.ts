import type { LabStore } from '../lab-store';

export interface AxisLabels {
  values: Map<string, string>;
  phases: { id: string; name: string }[];
  convenings: { id: string; name: string }[];
  codes: { id: string; name: string; parent_id: string | null; position: number }[];
  participants: Map<string, string>;
}

export function selectAxisLabels(store: LabStore): AxisLabels {
  return {
    values: new Map((store.stmt(`SELECT id, label FROM evidence_value`).all() as { id: string; label: string }[]).map((r) => [r.id, r.label])),
    phases: store.stmt(`SELECT id, name FROM phase ORDER BY start_date, position`).all() as { id: string; name: string }[],
    convenings: store.stmt(`SELECT id, name FROM convening ORDER BY date`).all() as { id: string; name: string }[],
    codes: store.stmt(`SELECT id, name, parent_id, position FROM code ORDER BY position, name COLLATE NOCASE`).all() as AxisLabels['codes'],
    participants: new Map(
      (store.stmt(`SELECT id, pseudonym FROM participant`).all() as { id: string; pseudonym: string }[]).map((r) => [r.id, r.pseudonym]),
    ),
  };
}

/**
 * The lab's excerpts and everything analyses count by, read in a handful of flat queries (rows as arrays,
 * no objects) to build the in-memory analysis snapshot.
 */
export function readAnalysisRows(store: LabStore) {
  // These statements are used only here, so they can stay in raw (array) mode in the statement cache.
  const raw = (sql: string) => store.stmt(sql).raw(true).all() as unknown[][];
  return {
    excerpts: raw(`SELECT e.id, e.source_id, sp.participant_id, e.block, e.start, e.end
                     FROM excerpt e LEFT JOIN source_speaker sp ON sp.source_id = e.source_id AND sp.label = e.speaker
                    ORDER BY e.source_id, e.start, e.id`) as [string, string, string | null, number | null, number, number][],
    codings: raw(`SELECT excerpt_id, code_id, created_by FROM excerpt_code`) as [string, string, string | null][],
    ownTags: raw(`SELECT excerpt_id, value_id FROM excerpt_evidence`) as [string, string][],
    sources: raw(`SELECT id, phase_id, convening_id, kind, time_point FROM source`) as [string, string | null, string | null, string, string | null][],
    sourceTags: raw(`SELECT source_id, value_id FROM source_evidence`) as [string, string][],
    participants: raw(`SELECT id, pseudonym, sector, role, level, grp, organisation, attributes FROM participant`) as [
      string, string, string | null, string, string | null, string, string, string,
    ][],
    values: raw(`SELECT v.id, v.dimension_id, v.label FROM evidence_value v JOIN evidence_dimension d ON d.id = v.dimension_id ORDER BY d.position, v.position`) as [string, string, string][],
  };
}

/** How many excerpts the lab has: whether its analysis snapshot is worth building in the job worker. */
export function countExcerpts(store: LabStore): number {
  return store.stmt(`SELECT count(*) FROM excerpt`).pluck().get() as number;
}
