import type { z } from 'zod';
import type { RubricGrid, RubricItem, RubricItemInput, RubricItemPatch, RubricLevel, RubricScore, ScoreInput } from '../../shared/domain/rubric';
import { TIME_POINTS } from '../../shared/domain/tracking';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import { countExistingExcerpts } from '../store/queries/excerpt-queries';
import {
  itemCodec,
  itemKeys,
  nextItemPosition,
  scoreCodec,
  scoreIdFor,
  scoreIdsOfItem,
  scoreLinks,
  scoresOffScale,
  selectItems,
  selectLevels,
  selectScores,
} from '../store/queries/rubric-queries';

function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Means per time point over the scored ingredients; not applicable and unscored ones do not count. */
function meansOf(scores: RubricScore[]) {
  return TIME_POINTS.map((timePoint) => {
    const at = scores.filter((s) => s.timePoint === timePoint);
    const values = at.flatMap((s) => (s.score === null ? [] : [s.score]));
    return { timePoint, mean: mean(values), scored: values.length, notApplicable: at.filter((s) => s.notApplicable).length };
  });
}

export function rubricGrid(store: LabStore): RubricGrid {
  const items = selectItems(store);
  const scores = selectScores(store);
  const groups = [...new Set(items.map((i) => i.group))];
  const groupOf = new Map(items.map((i) => [i.id, i.group]));
  return {
    scale: selectLevels(store).map(({ value, label, descriptor }) => ({ value, label, descriptor })),
    items,
    timePoints: [...TIME_POINTS],
    scores,
    means: meansOf(scores),
    groupMeans: groups.flatMap((group) => meansOf(scores.filter((s) => groupOf.get(s.itemId) === group)).map((m) => ({ ...m, group }))),
  };
}

/** Replaces the scale: levels keep their id where the value stays. Refused while a score would fall off it. */
export function setRubricScale(store: LabStore, levels: RubricLevel[]): RubricGrid {
  const off = scoresOffScale(store, levels.map((l) => l.value));
  if (off.length) {
    const list = off.slice(0, 5).map((s) => `${s.label} at ${s.time_point}: ${s.score}`).join('; ');
    throw new OpError('CONFLICT', `levels: ${off.length === 1 ? 'a score uses a value' : `${off.length} scores use values`} the new scale lacks (${list}); change ${off.length === 1 ? 'it' : 'them'} first`);
  }
  const current = new Map(selectLevels(store).map((l) => [l.value, l]));
  store.write('Change the rubric scale', (w) => {
    const wanted = new Set(levels.map((l) => l.value));
    for (const [value, l] of current) if (!wanted.has(value)) w.remove('rubric_level', l.id);
    for (const l of levels) {
      const old = current.get(l.value);
      if (!old) w.insert('rubric_level', { value: l.value, label: l.label, descriptor: l.descriptor });
      else if (old.label !== l.label || old.descriptor !== l.descriptor) w.update('rubric_level', old.id, { label: l.label, descriptor: l.descriptor });
    }
  });
  return rubricGrid(store);
}

function mustGetItem(store: LabStore, id: string, field = 'id'): RubricItem {
  const row = store.rows.get('rubric_item', id);
  if (!row) throw new OpError('NOT_FOUND', `${field}: that rubric ingredient does not exist`);
  return itemCodec.fromRow(row);
}

function checkGuide(store: LabStore, guide: Record<string, string> | undefined): void {
  if (!guide) return;
  const values = new Set(selectLevels(store).map((l) => String(l.value)));
  for (const k of Object.keys(guide)) if (!values.has(k)) throw new OpError('INVALID_INPUT', `guide: ${k} is not a level of the lab’s scale`);
}

export function createRubricItem(store: LabStore, input: z.infer<typeof RubricItemInput>): RubricItem {
  checkGuide(store, input.guide);
  const taken = new Set(itemKeys(store));
  const base = input.label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'ingredient';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  const row = store.write(`Add rubric ingredient “${input.label}”`, (w) =>
    w.insert('rubric_item', itemCodec.toRow({ ...input, key, position: nextItemPosition(store) })),
  );
  return itemCodec.fromRow(row);
}

export function updateRubricItem(store: LabStore, id: string, patch: z.infer<typeof RubricItemPatch>): RubricItem {
  mustGetItem(store, id);
  checkGuide(store, patch.guide);
  return itemCodec.fromRow(store.write('Edit rubric ingredient', (w) => w.update('rubric_item', id, itemCodec.toRow(patch))));
}

export function deleteRubricItem(store: LabStore, id: string): null {
  const item = mustGetItem(store, id);
  store.write(`Delete rubric ingredient “${item.label}”`, (w) => {
    const scoreIds = scoreIdsOfItem(store, id);
    for (const l of scoreLinks(store, scoreIds)) w.remove('rubric_score_excerpt', l.id);
    for (const s of scoreIds) w.remove('rubric_score', s);
    w.remove('rubric_item', id);
  });
  return null;
}

/** Sets one cell of the grid with its rationale and evidence; an empty cell is removed. */
export function scoreRubricItem(store: LabStore, input: z.infer<typeof ScoreInput>): RubricScore | null {
  const item = mustGetItem(store, input.itemId, 'itemId');
  const scale = selectLevels(store).map((l) => l.value);
  if (input.score !== null && !scale.includes(input.score)) {
    throw new OpError('INVALID_INPUT', `score: ${input.score} is not on the lab’s scale (${scale.join(', ')})`);
  }
  const excerptIds = [...new Set(input.excerptIds)];
  if (countExistingExcerpts(store, excerptIds) !== excerptIds.length) throw new OpError('NOT_FOUND', 'excerptIds: some of the excerpts no longer exist');
  const existing = scoreIdFor(store, input.itemId, input.timePoint);
  const empty = input.score === null && !input.notApplicable && input.rationale === '' && excerptIds.length === 0;
  const label = `Score “${item.label}” at ${input.timePoint}`;
  if (empty) {
    if (existing) {
      store.write(`Clear ${label.charAt(0).toLowerCase()}${label.slice(1)}`, (w) => {
        for (const l of scoreLinks(store, [existing])) w.remove('rubric_score_excerpt', l.id);
        w.remove('rubric_score', existing);
      });
    }
    return null;
  }
  const id = store.write(label, (w) => {
    const values = scoreCodec.toRow({ score: input.score, notApplicable: input.notApplicable ? 1 : 0, rationale: input.rationale, scoredOn: input.scoredOn });
    const scoreId = existing
      ? String(w.update('rubric_score', existing, values).id)
      : String(w.insert('rubric_score', { ...values, item_id: input.itemId, time_point: input.timePoint }).id);
    const links = existing ? scoreLinks(store, [existing]) : [];
    const wanted = new Set(excerptIds);
    for (const l of links) if (!wanted.has(l.excerpt_id)) w.remove('rubric_score_excerpt', l.id);
    const have = new Set(links.map((l) => l.excerpt_id));
    for (const e of excerptIds) if (!have.has(e)) w.insert('rubric_score_excerpt', { score_id: scoreId, excerpt_id: e });
    return scoreId;
  });
  return selectScores(store, id)[0]!;
}
