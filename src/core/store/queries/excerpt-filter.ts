import type { ExcerptFilter, SurveyAnswerCondition } from '../../../shared/domain/evidence';
import type { LabStore } from '../lab-store';

/**
 * The excerpts a filter selects, as SQL over `excerpt e JOIN source s` with the speaker's participant
 * (`p`) joined. Only the clauses a filter uses are included: every clause is a fixed fragment, values are
 * bound as JSON arrays, and the statement for each combination is prepared once.
 */
export interface FilterSql {
  from: string;
  where: string;
  params: Record<string, string | number>;
}

export const FILTER_FROM = `excerpt e
  JOIN source s ON s.id = e.source_id
  LEFT JOIN source_speaker sp ON sp.source_id = e.source_id AND sp.label = e.speaker
  LEFT JOIN participant p ON p.id = sp.participant_id`;

const inList = (column: string, param: string) => `${column} IN (SELECT value FROM json_each(@${param}))`;

/** Evidence values grouped by dimension: any value within a dimension, every dimension named. */
function valuesByDimension(store: LabStore, valueIds: string[]): string[][] {
  const rows = store
    .stmt(`SELECT id, dimension_id FROM evidence_value WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(valueIds)) as { id: string; dimension_id: string }[];
  const groups = new Map<string, string[]>();
  for (const r of rows) groups.set(r.dimension_id, [...(groups.get(r.dimension_id) ?? []), r.id]);
  return [...groups.values()];
}

/** Participants whose answer meets a survey condition, as SQL (the parameters are added to `params`). */
function surveyParticipantsSql(c: SurveyAnswerCondition, name: string, params: Record<string, string | number>): string {
  const parts = [`a.item_id = @${name}Item`];
  params[`${name}Item`] = c.itemId;
  if (c.timePoint) {
    params[`${name}Tp`] = c.timePoint;
    parts.push(`a.time_point = @${name}Tp`);
  }
  if (c.values?.length) {
    params[`${name}Values`] = JSON.stringify(c.values);
    parts.push(`(a.value_text IN (SELECT value FROM json_each(@${name}Values)) OR CAST(a.value_num AS TEXT) IN (SELECT value FROM json_each(@${name}Values)))`);
  }
  if (c.min !== undefined) {
    params[`${name}Min`] = c.min;
    parts.push(`a.value_num >= @${name}Min`);
  }
  if (c.max !== undefined) {
    params[`${name}Max`] = c.max;
    parts.push(`a.value_num <= @${name}Max`);
  }
  return `SELECT a.participant_id FROM survey_answer a WHERE ${parts.join(' AND ')}`;
}

/** The participants meeting each survey condition of a filter, for filtering outside SQL (the analysis snapshot). */
export function participantsMeetingSurvey(store: LabStore, conditions: SurveyAnswerCondition[]): Set<string>[] {
  return conditions.map((c) => {
    const params: Record<string, string | number> = {};
    const sql = surveyParticipantsSql(c, 'sv', params);
    return new Set((store.stmt(sql).all(params) as { participant_id: string }[]).map((r) => r.participant_id));
  });
}

/** `codeIds` must already include children when the filter asks for them (see expandCodes). */
export function filterSql(store: LabStore, f: ExcerptFilter): FilterSql {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  const json = (name: string, v: unknown[]) => {
    params[name] = JSON.stringify(v);
    return name;
  };
  if (f.codeIds?.length || f.coderIds?.length) {
    // IN (a list built once) rather than a correlated EXISTS per excerpt: three times faster on 100,000 excerpts.
    const parts: string[] = [];
    if (f.codeIds?.length) parts.push(inList('ec.code_id', json('codeIds', f.codeIds)));
    if (f.coderIds?.length) parts.push(inList('ec.created_by', json('coderIds', f.coderIds)));
    where.push(`e.id IN (SELECT ec.excerpt_id FROM excerpt_code ec WHERE ${parts.join(' AND ')})`);
  }
  if (f.evidence?.length) {
    valuesByDimension(store, f.evidence).forEach((ids, i) => {
      where.push(`e.id IN (SELECT t.excerpt_id FROM excerpt_tag t WHERE ${inList('t.value_id', json(`ev${i}`, ids))})`);
    });
  }
  if (f.excerptIds?.length) where.push(inList('e.id', json('excerptIds', f.excerptIds)));
  if (f.sourceIds?.length) where.push(inList('e.source_id', json('sourceIds', f.sourceIds)));
  if (f.phaseIds?.length) where.push(inList('s.phase_id', json('phaseIds', f.phaseIds)));
  if (f.conveningIds?.length) where.push(inList('s.convening_id', json('conveningIds', f.conveningIds)));
  if (f.sourceKinds?.length) where.push(inList('s.kind', json('sourceKinds', f.sourceKinds)));
  if (f.sectors?.length) where.push(inList('p.sector', json('sectors', f.sectors)));
  if (f.roles?.length) where.push(inList('p.role', json('roles', f.roles)));
  if (f.levels?.length) where.push(inList('p.level', json('levels', f.levels)));
  if (f.groups?.length) where.push(inList('p.grp', json('groups', f.groups)));
  if (f.participantIds?.length) where.push(inList('p.id', json('participantIds', f.participantIds)));
  f.attributes?.forEach((a, i) => {
    params[`attrPath${i}`] = `$."${a.name.replace(/["\\]/g, '')}"`;
    where.push(`json_extract(p.attributes, @attrPath${i}) IN (SELECT value FROM json_each(@${json(`attrValues${i}`, a.values)}))`);
  });
  f.surveyAnswers?.forEach((c, i) => {
    where.push(`p.id IN (${surveyParticipantsSql(c, `sv${i}`, params)})`);
  });
  return { from: FILTER_FROM, where: where.length ? where.join('\n   AND ') : '1', params };
}
