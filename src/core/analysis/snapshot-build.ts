import type { LabStore } from '../store/lab-store';
import { readAnalysisRows } from '../store/queries/analysis-queries';
import type { AnalysisSnapshot, Lists } from './analysis-snapshot';

function toLists(n: number, pairs: [number, number][]): Lists {
  const offsets = new Int32Array(n + 1);
  for (const [i] of pairs) offsets[i + 1]!++;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const values = new Int32Array(pairs.length);
  for (const [i, v] of pairs) values[fill[i]!++] = v;
  return { offsets, values };
}

function indexer(): { index: (key: string) => number; keys: string[] } {
  const map = new Map<string, number>();
  const keys: string[] = [];
  return {
    keys,
    index(key) {
      let i = map.get(key);
      if (i === undefined) {
        i = keys.length;
        map.set(key, i);
        keys.push(key);
      }
      return i;
    },
  };
}

/** The snapshot of the lab as `store` sees it now, labelled `version` (the version of the caller's connection). */
export function buildAnalysisSnapshot(store: LabStore, version: string): AnalysisSnapshot {
  const rows = readAnalysisRows(store);
  const n = rows.excerpts.length;
  const excerptIndex = new Map<string, number>();
  const sourceIndex = new Map(rows.sources.map((s, i) => [s[0], i]));
  const participantIndex = new Map(rows.participants.map((p, i) => [p[0], i]));
  const valueIndex = new Map(rows.values.map((v, i) => [v[0], i]));
  const snapshot: AnalysisSnapshot = {
    version,
    excerptIds: new Array<string>(n),
    source: new Int32Array(n),
    participant: new Int32Array(n),
    block: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    codes: { offsets: new Int32Array(1), values: new Int32Array(0) },
    coders: { offsets: new Int32Array(1), values: new Int32Array(0) },
    ownTags: { offsets: new Int32Array(1), values: new Int32Array(0) },
    sources: rows.sources.map(([id, phase, convening, kind, timePoint]) => ({
      id,
      phase: phase ?? '',
      convening: convening ?? '',
      kind,
      timePoint: timePoint ?? '',
      defaults: [],
    })),
    participants: rows.participants.map(([id, pseudonym, sector, role, level, group, organisation, attributes]) => ({
      id,
      pseudonym,
      sector: sector ?? '',
      role,
      level: level ?? '',
      group,
      organisation,
      attributes: JSON.parse(attributes) as Record<string, string>,
    })),
    values: rows.values.map(([id, dimension, label]) => ({ id, dimension, label })),
    codeIds: [],
    coderIds: [],
  };
  rows.excerpts.forEach(([id, sourceId, participantId, block, start, end], i) => {
    excerptIndex.set(id, i);
    snapshot.excerptIds[i] = id;
    snapshot.source[i] = sourceIndex.get(sourceId) ?? -1;
    snapshot.participant[i] = participantId ? (participantIndex.get(participantId) ?? -1) : -1;
    snapshot.block[i] = block ?? -1;
    snapshot.start[i] = start;
    snapshot.end[i] = end;
  });
  const codes = indexer();
  const coders = indexer();
  const codePairs: [number, number][] = [];
  const coderPairs: [number, number][] = [];
  for (const [excerptId, codeId, coderId] of rows.codings) {
    const i = excerptIndex.get(excerptId);
    if (i === undefined) continue;
    codePairs.push([i, codes.index(codeId)]);
    if (coderId) coderPairs.push([i, coders.index(coderId)]);
  }
  snapshot.codes = toLists(n, codePairs);
  snapshot.coders = toLists(n, coderPairs);
  snapshot.codeIds = codes.keys;
  snapshot.coderIds = coders.keys;
  snapshot.ownTags = toLists(
    n,
    rows.ownTags.flatMap(([excerptId, valueId]): [number, number][] => {
      const i = excerptIndex.get(excerptId);
      const v = valueIndex.get(valueId);
      return i === undefined || v === undefined ? [] : [[i, v]];
    }),
  );
  for (const [sourceId, valueId] of rows.sourceTags) {
    const s = sourceIndex.get(sourceId);
    const v = valueIndex.get(valueId);
    if (s !== undefined && v !== undefined) snapshot.sources[s]!.defaults.push(v);
  }
  return snapshot;
}
