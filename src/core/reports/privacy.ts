import { speakerPseudonyms } from '../export/speaker-pseudonyms';
import type { LabStore } from '../store/lab-store';
import { selectNameRows } from '../store/queries/report-queries';
import { pseudonymiser, type NamedPerson } from './pseudonymise';

/**
 * How one export (or one view of a report) names people: by pseudonym, with their names taken out of free text,
 * unless the documenter asked for real names for this export.
 */
export interface Privacy {
  readonly realNames: boolean;
  /** Free text: quotes, titles, memos, notes, file names. */
  text(s: string): string;
  /** A participant. */
  person(p: { displayName: string; pseudonym: string }): string;
  /**
   * A speaker label no participant is mapped to (in `sourceId`, or anywhere when it is not given): it may be a
   * name, so it appears by its stand-in (“Speaker 3”) unless the documenter marked it public or it names a role.
   */
  unmappedSpeaker(label: string, sourceId?: string): string;
  /** The speaker of a turn: the participant mapped to its label there, else the label as `unmappedSpeaker` names it. */
  speaker(label: string, sourceId: string, person: { displayName: string; pseudonym: string } | null): string;
}

/**
 * Everyone whose name pseudonymised free text must not hold: participants (by name and mapped labels), then each
 * unmapped speaker label with its stand-in. Exports that map offsets across the change (REFI-QDA's source texts)
 * build their `nameFinder` from this, so they replace exactly what `privacyFor(…).text` does.
 */
export function namesToReplace(store: LabStore): NamedPerson[] {
  return [...selectNameRows(store), ...speakerPseudonyms(store).textEntries];
}

export function privacyFor(store: LabStore, realNames: boolean): Privacy {
  if (realNames) {
    return { realNames, text: (s) => s, person: (p) => p.displayName, unmappedSpeaker: (label) => label, speaker: (label, _s, p) => (p ? p.displayName : label) };
  }
  const speakers = speakerPseudonyms(store);
  const replace = pseudonymiser([...selectNameRows(store), ...speakers.textEntries]);
  return {
    realNames,
    text: replace,
    person: (p) => p.pseudonym,
    unmappedSpeaker: (label, sourceId) => speakers.nameOf(label, sourceId),
    speaker: (label, sourceId, p) => (p ? p.pseudonym : speakers.nameOf(label, sourceId)),
  };
}
