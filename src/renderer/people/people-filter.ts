import type { Participant, Sector } from '../../shared/domain/participant';

export interface PeopleFilter {
  text: string;
  sector: Sector | null;
  group: Participant['group'] | null;
  consent: Participant['consent'] | null;
}

export const NO_FILTER: PeopleFilter = { text: '', sector: null, group: null, consent: null };

export function isFiltering(f: PeopleFilter): boolean {
  return f.text.trim() !== '' || f.sector !== null || f.group !== null || f.consent !== null;
}

/** Every attribute name in use, in the order a documenter would expect: alphabetical, case-insensitive. */
export function attributeKeysOf(participants: Participant[]): string[] {
  const keys = new Set<string>();
  for (const p of participants) for (const k of Object.keys(p.attributes)) keys.add(k);
  return [...keys].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}

/** The text one search box looks through: every text field and every attribute value. */
export function searchText(p: Participant): string {
  return [p.displayName, p.pseudonym, p.organisation, p.role, p.email, p.sector ?? '', ...Object.values(p.attributes)]
    .join('\u0000')
    .toLowerCase();
}

export function filterParticipants(
  participants: Participant[],
  haystacks: Map<string, string>,
  f: PeopleFilter,
): Participant[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  return participants.filter(
    (p) =>
      (f.sector === null || p.sector === f.sector) &&
      (f.group === null || p.group === f.group) &&
      (f.consent === null || p.consent === f.consent) &&
      words.every((w) => haystacks.get(p.id)?.includes(w)),
  );
}
