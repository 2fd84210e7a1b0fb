import type { NamedPerson } from '../reports/pseudonymise';
import type { LabStore } from '../store/lab-store';
import { selectSpeakerLabels } from '../store/queries/speaker-queries';

/**
 * How exports name speaker labels that no participant is mapped to. A label is often a real name (Teams and Zoom
 * captions carry everyone's as `<v Name>`), so when an export pseudonymises, each such label becomes a stand-in,
 * “Speaker 3”, in every export: attributions, citations, sheets, and inside text (“Miriam Akinyi: …” at the head of
 * a turn). Two kinds of label are shown as they are: one the documenter marked as public (themselves), and one
 * that names a role in the conversation rather than a person (“Interviewer”, “Q”, “Speaker 2”).
 *
 * Stand-ins are numbered over every label of the lab that is not a role, mapped or not, in order of first
 * appearance (when its first row was stored, then by label), so “Speaker 3” is the same person in every export of
 * the lab: mapping or marking another label changes no one else's number; only deleting the source a label first
 * came in with can. Numbers used by role labels (“Speaker 2” from a caption file) are skipped, so a stand-in never
 * looks like another speaker of the lab.
 *
 * Every export (Word, Excel, REFI-QDA) goes through this one place, by way of `privacyFor` (reports/privacy.ts).
 */
export interface SpeakerPseudonyms {
  /** The name an unmapped label of a source appears under; without a source, the label's lab-wide name. */
  nameOf(label: string, sourceId?: string): string;
  /** Labels that stand-ins replace in free text, for the pseudonymiser (after the participants, whose names win). */
  readonly textEntries: readonly NamedPerson[];
  /** Each unmapped label that appears by a stand-in in at least one source, with its stand-in, in number order. */
  readonly standIns: readonly { label: string; standIn: string }[];
  /** Unmapped labels shown as they are because the documenter marked them public in every source they are in. */
  readonly publicLabels: readonly string[];
}

/**
 * Words that name a part in the conversation, not a person, alone or numbered (“Respondent 2”, “Speaker B”). Kept
 * short on purpose: anything not on it is treated as a possible name.
 */
const ROLE =
  /^(?:interviewer|interviewee|facilitator|co-facilitator|moderator|respondent|participant|speaker|unknown(?: speaker)?|unidentified(?: speaker)?|q|a|question|answer|note ?taker|rapporteur|chair|host|audience|translator|interpreter|documenter|enumerator|all|everyone|group|crosstalk)(?: ?#?\d{1,3}| [a-z])?$/;

const SPEAKER_NUMBER = /^speaker ?(\d{1,6})$/;

/** One spelling per label however it is cased or spaced: “MIRIAM  AKINYI:” and “Miriam Akinyi” are one speaker. */
export function labelKey(label: string): string {
  return label.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(/:$/, '').trim().toLowerCase();
}

export function isRoleLabel(label: string): boolean {
  return ROLE.test(labelKey(label));
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

export function speakerPseudonyms(store: LabStore): SpeakerPseudonyms {
  const rows = selectSpeakerLabels(store);
  const taken = new Set<number>();
  for (const r of rows) {
    const m = SPEAKER_NUMBER.exec(labelKey(r.label));
    if (m) taken.add(Number(m[1]));
  }
  const number = new Map<string, number>();
  let next = 1;
  for (const r of rows) {
    const key = labelKey(r.label);
    if (number.has(key) || isRoleLabel(r.label) || !key) continue;
    while (taken.has(next)) next++;
    number.set(key, next++);
  }
  const standInOf = (label: string) => {
    const n = number.get(labelKey(label));
    return n === undefined ? label : `Speaker ${n}`;
  };

  // Per source: the label is shown as it is when public there. Lab-wide (free text, which has no source): only
  // when it is public in every source where it is unmapped, since a quote can come from any of them.
  const publicIn = new Set<string>();
  const hidden = new Map<string, string[]>();
  const shown = new Set<string>();
  for (const r of rows) {
    if (r.participantId !== null || !number.has(labelKey(r.label))) continue;
    if (r.public) {
      publicIn.add(`${r.sourceId}\u0000${r.label}`);
      shown.add(r.label);
    } else {
      const spellings = hidden.get(labelKey(r.label)) ?? [];
      if (!spellings.includes(r.label)) spellings.push(r.label);
      hidden.set(labelKey(r.label), spellings);
    }
  }
  const isHidden = (label: string) => hidden.has(labelKey(label));

  const standIns = [...hidden.values()]
    .flat()
    .map((label) => ({ label, standIn: standInOf(label), n: number.get(labelKey(label))! }))
    .sort((a, b) => a.n - b.n || a.label.localeCompare(b.label))
    .map(({ label, standIn }) => ({ label, standIn }));
  const textEntries: NamedPerson[] = standIns.map(({ label, standIn }) => ({
    displayName: label.replace(/:\s*$/, ''),
    pseudonym: standIn,
    // Captions shout some names and transcribers write others in title case; either spelling is the same person.
    labels: [...new Set([label.toUpperCase(), titleCase(label)])].filter((v) => v !== label),
  }));

  return {
    nameOf(label, sourceId) {
      if (!number.has(labelKey(label))) return label;
      if (sourceId !== undefined) return publicIn.has(`${sourceId}\u0000${label}`) ? label : standInOf(label);
      return shown.has(label) && !isHidden(label) ? label : standInOf(label);
    },
    textEntries,
    standIns,
    publicLabels: [...shown].filter((l) => !isHidden(l)).sort(),
  };
}
