import type { LabStore } from '../store/lab-store';
import { codeDescriptions, codedExcerptTexts, selectRejections, taggedExcerptTexts, valueDescriptions } from '../store/queries/assistant-queries';
import { inverseDocumentFrequency, trainCentroids, type CentroidModel, type LabelledText } from './centroid-model';
import { countTextFeatures } from './text-features';

/** A trained model and what its labels stand for: `c:<code id>` or `v:<evidence value id>`. */
export interface AssistantModel {
  model: CentroidModel;
  trainedAt: string;
  trainingMs: number;
  codedExcerpts: number;
  taggedExcerpts: number;
  rejections: number;
}

const counted = countTextFeatures;

/**
 * Learns codes from coded excerpts and the codebook's definitions, and evidence values from excerpts tagged with
 * them and the values' descriptions (so evidence suggestions work before anything is tagged). Rejected passages
 * pull their label away. Reads in one transaction, so the model is of one state of the lab.
 */
export function trainAssistant(store: LabStore): AssistantModel {
  const started = performance.now();
  const { coded, tagged, codes, values, rejections } = store.tx(() => ({
    coded: codedExcerptTexts(store),
    tagged: taggedExcerptTexts(store),
    codes: codeDescriptions(store),
    values: valueDescriptions(store),
    rejections: selectRejections(store),
  }));
  const labels = [...codes.map((c) => `c:${c.id}`), ...values.map((v) => `v:${v.id}`)];
  const index = new Map(labels.map((l, i) => [l, i]));
  const labelsOf = (prefix: string, ids: string) =>
    ids
      .split(',')
      .map((id) => index.get(`${prefix}${id}`))
      .filter((i): i is number => i !== undefined);
  const examples: LabelledText[] = [];
  for (const c of codes) if (c.text.trim()) examples.push({ counts: counted(c.text), labels: [index.get(`c:${c.id}`)!] });
  for (const v of values) if (v.text.trim()) examples.push({ counts: counted(v.text), labels: [index.get(`v:${v.id}`)!] });
  for (const e of coded) examples.push({ counts: counted(e.text), labels: labelsOf('c:', e.codes) });
  for (const e of tagged) examples.push({ counts: counted(e.text), labels: labelsOf('v:', e.values) });
  const negatives: LabelledText[] = rejections.map((r) => ({
    counts: counted(r.text),
    labels: r.code_id ? labelsOf('c:', r.code_id) : labelsOf('v:', r.value_id ?? ''),
  }));
  const idf = inverseDocumentFrequency(examples.map((e) => e.counts));
  const model = trainCentroids(labels, examples, negatives, idf);
  return {
    model,
    trainedAt: new Date().toISOString(),
    trainingMs: Math.round(performance.now() - started),
    codedExcerpts: coded.length,
    taggedExcerpts: tagged.length,
    rejections: rejections.length,
  };
}
