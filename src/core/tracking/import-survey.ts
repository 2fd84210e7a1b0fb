import type { z } from 'zod';
import type { Participant } from '../../shared/domain/participant';
import type { Respondent, SurveyImportInput, SurveyImportResult } from '../../shared/domain/sheet';
import type { SurveyItemKind } from '../../shared/domain/survey';
import { OpError } from '../errors';
import { createParticipant } from '../lab/participants';
import type { LabStore } from '../store/lab-store';
import { selectParticipants } from '../store/queries/people-queries';
import { answersAt, nextSurveyItemPosition, selectSurveyItems, surveyItemCodec } from '../store/queries/survey-queries';
import { respondentMatcher } from './respondent-match';
import { excerptsLostByAnswers, syncSurveySources } from './survey-sources';
import { cellText, isEmpty, normalise, parseNumber } from './sheets/cell-values';
import { findColumn, readTable, type Column, type SheetTable } from './sheets/sheet-table';

type Input = z.infer<typeof SurveyImportInput>;
type ItemPlan = { column: Column; itemId: string | null; key: string; label: string; kind: SurveyItemKind; isNew: boolean };

/** A question is numeric when at least four in five of its answers are numbers; the others are then bad rows. */
function inferKind(table: SheetTable, col: Column): SurveyItemKind {
  const filled = table.rows.map((r) => r.cells[col.index] ?? null).filter((c) => !isEmpty(c));
  const numbers = filled.filter((c) => parseNumber(c).ok).length;
  return filled.length > 0 && numbers / filled.length >= 0.8 ? 'numeric' : 'text';
}

function planColumns(store: LabStore, table: SheetTable, input: Input) {
  const identity: Partial<Record<'id' | 'email' | 'name', Column>> = {};
  const mentioned = new Set<number>();
  const items: ItemPlan[] = [];
  const known = new Map(selectSurveyItems(store).map((i) => [i.key, i]));
  const addItem = (col: Column, forced?: SurveyItemKind) => {
    const key = normalise(col.header);
    const existing = known.get(key);
    if (items.some((i) => i.key === key)) throw new OpError('INVALID_INPUT', `columns: two columns are both “${col.header}”`);
    items.push({ column: col, key, label: existing?.label ?? col.header, itemId: existing?.id ?? null, kind: existing?.kind ?? forced ?? inferKind(table, col), isNew: !existing });
  };
  for (const c of input.columns) {
    const col = findColumn(table, c.column, `columns (${c.field})`);
    if (mentioned.has(col.index)) throw new OpError('INVALID_INPUT', `columns: column ${col.letter} is mapped twice`);
    mentioned.add(col.index);
    if (c.field === 'item') addItem(col, c.kind);
    else if (c.field !== 'skip') {
      if (identity[c.field]) throw new OpError('INVALID_INPUT', `columns: map only one column to ${c.field}`);
      identity[c.field] = col;
    }
  }
  if (!identity.id && !identity.email && !identity.name) {
    throw new OpError('INVALID_INPUT', 'columns: map a column to id, email or name, so that answers can be matched to participants');
  }
  if (input.otherColumns === 'items') {
    for (const col of table.columns) {
      const blank = table.rows.every((r) => isEmpty(r.cells[col.index] ?? null));
      if (!mentioned.has(col.index) && !blank) addItem(col);
    }
  }
  if (items.length === 0) throw new OpError('INVALID_INPUT', 'columns: no column holds answers; map at least one column to item');
  return { identity, items };
}

/**
 * Imports one time point of a survey, all or nothing. Each row is matched to a participant; rows that match
 * no one (or several) come back for review, and the import is stored only when every row is matched or
 * resolved (mapped, created or skipped) and no answer is bad. Answers already stored for the same respondent,
 * question and time point are replaced. Text questions' answers become codable sources (survey-sources.ts); an
 * import that would change the words under a coded excerpt is refused, and the preview says which rows.
 */
