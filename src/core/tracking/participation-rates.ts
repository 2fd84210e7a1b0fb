import type { Participant, Sector } from '../../shared/domain/participant';
import { SECTORS } from '../../shared/domain/participant';
import type {
  AttendanceStatus,
  Attrition,
  ConveningRate,
  ParticipationSummary,
  PhaseAttrition,
  Rate,
  SectorRate,
} from '../../shared/domain/participation';
import type { Convening, Phase } from '../../shared/domain/timeline';

export type Person = Pick<Participant, 'id' | 'displayName' | 'pseudonym' | 'sector' | 'group' | 'joinedOn' | 'leftOn'>;

/**
 * In the lab on `date`: joined on or before it and not yet left. A participant without a joined date counts
 * from the start; one who left on `date` is no longer counted that day.
 */
export function activeOn(p: Person, date: string): boolean {
  return p.group === 'lab' && (p.joinedOn === null || p.joinedOn <= date) && (p.leftOn === null || p.leftOn > date);
}

function rate(present: number, active: number): Rate {
  return { present, active, rate: active === 0 ? null : present / active };
}

/** Sectors in the order of the participant form, "not recorded" last, only those that occur. */
function sectorOrder(sectors: Iterable<Sector | null>): (Sector | null)[] {
  const seen = new Set(sectors);
  return [...SECTORS.filter((s) => seen.has(s)), ...(seen.has(null) ? [null] : [])];
}

/**
 * A convening's participation: of the lab participants active on its date, how many were present, overall
 * and per sector. People present who are not in that denominator (comparison group, not yet joined, left)
 * are in presentTotal only; named guests are counted apart.
 */
export function conveningRate(
  c: Pick<Convening, 'id' | 'name' | 'kind' | 'date' | 'phaseId'>,
  people: Person[],
  statuses: Map<string, AttendanceStatus>,
  guests: number,
): ConveningRate {
  const active = people.filter((p) => activeOn(p, c.date));
  const presentActive = active.filter((p) => statuses.get(p.id) === 'present');
  const recorded = statuses.size > 0 || guests > 0;
  const bySector: SectorRate[] = sectorOrder(active.map((p) => p.sector)).map((sector) => {
    const inSector = active.filter((p) => p.sector === sector);
    const r = rate(inSector.filter((p) => statuses.get(p.id) === 'present').length, inSector.length);
    return { sector, ...r, rate: recorded ? r.rate : null };
  });
  const overall = rate(presentActive.length, active.length);
  return {
    conveningId: c.id,
    name: c.name,
    kind: c.kind,
    date: c.date,
    phaseId: c.phaseId,
    recorded,
    ...overall,
    rate: recorded ? overall.rate : null,
    absent: active.filter((p) => statuses.get(p.id) === 'absent').length,
    guests,
    presentTotal: [...statuses.values()].filter((s) => s === 'present').length,
    bySector,
  };
}

/** Every convening in date order; sector and overall rates pool the convenings where attendance was taken. */
export function summarise(
  convenings: Convening[],
  people: Person[],
  attendance: { convening_id: string; participant_id: string; status: AttendanceStatus }[],
  guests: Map<string, number>,
): ParticipationSummary {
  const byConvening = new Map<string, Map<string, AttendanceStatus>>();
  for (const a of attendance) {
    let m = byConvening.get(a.convening_id);
    if (!m) byConvening.set(a.convening_id, (m = new Map()));
    m.set(a.participant_id, a.status);
  }
  const rows = [...convenings]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((c) => conveningRate(c, people, byConvening.get(c.id) ?? new Map(), guests.get(c.id) ?? 0));
  const pooled = new Map<Sector | null, { present: number; active: number }>();
  for (const r of rows.filter((x) => x.recorded)) {
    for (const s of r.bySector) {
      const acc = pooled.get(s.sector) ?? { present: 0, active: 0 };
      pooled.set(s.sector, { present: acc.present + s.present, active: acc.active + s.active });
    }
  }
  const sectors = sectorOrder(pooled.keys()).map((sector) => {
    const acc = pooled.get(sector)!;
    return { sector, ...rate(acc.present, acc.active) };
  });
  const recorded = rows.filter((r) => r.recorded);
  return {
    convenings: rows,
    sectors,
    overall: rate(
      recorded.reduce((n, r) => n + r.present, 0),
      recorded.reduce((n, r) => n + r.active, 0),
    ),
  };
}

function dayBefore(isoDate: string): string {
  const t = new Date(`${isoDate}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

/** Who was in the lab at the start and end of each phase, who joined and who left, and the retention curve. */
export function attrition(phases: Phase[], people: Person[]): Attrition {
  const lab = people.filter((p) => p.group === 'lab');
  const ordered = [...phases].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.position - b.position);
  return {
    phases: ordered.map((ph): PhaseAttrition => {
      const within = (d: string | null) => d !== null && d >= ph.startDate && d <= ph.endDate;
      const left = lab
        .filter((p) => within(p.leftOn))
        .sort((a, b) => a.leftOn!.localeCompare(b.leftOn!) || a.pseudonym.localeCompare(b.pseudonym))
        .map((p) => ({ participantId: p.id, displayName: p.displayName, pseudonym: p.pseudonym, sector: p.sector, leftOn: p.leftOn! }));
      const atEnd = lab.filter((p) => activeOn(p, ph.endDate)).length;
      const everJoined = lab.filter((p) => p.joinedOn === null || p.joinedOn <= ph.endDate).length;
      return {
        phaseId: ph.id,
        name: ph.name,
        startDate: ph.startDate,
        endDate: ph.endDate,
        atStart: lab.filter((p) => activeOn(p, dayBefore(ph.startDate))).length,
        joined: lab.filter((p) => within(p.joinedOn)).length,
        left,
        leftBySector: sectorOrder(left.map((l) => l.sector)).map((sector) => ({ sector, count: left.filter((l) => l.sector === sector).length })),
        atEnd,
        everJoined,
        retention: everJoined === 0 ? null : atEnd / everJoined,
      };
    }),
  };
}
