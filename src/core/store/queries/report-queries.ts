import type { Report } from '../../../shared/domain/report';
import { codec } from '../codec';
import type { LabStore } from '../lab-store';
import type { Row } from '../rows';

export const reportCodec = codec<Report>({
  kind: ['kind', 'text'],
  title: ['title', 'text'],
  phaseId: ['phase_id', 'text'],
  body: ['body', 'json'],
});

/** Reports with the name of their phase (null when it has none or it was deleted), newest edit first. */
export function selectReports(store: LabStore): (Report & { phaseName: string | null })[] {
  const rows = store
    .stmt(`SELECT r.*, p.name AS phase_name FROM report r LEFT JOIN phase p ON p.id = r.phase_id ORDER BY r.updated_at DESC`)
    .all() as (Row & { phase_name: string | null })[];
  return rows.map((r) => ({ ...reportCodec.fromRow(r), phaseName: r.phase_name }));
}

export function selectReport(store: LabStore, id: string): Report | undefined {
  const row = store.rows.get('report', id);
  return row ? reportCodec.fromRow(row) : undefined;
}

/** Iteration reports in timeline order, for the final report's story. */
export function selectIterationReports(store: LabStore): Report[] {
  return (
    store
      .stmt(
        `SELECT r.* FROM report r JOIN phase p ON p.id = r.phase_id WHERE r.kind = 'iteration'
          ORDER BY p.start_date, p.position, r.created_at`,
      )
      .all() as Row[]
  ).map(reportCodec.fromRow);
}

/** An excerpt as a quote cites it: its text, source and speaker (mapped participant, if any). */
export interface QuoteRow {
  excerptId: string;
  text: string;
  speakerLabel: string | null;
  sourceId: string;
  sourceTitle: string;
  sourceDate: string | null;
  sourceKind: string;
  participantId: string | null;
  displayName: string | null;
  pseudonym: string | null;
  role: string | null;
  sector: string | null;
  organisation: string | null;
}

/** Many excerpts in one query (a report with a thousand quotes is one round, not a thousand). */
export function selectQuoteRows(store: LabStore, excerptIds: string[]): QuoteRow[] {
  return store
    .stmt(
      `SELECT e.id AS excerptId, e.text, e.speaker AS speakerLabel, s.id AS sourceId, s.title AS sourceTitle,
              s.date AS sourceDate, s.kind AS sourceKind, p.id AS participantId, p.display_name AS displayName,
              p.pseudonym, p.role, p.sector, p.organisation
         FROM excerpt e
         JOIN source s ON s.id = e.source_id
         LEFT JOIN source_speaker sp ON sp.source_id = e.source_id AND sp.label = e.speaker
         LEFT JOIN participant p ON p.id = sp.participant_id
        WHERE e.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(excerptIds)) as QuoteRow[];
}

/** Every participant's names and the speaker labels mapped to them: what pseudonymisation replaces. */
export function selectNameRows(store: LabStore): { id: string; displayName: string; pseudonym: string; labels: string[] }[] {
  const rows = store
    .stmt(
      `SELECT p.id, p.display_name AS displayName, p.pseudonym,
              (SELECT json_group_array(DISTINCT sp.label) FROM source_speaker sp WHERE sp.participant_id = p.id) AS labels
         FROM participant p`,
    )
    .all() as { id: string; displayName: string; pseudonym: string; labels: string }[];
  return rows.map((r) => ({ ...r, labels: JSON.parse(r.labels) as string[] }));
}

export function savedQueryFilter(store: LabStore, id: string): { name: string; filter: string } | undefined {
  return store.stmt(`SELECT name, filter FROM saved_query WHERE id = ?`).get(id) as { name: string; filter: string } | undefined;
}
