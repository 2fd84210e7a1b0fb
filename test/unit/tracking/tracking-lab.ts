import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_TABLES } from '../../../src/shared/contract/op';
import type { TestApp } from '../../helpers/temp';

export const sheet = (name: string) => join(__dirname, '../../fixtures/sheets', name);

/** A sheet handed over by the page: its name and bytes as base64. */
export const upload = (name: string, content?: string) => ({
  file: { name, data: (content === undefined ? readFileSync(sheet(name)) : Buffer.from(content)).toString('base64') },
});

/** Every data row of the lab and the length of its history: to show that a failed step changed nothing. */
export function snapshot(app: TestApp): Record<string, unknown> {
  const db = app.ws.store.db;
  const out: Record<string, unknown> = {};
  for (const t of DATA_TABLES) out[t] = db.prepare(`SELECT * FROM ${t} ORDER BY id`).all();
  out.change_set = (db.prepare(`SELECT count(*) AS n FROM change_set`).get() as { n: number }).n;
  return out;
}

/**
 * The generic timeline of a lab started 2026-01-15 (appWithLab's default): Research & planning
 * 2026-01-15 – 2026-07-14 (initial convening 2026-07-14), Iteration 1 2026-07-15 – 2027-01-14 (reflection
 * convening 1 on 2027-01-14), Iteration 2 2027-01-15 – 2027-07-14, and so on.
 */
export async function timeline(app: TestApp) {
  const { phases, convenings } = await app.call('timeline.get', {});
  const phase = (name: string) => phases.find((p) => p.name === name)!;
  const convening = (name: string) => convenings.find((c) => c.name === name)!;
  return { phases, convenings, phase, convening };
}

/** Iteration 1's target with two measures, as the sheets in test/fixtures/sheets name them. */
export async function planWithMeasures(app: TestApp) {
  const { phase } = await timeline(app);
  const target = await app.call('targets.create', {
    target: { phaseId: phase('Iteration 1').id, text: 'Coaching reaches every school in Kisumu', ownerOrganisation: 'County Education Office', status: 'in progress' },
  });
  const schools = await app.call('measures.create', { measure: { targetId: target.id, name: 'Schools reached', unit: 'schools', baseline: 10, targetValue: 50 } });
  const teachers = await app.call('measures.create', { measure: { targetId: target.id, name: 'Teachers coached', unit: 'teachers', baseline: 0, targetValue: 200 } });
  return { target, schools, teachers, phase };
}
