import type { SourceBlock, SourceSpeaker, SourceSummary } from '../../../shared/domain/source';
import { codec } from '../codec';
import type { LabStore } from '../lab-store';
import type { Row } from '../rows';

type SourceRow = Omit<SourceSummary, 'speakers' | 'excerptCount'>;

export const sourceCodec = codec<SourceRow>({
  title: ['title', 'text'],
  kind: ['kind', 'text'],
  format: ['format', 'text'],
  fileName: ['file_name', 'text'],
  sha256: ['sha256', 'text'],
  byteSize: ['byte_size', 'int'],
  wordCount: ['word_count', 'int'],
  language: ['language', 'text'],
  date: ['date', 'text'],
  phaseId: ['phase_id', 'text'],
  conveningId: ['convening_id', 'text'],
  attributes: ['attributes', 'json'],
});

/** The row of source_content: same id as its source. */
export function sourceContentRow(id: string, text: string, blocks: SourceBlock[], original: Buffer) {
  return { id, text, blocks: JSON.stringify(blocks), original };
}

function toSummary(row: Row & { speakers: string | null; excerpt_count: number }): SourceSummary {
  return {
    ...sourceCodec.fromRow(row),
    speakers: row.speakers ? (JSON.parse(row.speakers) as string[]) : [],
    excerptCount: row.excerpt_count,
  };
}

const SUMMARY_SQL = `
  SELECT s.*,
         (SELECT json_group_array(coalesce(p.pseudonym, sp.label)) FROM source_speaker sp
            LEFT JOIN participant p ON p.id = sp.participant_id WHERE sp.source_id = s.id) AS speakers,
         (SELECT count(*) FROM excerpt e WHERE e.source_id = s.id) AS excerpt_count
    FROM source s`;

export function selectSourceSummaries(store: LabStore): SourceSummary[] {
  return (store.stmt(`${SUMMARY_SQL} ORDER BY s.date IS NULL, s.date, s.title COLLATE NOCASE`).all() as never[]).map(toSummary);
}

export function selectSourceSummary(store: LabStore, id: string): SourceSummary | undefined {
  const row = store.stmt(`${SUMMARY_SQL} WHERE s.id = ?`).get(id) as never;
  return row ? toSummary(row) : undefined;
}

export function selectSourceText(store: LabStore, id: string): { text: string; blocks: SourceBlock[] } | undefined {
  const row = store.stmt(`SELECT text, blocks FROM source_content WHERE id = ?`).get(id) as { text: string; blocks: string } | undefined;
  return row ? { text: row.text, blocks: JSON.parse(row.blocks) as SourceBlock[] } : undefined;
}

/** Just the text, for scanning many sources (search) without parsing their block structure. */
export function selectSourceOnlyText(store: LabStore, id: string): string | undefined {
  return (store.stmt(`SELECT text FROM source_content WHERE id = ?`).get(id) as { text: string } | undefined)?.text;
}

export function sourceIdBySha(store: LabStore, sha256: string): string | undefined {
  return (store.stmt(`SELECT id FROM source WHERE sha256 = ?`).get(sha256) as { id: string } | undefined)?.id;
}

export function selectSpeakers(store: LabStore, sourceId?: string): (SourceSpeaker & { sourceId: string })[] {
  const rows = store
    .stmt(
      `SELECT sp.id, sp.source_id AS sourceId, sp.label, sp.participant_id AS participantId,
              p.display_name AS participantName, p.pseudonym, sp.public
         FROM source_speaker sp LEFT JOIN participant p ON p.id = sp.participant_id
        WHERE (@sourceId IS NULL OR sp.source_id = @sourceId)
        ORDER BY sp.source_id, sp.rowid`,
    )
    .all({ sourceId: sourceId ?? null }) as (Omit<SourceSpeaker, 'public'> & { sourceId: string; public: number })[];
  return rows.map((r) => ({ ...r, public: r.public === 1 }));
}

/** Speaker rows with this label, in one source or all of them. */
export function speakerIdsByLabel(store: LabStore, label: string, sourceId: string | null): string[] {
  return (
    store
      .stmt(`SELECT id FROM source_speaker WHERE label = @label AND (@sourceId IS NULL OR source_id = @sourceId)`)
      .all({ label, sourceId }) as { id: string }[]
  ).map((r) => r.id);
}

export function speakerIdsOfParticipants(store: LabStore, participantIds: string[]): string[] {
  return (
    store
      .stmt(`SELECT id FROM source_speaker WHERE participant_id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(participantIds)) as { id: string }[]
  ).map((r) => r.id);
}

export function speakerIdsOfSources(store: LabStore, sourceIds: string[]): string[] {
  return (
    store.stmt(`SELECT id FROM source_speaker WHERE source_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(sourceIds)) as {
      id: string;
    }[]
  ).map((r) => r.id);
}
