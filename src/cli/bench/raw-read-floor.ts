import type { LabStore } from '../../core/store/lab-store';
import { percentile, round, timed } from './measure';

/**
 * The floor under an excerpt list: the same excerpt rows read by a single plain SQLite statement (the columns a
 * list shows: text, context, memo, speaker), with none of the filtering, joining to codes and tags, or sorting
 * the app does. Measured in the same run as the list, so `ratio` holds on a machine whose speed moves by 2–3×
 * from day to day. Bench-only SQL, on purpose outside core/store: the app must never take this shortcut.
 */
export async function rawReadFloorMs(store: LabStore, excerptIds: string[], runs = 5): Promise<number> {
  const read = store.db
    .prepare(
      `SELECT e.rowid, e.source_id, e.start, e.id, e.end, e.text, e.context_before, e.context_after, e.memo, e.created_at, e.speaker
         FROM excerpt e WHERE e.id IN (SELECT value FROM json_each(?))`,
    )
    .raw(true);
  const ids = JSON.stringify(excerptIds);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(async () => read.all(ids))).ms);
  return round(percentile(times, 50));
}

/** A figure beside its floor: both in ms, and how many floors it takes. */
export function withFloor(ms: number, floorMs: number) {
  return { ms, rawSqlFloorMs: floorMs, ratioToFloor: round(ms / Math.max(floorMs, 0.01), 2) };
}
