import type { SimilarPassage, SuggestionUnit } from '../../shared/domain/assistant';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import { excerptPlace, sourceExcerptRanges, sourceTitles } from '../store/queries/assistant-queries';
import { selectSourceText } from '../store/queries/source-queries';
import type { UnitVector } from './centroid-model';
import { passageVector } from './explain';
import { passagesOf, uncovered } from './passages';
import type { AssistantModel } from './train-assistant';
import { watched, type PassWatch } from './watched-pass';

/** Both vectors' ids are sorted: one merge walk. */
function cosine(a: UnitVector, b: UnitVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/**
 * The uncoded passages across the lab most like an excerpt, by the cosine of their TF-IDF vectors (weighted by what
 * the lab's coding has taught the model is rare), so the documenter can code them from the same list.
 */
export async function moreLikeThis(
  store: LabStore,
  am: AssistantModel,
  excerptId: string,
  unit: SuggestionUnit,
  limit: number,
  watch?: PassWatch,
): Promise<SimilarPassage[]> {
  const place = excerptPlace(store, excerptId);
  if (!place) throw new OpError('NOT_FOUND', 'excerptId: that excerpt no longer exists; it may have been deleted');
  const probe = passageVector(place.text, am.model);
  const best: SimilarPassage[] = [];
  let floor = 0;
  for await (const source of watched(sourceTitles(store), watch, 'Reading every source for similar passages')) {
    const content = selectSourceText(store, source.id);
    if (!content) continue;
    for (const span of uncovered(passagesOf(content.text, content.blocks, unit), sourceExcerptRanges(store, source.id))) {
      const text = content.text.slice(span.start, span.end);
      const similarity = cosine(probe, passageVector(text, am.model));
      if (similarity <= floor) continue;
      best.push({ sourceId: source.id, sourceTitle: source.title, start: span.start, end: span.end, text, similarity });
      if (best.length > limit * 2) {
        best.sort((a, b) => b.similarity - a.similarity).length = limit;
        floor = best[limit - 1]!.similarity;
      }
    }
  }
  return best.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
}
