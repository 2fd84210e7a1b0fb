import type { SourceBlock, SourceSpeaker, SourceSummary } from '../../../shared/domain/source';
import { codec } from '../codec';
import type { LabStore } from '../lab-store';
import type { Row } from '../rows';

type SourceRow = Omit<SourceSummary, 'speakers' | 'excerptCount'>;

export const sourceCodec = codec<SourceRow & { text: string; blocks: SourceBlock[]; original: Buffer }>({
  title: ['title', 'text'],
  kind: ['kind', 'text'],
  format: ['format', 'text'],
  fileName: ['file_name', 'text'],
  sha256: ['sha256', 'text'],
  byteSize: ['byte_size', 'int'],
  original: ['original', 'text'],
  text: ['text', 'text'],
  blocks: ['blocks', 'json'],
  wordCount: ['word_count', 'int'],
  language: ['language', 'text'],
  date: ['date', 'text'],
  phaseId: ['phase_id', 'text'],
  conveningId: ['convening_id', 'text'],
  attributes: ['attributes', 'json'],
});

// The list never loads text, blocks or bytes: a lab of a thousand transcripts lists in milliseconds.
const SUMMARY_COLUMNS = `s.id, s.created_at, s.updated_at, s.created_by, s.updated_by, s.title, s.kind, s.format,
  s.file_name, s.sha256, s.byte_size, s.word_count, s.language, s.date, s.phase_id, s.convening_id, s.attributes`;

function toSummary(row: Row & { speakers: string | null; excerpt_count: number }): SourceSummary {
  const base = sourceCodec.fromRow(row);
  return {
    id: base.id,
    createdAt: base.createdAt,
    updatedAt: base.updatedAt,
    createdBy: base.createdBy,
    updatedBy: base.updatedBy,
    title: base.title,
    kind: base.kind,
    format: base.format,
    fileName: base.fileName,
    sha256: base.sha256,
    byteSize: base.byteSize,
    wordCount: base.wordCount,
    language: base.language,
    date: base.date,
    phaseId: base.phaseId,
    conveningId: base.conveningId,
    attributes: base.attributes,
    speakers: row.speakers ? (JSON.parse(row.speakers) as string[]) : [],
    excerptCount: row.excerpt_count,
  };
}

const SUMMARY_SQL = `
  SELECT ${SUMMARY_COLUMNS},
         (SELECT json_group_array(coalesce(p.pseudonym, sp.label)) FROM source_speaker sp
            LEFT JOIN participant p ON p.id = sp.participant_id WHERE sp.source_id = s.id) AS speakers,
         (SELECT count(*) FROM excerpt e WHERE e.source_id = s.id) AS excerpt_count
    FROM source s`;

export function selectSourceSummaries(store: LabStore): SourceSummary[] {
  return (store.db.prepare(`${SUMMARY_SQL} ORDER BY s.date IS NULL, s.date, s.title COLLATE NOCASE`).all() as never[]).map(toSummary);
}

export function selectSourceSummary(store: LabStore, id: string): SourceSummary | undefined {
  const row = store.db.prepare(`${SUMMARY_SQL} WHERE s.id = ?`).get(id) as never;
  return row ? toSummary(row) : undefined;
}

export function selectSourceText(store: LabStore, id: string): { text: string; blocks: SourceBlock[] } | undefined {
  const row = store.db.prepare(`SELECT text, blocks FROM source WHERE id = ?`).get(id) as { text: string; blocks: string } | undefined;
  return row ? { text: row.text, blocks: JSON.parse(row.blocks) as SourceBlock[] } : undefined;
}

export function sourceIdBySha(store: LabStore, sha256: string): string | undefined {
  return (store.db.prepare(`SELECT id FROM source WHERE sha256 = ?`).get(sha256) as { id: string } | undefined)?.id;
}

export function selectSpeakers(store: LabStore, sourceId?: string): (SourceSpeaker & { sourceId: string })[] {
  return store.db
    .prepare(
      `SELECT sp.id, sp.source_id AS sourceId, sp.label, sp.participant_id AS participantId,
              p.display_name AS participantName, p.pseudonym
         FROM source_speaker sp LEFT JOIN participant p ON p.id = sp.participant_id
        WHERE (@sourceId IS NULL OR sp.source_id = @sourceId)
        ORDER BY sp.source_id, sp.rowid`,
    )
    .all({ sourceId: sourceId ?? null }) as (SourceSpeaker & { sourceId: string })[];
}

/** Speaker rows with this label, in one source or all of them. */
export function speakerIdsByLabel(store: LabStore, label: string, sourceId: string | null): string[] {
  return (
    store.db
      .prepare(`SELECT id FROM source_speaker WHERE label = @label AND (@sourceId IS NULL OR source_id = @sourceId)`)
      .all({ label, sourceId }) as { id: string }[]
  ).map((r) => r.id);
}

export function speakerIdsOfParticipants(store: LabStore, participantIds: string[]): string[] {
  return (
    store.db
      .prepare(`SELECT id FROM source_speaker WHERE participant_id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(participantIds)) as { id: string }[]
  ).map((r) => r.id);
}

export function speakerIdsOfSources(store: LabStore, sourceIds: string[]): string[] {
  return (
    store.db.prepare(`SELECT id FROM source_speaker WHERE source_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(sourceIds)) as {
      id: string;
    }[]
  ).map((r) => r.id);
}
