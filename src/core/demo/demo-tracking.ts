import { z } from 'zod';
import { DataPointInput, MeasureInput, TargetInput, TargetKind, TargetStatus } from '../../shared/domain/action-plan';
import { IsoDate } from '../../shared/domain/ids';
import { GuestInput, SetAttendanceInput } from '../../shared/domain/participation';
import { ScoreInput } from '../../shared/domain/rubric';
import { TimePoint } from '../../shared/domain/tracking';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import { selectConvenings } from '../store/queries/timeline-queries';
import { getAttendance, setAttendance } from '../tracking/attendance';
import { addDataPoint, createMeasure } from '../tracking/measures';
import { rubricGrid, scoreRubricItem } from '../tracking/rubric';
import { carryOverTarget, createTarget, updateTarget } from '../tracking/targets';

const Point = z.tuple([IsoDate, z.number()]);

/** The demo's tracking data: attendance at its convenings, the action plan of its first iteration, the baseline rubric. */
export const DemoTracking = z.object({
  convenings: z
    .array(z.object({ name: z.string(), attendance: z.array(z.string()).default([]), guests: z.array(GuestInput).default([]) }))
    .default([]),
  targets: z
    .array(
      z.object({
        phase: z.string(),
        kind: TargetKind.default('target'),
        text: z.string(),
        owner: z.string().optional(),
        ownerOrganisation: z.string().default(''),
        due: IsoDate.optional(),
        status: TargetStatus,
        /** Carried into the next iteration, where it is under way; its measures go on with `carriedPoints`. */
        carryOver: z.boolean().default(false),
        measures: z
          .array(
            z.object({
              name: z.string(),
              unit: z.string().default(''),
              baseline: z.number().nullable(),
              target: z.number().nullable(),
              points: z.array(Point).default([]),
              carriedPoints: z.array(Point).default([]),
            }),
          )
          .default([]),
      }),
    )
    .default([]),
  rubric: z
    .object({
      timePoint: TimePoint,
      scoredOn: IsoDate,
      /** `quote`: the start of one of the demo's coded passages, linked as the score's evidence. */
      scores: z.array(z.object({ ingredient: z.string(), score: z.number().int(), quote: z.string(), rationale: z.string() })),
    })
    .optional(),
});
export type DemoTracking = z.infer<typeof DemoTracking>;

export interface DemoRefs {
  person: (name: string) => string;
  phase: (key: string) => string | null;
  /** The excerpt coded from the passage that starts with these words. */
  excerpt: (quoteStart: string) => string;
}

function fail(what: string): never {
  throw new OpError('INTERNAL', `demo tracking: ${what}`);
}

/**
 * Writes the demo's tracking data through the same core functions the app uses; called inside the demo's
 * one write, so it joins its change set and undo does not take it apart.
 */
export function addDemoTracking(store: LabStore, demo: DemoTracking, refs: DemoRefs): void {
  const convenings = selectConvenings(store);
  for (const c of demo.convenings) {
    const convening = convenings.find((x) => x.name === c.name);
    if (!convening || (c.attendance.length === 0 && c.guests.length === 0)) continue;
    const present = new Set(c.attendance.map(refs.person));
    // Whoever was in the lab that day is ticked or not; a name listed for a day they were not in the lab is left out.
    const roster = getAttendance(store, convening.id).roster.filter((r) => r.active);
    const entries = roster.map((r) => ({ participantId: r.participantId, status: present.has(r.participantId) ? ('present' as const) : ('absent' as const) }));
    setAttendance(store, SetAttendanceInput.parse({ conveningId: convening.id, entries, guests: c.guests }));
  }

  for (const spec of demo.targets) {
    const phaseId = refs.phase(spec.phase) ?? fail(`no phase ${spec.phase}`);
    const target = createTarget(
      store,
      TargetInput.parse({
        phaseId,
        kind: spec.kind,
        text: spec.text,
        ownerParticipantId: spec.owner ? refs.person(spec.owner) : null,
        ownerOrganisation: spec.ownerOrganisation,
        dueDate: spec.due ?? null,
        status: spec.status,
      }),
    );
    for (const m of spec.measures) {
      const measure = createMeasure(store, MeasureInput.parse({ targetId: target.id, name: m.name, unit: m.unit, baseline: m.baseline, targetValue: m.target }));
      for (const [date, value] of m.points) addDataPoint(store, DataPointInput.parse({ measureId: measure.id, date, value }));
    }
    if (!spec.carryOver) continue;
    const next = carryOverTarget(store, target.id);
    updateTarget(store, next.id, { status: 'in progress' });
    for (const m of spec.measures) {
      const copy = next.measures.find((x) => x.name === m.name) ?? fail(`measure ${m.name} was not carried over`);
      for (const [date, value] of m.carriedPoints) addDataPoint(store, DataPointInput.parse({ measureId: copy.id, date, value }));
    }
  }

  if (demo.rubric) {
    const { timePoint, scoredOn, scores } = demo.rubric;
    const items = new Map(rubricGrid(store).items.map((i) => [i.label, i.id]));
    for (const s of scores) {
      const itemId = items.get(s.ingredient) ?? fail(`no rubric ingredient ${s.ingredient}`);
      scoreRubricItem(
        store,
        ScoreInput.parse({ itemId, timePoint, score: s.score, rationale: s.rationale, scoredOn, excerptIds: [refs.excerpt(s.quote)] }),
      );
    }
  }
}
