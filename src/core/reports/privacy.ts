import type { LabStore } from '../store/lab-store';
import { selectNameRows } from '../store/queries/report-queries';
import { pseudonymiser } from './pseudonymise';

/**
 * How one export (or one view of a report) names people: by pseudonym, with their names taken out of free text,
 * unless the documenter asked for real names for this export.
 */
export interface Privacy {
  readonly realNames: boolean;
  /** Free text: quotes, titles, memos, notes. */
  text(s: string): string;
  /** A participant. */
  person(p: { displayName: string; pseudonym: string }): string;
  /** A speaker label no participant is mapped to: it may be a name, so it is not shown when pseudonymising. */
  unmappedSpeaker(label: string): string;
}

export const UNMAPPED_SPEAKER = 'unidentified speaker';

export function privacyFor(store: LabStore, realNames: boolean): Privacy {
  if (realNames) {
    return { realNames, text: (s) => s, person: (p) => p.displayName, unmappedSpeaker: (label) => label };
  }
  const replace = pseudonymiser(selectNameRows(store));
  return { realNames, text: replace, person: (p) => p.pseudonym, unmappedSpeaker: () => UNMAPPED_SPEAKER };
}
