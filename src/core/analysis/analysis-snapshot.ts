import type { LabStore } from '../store/lab-store';
import { readAnalysisRows } from '../store/queries/analysis-queries';

/** Compressed lists per excerpt: the items of excerpt i are values[offsets[i] .. offsets[i+1]). */
export interface Lists {
  offsets: Int32Array;
  values: Int32Array;
}

export interface SnapshotParticipant {
  id: string;
  pseudonym: string;
  sector: string;
  role: string;
  level: string;
  group: string;
  organisation: string;
  attributes: Record<string, string>;
}

/**
 * Every excerpt of the lab with what analyses count by, held in typed arrays indexed by excerpt. Cross-tables
 * and matrices over 100,000 excerpts are then a pass over arrays, not joins of text keys in SQL. Built on
 * first use and rebuilt when the lab's version changes (a write here, or a commit by another process).
 */
export interface AnalysisSnapshot {
  version: string;
  excerptIds: string[];
  source: Int32Array;
  participant: Int32Array;
  block: Int32Array;
  start: Int32Array;
  end: Int32Array;
  codes: Lists;
  coders: Lists;
  ownTags: Lists;
  sources: { id: string; phase: string; convening: string; kind: string; defaults: number[] }[];
  participants: SnapshotParticipant[];
  /** Evidence values: id, dimension id, label; tag lists hold indexes into this. */
  values: { id: string; dimension: string; label: string }[];
  codeIds: string[];
  coderIds: string[];
}

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

function build(store: LabStore): AnalysisSnapshot {
  const version = store.version;
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
    sources: rows.sources.map(([id, phase, convening, kind]) => ({ id, phase: phase ?? '', convening: convening ?? '', kind, defaults: [] })),
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

const cache = new WeakMap<LabStore, AnalysisSnapshot>();

export function analysisSnapshot(store: LabStore): AnalysisSnapshot {
  const cached = cache.get(store);
  if (cached && cached.version === store.version) return cached;
  const fresh = build(store);
  cache.set(store, fresh);
  return fresh;
}

export function listOf(lists: Lists, i: number): Int32Array {
  return lists.values.subarray(lists.offsets[i]!, lists.offsets[i + 1]!);
}

/** Excerpt i's tags in a dimension: its own there if it has any, else its source's defaults there. */
export function tagsIn(s: AnalysisSnapshot, i: number, dimensionId: string): number[] {
  const own: number[] = [];
  for (const v of listOf(s.ownTags, i)) if (s.values[v]!.dimension === dimensionId) own.push(v);
  if (own.length) return own;
  const src = s.sources[s.source[i]!];
  return src ? src.defaults.filter((v) => s.values[v]!.dimension === dimensionId) : [];
}
