import type { Participant } from '../../../shared/domain/participant';
import type { Resolution, Respondent, SheetPreview, SurveyColumn } from '../../../shared/domain/sheet';

/** A column's role; an item may be forced to numbers or text. */
export type SurveyRole = 'id' | 'email' | 'name' | 'item' | 'item:numeric' | 'item:text' | 'skip';

export const SURVEY_ROLE_OPTIONS: { value: SurveyRole; label: string }[] = [
  { value: 'name', label: 'Name' },
  { value: 'email', label: 'Email' },
  { value: 'id', label: 'Id or pseudonym' },
  { value: 'item', label: 'Question' },
  { value: 'item:numeric', label: 'Question (numbers)' },
  { value: 'item:text', label: 'Question (text)' },
  { value: 'skip', label: 'Skip' },
];

const norm = (s: string) => s.trim().toLowerCase();

/** Who answered from the headers (email, name, id); timestamps left out; every other column is a question. */
export function guessSurveyRoles(preview: SheetPreview): Record<string, SurveyRole> {
  const roles: Record<string, SurveyRole> = {};
  const taken = new Set<SurveyRole>();
  const once = (r: SurveyRole): SurveyRole | null => {
    if (taken.has(r)) return null;
    taken.add(r);
    return r;
  };
  for (const c of preview.columns) {
    const h = norm(c.header);
    let role: SurveyRole | null = null;
    if (/e-?mail/.test(h)) role = once('email');
    else if (/\b(pseudonym|participant id|respondent id|id)\b/.test(h)) role = once('id');
    else if (/\bname\b|respondent/.test(h)) role = once('name');
    else if (/timestamp|submitted|\bdate\b|\btime\b/.test(h) || c.kind === 'empty') role = 'skip';
    roles[c.letter] = role ?? 'item';
  }
  return roles;
}

export function surveyColumns(roles: Record<string, SurveyRole>): SurveyColumn[] {
  return Object.entries(roles).map(([column, role]) => {
    if (role === 'item:numeric') return { column, field: 'item', kind: 'numeric' };
    if (role === 'item:text') return { column, field: 'item', kind: 'text' };
    return { column, field: role };
  });
}

export function roleProblems(roles: Record<string, SurveyRole>): string[] {
  const values = Object.values(roles);
  const problems: string[] = [];
  if (!values.some((r) => r === 'id' || r === 'email' || r === 'name')) {
    problems.push('Choose the column that says who answered: a name, an email or a participant id.');
  }
  for (const r of ['id', 'email', 'name'] as const) {
    if (values.filter((v) => v === r).length > 1) problems.push(`Only one column can be the respondent’s ${r === 'id' ? 'id' : r}.`);
  }
  if (!values.some((r) => r.startsWith('item'))) problems.push('Choose at least one column of answers (a question).');
  return problems;
}

/** How an unmatched row is settled in the review step. */
export type RowChoice = { action: 'map'; participantId: string } | { action: 'create'; group: Participant['group'] } | { action: 'skip' };

export function encodeChoice(c: RowChoice | undefined): string | null {
  if (!c) return null;
  if (c.action === 'map') return `map:${c.participantId}`;
  if (c.action === 'create') return `create:${c.group}`;
  return 'skip';
}

export function decodeChoice(v: string | null): RowChoice | undefined {
  if (!v) return undefined;
  if (v === 'skip') return { action: 'skip' };
  if (v.startsWith('map:')) return { action: 'map', participantId: v.slice(4) };
  if (v.startsWith('create:')) return { action: 'create', group: v.slice(7) as Participant['group'] };
  return undefined;
}

/** The contract's resolutions: a created participant takes the name (or email, or id) the row gave. */
export function resolutionsOf(choices: Record<number, RowChoice>, respondents: Respondent[]): Resolution[] {
  const given = new Map(respondents.map((r) => [r.row, r.given]));
  return Object.entries(choices).map(([key, c]): Resolution => {
    const row = Number(key);
    if (c.action === 'map') return { row, action: 'map', participantId: c.participantId };
    if (c.action === 'skip') return { row, action: 'skip' };
    const g = given.get(row);
    const displayName = g?.name || g?.email || g?.id || `Respondent in row ${row}`;
    return { row, action: 'create', participant: { displayName, email: g?.email ?? '', group: c.group } };
  });
}
