import type { z } from 'zod';
import type { ParticipantGroup } from '../../shared/domain/participant';
import { GROUPS } from '../../shared/domain/participant';
import type { ItemChange, SurveyItem, SurveyItemPatch } from '../../shared/domain/survey';
import { TIME_POINTS, type TimePoint } from '../../shared/domain/tracking';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import { answerIdsOfItem, numericAnswers, selectSurveyItems, surveyItemCodec } from '../store/queries/survey-queries';
import { surveySourcesOfItem } from '../store/queries/survey-source-queries';
import { surveySourceTitle } from './survey-sources';

const PAIRS: [TimePoint, TimePoint][] = [
  ['baseline', 'midline'],
  ['midline', 'endline'],
  ['baseline', 'endline'],
];

function mustGetItem(store: LabStore, id: string): SurveyItem {
  const item = selectSurveyItems(store).find((i) => i.id === id);
  if (!item) throw new OpError('NOT_FOUND', 'That survey question no longer exists; it may have been deleted.');
  return item;
}

export function updateSurveyItem(store: LabStore, id: string, patch: z.infer<typeof SurveyItemPatch>): SurveyItem {
  const item = mustGetItem(store, id);
  if (patch.kind === 'numeric' && item.kind === 'text') {
    const answers = numericAnswers(store).filter((a) => a.item_id === id).length;
    if (answers < item.answers) throw new OpError('CONFLICT', 'kind: some answers to this question are not numbers, so it cannot become numeric');
  }
  store.write('Edit survey question', (w) => {
    w.update('survey_item', id, surveyItemCodec.toRow(patch));
    // The answers' sources are named for the question.
    if (patch.label !== undefined && patch.label !== item.label) {
      for (const s of surveySourcesOfItem(store, id)) w.update('source', s.id, { title: surveySourceTitle(patch.label, s.time_point) });
    }
  });
  return mustGetItem(store, id);
}

export function deleteSurveyItem(store: LabStore, id: string): null {
  const item = mustGetItem(store, id);
  store.write(`Delete survey question “${item.label.slice(0, 60)}”`, (w) => {
    // Its answers' sources stay, with their codings, as survey sources no import rewrites any more.
    for (const s of surveySourcesOfItem(store, id)) w.update('source', s.id, { survey_item_id: null });
    for (const a of answerIdsOfItem(store, id)) w.remove('survey_answer', a);
    w.remove('survey_item', id);
  });
  return null;
}

/**
 * For each numeric question: the mean answer per time point in the lab group and in the comparison group,
 * the change between time points (the later mean minus the earlier, over whoever answered each time), and
 * the lab group's change minus the comparison group's.
 */
export function surveyChange(store: LabStore, itemIds?: string[]): ItemChange[] {
  const items = selectSurveyItems(store).filter((i) => i.kind === 'numeric' && (!itemIds || itemIds.includes(i.id)));
  const sums = new Map<string, { n: number; sum: number }>();
  for (const a of numericAnswers(store)) {
    const key = `${a.item_id} ${a.grp} ${a.time_point}`;
    const acc = sums.get(key) ?? { n: 0, sum: 0 };
    sums.set(key, { n: acc.n + 1, sum: acc.sum + a.value });
  }
  const change = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
  return items.map((item) => {
    const groups = GROUPS.map((group: z.infer<typeof ParticipantGroup>) => {
      const points = TIME_POINTS.map((timePoint) => {
        const acc = sums.get(`${item.id} ${group} ${timePoint}`);
        return { timePoint, n: acc?.n ?? 0, mean: acc ? acc.sum / acc.n : null };
      });
      const meanAt = (t: TimePoint) => points.find((p) => p.timePoint === t)!.mean;
      return { group, points, changes: PAIRS.map(([from, to]) => ({ from, to, change: change(meanAt(from), meanAt(to)) })) };
    });
    const [lab, comparison] = groups;
    return {
      itemId: item.id,
      label: item.label,
      topic: item.topic,
      groups,
      difference: PAIRS.map(([from, to], i) => ({ from, to, change: change(comparison!.changes[i]!.change, lab!.changes[i]!.change) })),
    };
  });
}