export async function importSurveySheet(store: LabStore, input: Input): Promise<SurveyImportResult> {
  const table = await readTable(input.source);
  const { identity, items } = planColumns(store, table, input);
  const people = selectParticipants(store);
  const byId = new Map(people.map((p) => [p.id, p]));
  const match = respondentMatcher(people);
  const dataRows = new Set(table.rows.map((r) => r.row));
  const resolutions = new Map(input.resolutions.map((r) => [r.row, r]));
  for (const r of input.resolutions) {
    if (!dataRows.has(r.row)) throw new OpError('INVALID_INPUT', `resolutions: row ${r.row} is not a data row of sheet “${table.sheet}”`);
    if (r.action === 'map' && !byId.has(r.participantId)) throw new OpError('NOT_FOUND', `resolutions: row ${r.row}: that participant does not exist`);
  }
  const text = (cells: SheetTable['rows'][number]['cells'], col: Column | undefined) => (col ? cellText(cells[col.index] ?? null) : '');
  const respondents: Respondent[] = [];
  const answers: { row: number; who: string | number; itemKey: string; num: number | null; text: string }[] = [];
  const creations = new Map<number, z.infer<typeof SurveyImportInput>['resolutions'][number] & { action: 'create' }>();
  const answeredIn = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const given = { id: text(cells, identity.id), email: text(cells, identity.email), name: text(cells, identity.name) };
    const problems: string[] = [];
    const resolution = resolutions.get(row);
    let who: Participant | null = null;
    let r: Respondent;
    const base = { row, given, candidates: [], message: null };
    if (resolution?.action === 'skip') {
      respondents.push({ ...base, status: 'skipped', participantId: null, matchedBy: null });
      continue;
    } else if (resolution?.action === 'map') {
      who = byId.get(resolution.participantId)!;
      r = { ...base, status: 'mapped', participantId: who.id, matchedBy: null };
    } else if (resolution?.action === 'create') {
      creations.set(row, resolution);
      r = { ...base, status: 'created', participantId: null, matchedBy: null };
    } else {
      const m = match(given);
      if (m.participant) {
        who = m.participant;
        r = { ...base, status: 'matched', participantId: who.id, matchedBy: m.by };
      } else {
        const why = !given.id && !given.email && !given.name ? 'no id, email or name to match' : 'matches no participant';
        r = {
          ...base,
          status: 'unmatched',
          participantId: null,
          matchedBy: null,
          message: m.candidates.length ? `${why}; perhaps ${m.candidates.map((c) => c.displayName).join(' or ')}` : why,
          candidates: m.candidates.map((c) => ({ participantId: c.id, displayName: c.displayName, pseudonym: c.pseudonym, email: c.email })),
        };
      }
    }
    if (who) {
      const earlier = answeredIn.get(who.id);
      if (earlier !== undefined) problems.push(`${who.displayName} already answered in row ${earlier}`);
      else answeredIn.set(who.id, row);
    }
    for (const item of items) {
      const raw = cells[item.column.index] ?? null;
      if (isEmpty(raw)) continue;
      let num: number | null = null;
      if (item.kind === 'numeric') {
        const n = parseNumber(raw);
        if (!n.ok) problems.push(`“${item.column.header}” value “${cellText(raw)}” ${n.reason}`);
        else num = n.value;
      }
      answers.push({ row, who: who?.id ?? row, itemKey: item.key, num, text: cellText(raw) });
    }
    if (problems.length) r = { ...r, status: 'error', message: problems.join('; ') };
    respondents.push(r);
  }
  const errors = respondents.filter((r) => r.status === 'error').map((r) => `row ${r.row}: ${r.message}`);
  const unmatched = respondents.filter((r) => r.status === 'unmatched').length;
  const skipped = new Set(respondents.filter((r) => r.status === 'skipped').map((r) => r.row));
  const kept = answers.filter((a) => !skipped.has(a.row));
  const itemIds = new Map(items.map((i) => [i.key, i.itemId]));
  const stored = answersAt(store, input.timePoint, [...answeredIn.keys()]);
  const replaced = kept.filter((a) => typeof a.who === 'string' && stored.has(`${a.who} ${itemIds.get(a.itemKey) ?? ''}`)).length;
  const coded = items.filter((i) => i.kind === 'text' && i.itemId).map((i) => ({ id: i.itemId!, label: i.label }));
  const replacing = kept.flatMap((a) => (typeof a.who === 'string' && itemIds.get(a.itemKey) ? [{ participantId: a.who, itemId: itemIds.get(a.itemKey)!, text: a.text }] : []));
  // A row whose new answer would take the words from under a coded excerpt is a bad row: the review offers to
  // leave it out, which keeps the old answer and its coding.
  for (const l of coded.length ? excerptsLostByAnswers(store, input.timePoint, coded, replacing) : []) {
    const label = coded.find((i) => i.id === l.itemId)!.label;
    const message = `the answer to “${label}” changed under ${l.excerpts} coded excerpt(s); remove their coding first, or keep the old answer`;
    const k = respondents.findIndex((r) => r.participantId === l.participantId && r.status !== 'skipped');
    const r = respondents[k]!;
    respondents[k] = { ...r, status: 'error', message: r.status === 'error' && r.message ? `${r.message}; ${message}` : message };
    errors.push(`row ${r.row}: ${message}`);
  }
  const ok = errors.length === 0 && unmatched === 0 && kept.length > 0;
  if (errors.length === 0 && unmatched === 0 && kept.length === 0) errors.push(`“${table.fileName}” has no answers to import`);
  const result: SurveyImportResult = {
    fileName: table.fileName,
    sheet: table.sheet,
    timePoint: input.timePoint,
    ok,
    stored: false,
    respondents,
    items: items.map((i) => ({ letter: i.column.letter, header: i.column.header, itemId: i.itemId, kind: i.kind, isNew: i.isNew })),
    answers: kept.length,
    replaced,
    unmatched,
    emptyRows: table.emptyRows,
    errors,
  };
  if (!ok || input.dryRun) return result;
  store.write(`Import ${input.timePoint} survey from “${table.fileName}”`, (w) => {
    let position = nextSurveyItemPosition(store);
    for (const i of items.filter((x) => x.isNew)) {
      const row = w.insert('survey_item', surveyItemCodec.toRow({ key: i.key, label: i.column.header, kind: i.kind, topic: null, position: position++ }));
      itemIds.set(i.key, String(row.id));
    }
    const created = new Map<number, string>();
    for (const [row, c] of creations) created.set(row, createParticipant(store, c.participant).id);
    for (const r of result.respondents) if (r.status === 'created') r.participantId = created.get(r.row)!;
    for (const a of kept) {
      const participantId = typeof a.who === 'string' ? a.who : created.get(a.row)!;
      const itemId = itemIds.get(a.itemKey)!;
      const old = stored.get(`${participantId} ${itemId}`);
      const values = { value_num: a.num, value_text: a.text };
      if (!old) w.insert('survey_answer', { participant_id: participantId, time_point: input.timePoint, item_id: itemId, ...values });
      else if (old.value_num !== a.num || old.value_text !== a.text) w.update('survey_answer', old.id, values);
    }
    const textItems = items.filter((i) => i.kind === 'text').map((i) => ({ id: itemIds.get(i.key)!, label: i.label }));
    if (textItems.length) syncSurveySources(w, store, input.timePoint, textItems, table.fileName);
  });
  return { ...result, stored: true, items: result.items.map((i) => ({ ...i, itemId: i.itemId ?? itemIds.get(normalise(i.header)) ?? null })) };
}
