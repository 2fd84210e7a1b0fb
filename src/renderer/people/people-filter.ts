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

/** The text one search box looks through: every text field and every attribute value. */
export function searchText(p: Participant): string {
  return [p.displayName, p.pseudonym, p.organisation, p.role, p.email, p.sector ?? '', ...Object.values(p.attributes)]
    .join('\u0000')
    .toLowerCase();
}

/** The filters other than the search text. */
export function matchesPeopleFilter(p: Participant, f: PeopleFilter): boolean {
  return (
    (f.sector === null || p.sector === f.sector) &&
    (f.group === null || p.group === f.group) &&
    (f.consent === null || p.consent === f.consent)
  );
}
