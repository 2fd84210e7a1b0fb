import type { RubricItem, RubricLevel, RubricScore } from '../../../shared/domain/rubric';
import { codec } from '../codec';
import type { LabStore } from '../lab-store';
import type { Row } from '../rows';

export const itemCodec = codec<RubricItem>({
  key: ['key', 'text'],
  label: ['label', 'text'],
  group: ['grp', 'text'],
  description: ['description', 'text'],
  guide: ['guide', 'json'],
  position: ['position', 'int'],
});

type ScoreRow = Omit<RubricScore, 'excerptIds' | 'notApplicable'> & { notApplicable: number };
export const scoreCodec = codec<ScoreRow>({
  itemId: ['item_id', 'text'],
  timePoint: ['time_point', 'text'],
  score: ['score', 'int'],
  notApplicable: ['not_applicable', 'int'],
  rationale: ['rationale', 'text'],
  scoredOn: ['scored_on', 'text'],
});

export function selectLevels(store: LabStore): (RubricLevel & { id: string })[] {
  return store.stmt(`SELECT id, value, label, descriptor FROM rubric_level ORDER BY value`).all() as (RubricLevel & { id: string })[];
}

export function selectItems(store: LabStore): RubricItem[] {
  return (store.stmt(`SELECT * FROM rubric_item ORDER BY position, label`).all() as Row[]).map(itemCodec.fromRow);
}

/** Scores with the ids of their linked excerpts that still exist. */
export function selectScores(store: LabStore, scoreId?: string): RubricScore[] {
  const rows = store
    .stmt(
      `SELECT s.*, (SELECT json_group_array(l.excerpt_id) FROM rubric_score_excerpt l JOIN excerpt e ON e.id = l.excerpt_id
                     WHERE l.score_id = s.id) AS excerpt_ids
         FROM rubric_score s WHERE @id IS NULL OR s.id = @id`,
    )
    .all({ id: scoreId ?? null }) as Row[];
  return rows.map((r) => {
    const s = scoreCodec.fromRow(r);
    return { ...s, notApplicable: s.notApplicable === 1, excerptIds: JSON.parse(String(r.excerpt_ids)) as string[] };
  });
}

export function scoreIdFor(store: LabStore, itemId: string, timePoint: string): string | undefined {
  return (store.stmt(`SELECT id FROM rubric_score WHERE item_id = ? AND time_point = ?`).get(itemId, timePoint) as { id: string } | undefined)?.id;
}

/** All excerpt links of a score, deleted excerpts included, so replacing the links removes them all. */
export function scoreLinks(store: LabStore, scoreIds: string[]): { id: string; score_id: string; excerpt_id: string }[] {
  return store
    .stmt(`SELECT id, score_id, excerpt_id FROM rubric_score_excerpt WHERE score_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(scoreIds)) as { id: string; score_id: string; excerpt_id: string }[];
}

export function scoreIdsOfItem(store: LabStore, itemId: string): string[] {
  return (store.stmt(`SELECT id FROM rubric_score WHERE item_id = ?`).all(itemId) as { id: string }[]).map((r) => r.id);
}

/** Scores whose value is not in `values`: they would be off a new scale. */
export function scoresOffScale(store: LabStore, values: number[]): { label: string; time_point: string; score: number }[] {
  return store
    .stmt(
      `SELECT i.label, s.time_point, s.score FROM rubric_score s JOIN rubric_item i ON i.id = s.item_id
        WHERE s.score IS NOT NULL AND s.score NOT IN (SELECT value FROM json_each(?)) ORDER BY i.position`,
    )
    .all(JSON.stringify(values)) as { label: string; time_point: string; score: number }[];
}

export function itemKeys(store: LabStore): string[] {
  return (store.stmt(`SELECT key FROM rubric_item`).all() as { key: string }[]).map((r) => r.key);
}

export function nextItemPosition(store: LabStore): number {
  return (store.stmt(`SELECT coalesce(max(position), -1) + 1 AS p FROM rubric_item`).get() as { p: number }).p;
}
