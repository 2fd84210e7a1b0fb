import type { LabCounts } from '../../../shared/domain/app';
import type { Lab } from '../../../shared/domain/lab';
import type { z } from 'zod';
import { codec } from '../codec';
import type { LabStore } from '../lab-store';
import type { Row } from '../rows';

export const labCodec = codec<Lab>({
  name: ['name', 'text'],
  country: ['country', 'text'],
  city: ['city', 'text'],
  localPartner: ['local_partner', 'text'],
  initiatives: ['initiatives', 'json'],
  problem: ['problem', 'text'],
  scalingGoal: ['scaling_goal', 'text'],
  pathways: ['pathways', 'json'],
  approach: ['approach', 'text'],
  startDate: ['start_date', 'text'],
});

/** A lab file holds exactly one lab row. */
export function selectLab(store: LabStore): Lab | undefined {
  const row = store.stmt(`SELECT * FROM lab LIMIT 1`).get() as Row | undefined;
  return row ? labCodec.fromRow(row) : undefined;
}

export function countEverything(store: LabStore): z.infer<typeof LabCounts> {
  return store
    .stmt(
      `SELECT (SELECT count(*) FROM phase) AS phases,
              (SELECT count(*) FROM convening) AS convenings,
              (SELECT count(*) FROM participant) AS participants,
              (SELECT count(*) FROM coder) AS coders,
              (SELECT count(*) FROM change_set) AS changeSets`,
    )
    .get() as z.infer<typeof LabCounts>;
}
