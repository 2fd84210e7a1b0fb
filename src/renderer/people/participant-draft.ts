import { ParticipantInput, type Participant } from '../../shared/domain/participant';
import { fieldErrors, type FieldErrors } from '../components/field-errors';

export interface AttributeRow {
  key: string;
  value: string;
}

/** A participant as the form holds it: dates and optional choices as strings or null, attributes as rows. */
export interface ParticipantDraft {
  displayName: string;
  pseudonym: string;
  organisation: string;
  sector: Participant['sector'];
  role: string;
  level: Participant['level'];
  group: Participant['group'];
  consent: Participant['consent'];
  email: string;
  joinedOn: string;
  leftOn: string;
  attributes: AttributeRow[];
}

export type ParticipantValues = Omit<Participant, 'id' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>;

/** What the store accepts for a new participant: the pseudonym may be left for it to generate. */
export type NewParticipantValues = Omit<ParticipantValues, 'pseudonym'> & { pseudonym?: string | undefined };

export function emptyParticipantDraft(): ParticipantDraft {
  return {
    displayName: '',
    pseudonym: '',
    organisation: '',
    sector: null,
    role: '',
    level: null,
    group: 'lab',
    consent: 'pending',
    email: '',
    joinedOn: '',
    leftOn: '',
    attributes: [],
  };
}

export function draftFromParticipant(p: Participant): ParticipantDraft {
  return {
    displayName: p.displayName,
    pseudonym: p.pseudonym,
    organisation: p.organisation,
    sector: p.sector,
    role: p.role,
    level: p.level,
    group: p.group,
    consent: p.consent,
    email: p.email,
    joinedOn: p.joinedOn ?? '',
    leftOn: p.leftOn ?? '',
    attributes: Object.entries(p.attributes).map(([key, value]) => ({ key, value })),
  };
}

export function valuesOf(p: Participant): ParticipantValues {
  const { id: _id, createdAt: _ca, updatedAt: _ua, createdBy: _cb, updatedBy: _ub, ...values } = p;
  return values;
}

function attributeProblems(rows: AttributeRow[]): string | null {
  const seen = new Set<string>();
  for (const r of rows) {
    const key = r.key.trim();
    if (!key && r.value.trim()) return 'Every attribute needs a name';
    if (key.length > 60) return `Attribute names are at most 60 characters (“${key.slice(0, 20)}…”)`;
    if (key && seen.has(key.toLowerCase())) return `The attribute “${key}” appears twice`;
    seen.add(key.toLowerCase());
  }
  return null;
}

/**
 * Checks the draft with the contract's schema plus what the schema cannot say (duplicate attribute names,
 * leaving before joining). An empty pseudonym is allowed only for a new participant: the store makes one.
 */
export function validateParticipant(
  draft: ParticipantDraft,
  isNew: boolean,
): { values: NewParticipantValues; errors: null } | { values: null; errors: FieldErrors } {
  const input = {
    ...draft,
    pseudonym: draft.pseudonym.trim() === '' && isNew ? undefined : draft.pseudonym,
    joinedOn: draft.joinedOn || null,
    leftOn: draft.leftOn || null,
    attributes: Object.fromEntries(draft.attributes.filter((r) => r.key.trim()).map((r) => [r.key.trim(), r.value])),
  };
  const parsed = ParticipantInput.safeParse(input);
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error);
  const attributes = attributeProblems(draft.attributes);
  if (attributes) errors.attributes = attributes;
  if (draft.joinedOn && draft.leftOn && draft.leftOn < draft.joinedOn)
    errors.leftOn = 'Cannot be before the day they joined';
  if (!parsed.success || Object.keys(errors).length > 0) return { values: null, errors };
  return { values: parsed.data, errors: null };
}
