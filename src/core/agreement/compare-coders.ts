import { addTables, EMPTY_TABLE, type AgreementTable } from './agreement-stats';
import { coveredLength, differenceSpans, mergeIntervals, overlapLength, type DifferenceSpan, type Interval } from './intervals';

/** One coding (an excerpt's range carrying one code) by one of the two coders being compared. */
export interface CoderCoding extends Interval {
  readonly sourceId: string;
  readonly codeId: string;
  readonly excerptId: string;
  readonly coder: 'a' | 'b';
}

/**
 * The sources that count: those where each coder made at least one coding, with any code. A source only one of
 * them coded was most likely not given to the other, and counting its text as "not coded" by the other would
 * be disagreement that never happened.
 */
export function sharedSourceIds(codings: readonly CoderCoding[]): Set<string> {
  const byA = new Set<string>();
  const byB = new Set<string>();
  for (const c of codings) (c.coder === 'a' ? byA : byB).add(c.sourceId);
  return new Set([...byA].filter((id) => byB.has(id)));
}

/** A code's runs in one source: merged per coder. */
export interface CodeInSource {
  readonly sourceId: string;
  readonly codeId: string;
  readonly a: Interval[];
  readonly b: Interval[];
}

/** Groups codings by source and code and merges each coder's ranges, for the sources in `lengths` only. */
export function codeRuns(codings: readonly CoderCoding[], lengths: ReadonlyMap<string, number>, codeIds?: ReadonlySet<string>): CodeInSource[] {
  const groups: { sourceId: string; codeId: string; a: Interval[]; b: Interval[] }[] = [];
  const bySource = new Map<string, Map<string, (typeof groups)[number]>>();
  for (const c of codings) {
    if (!lengths.has(c.sourceId) || (codeIds && !codeIds.has(c.codeId))) continue;
    let byCode = bySource.get(c.sourceId);
    if (!byCode) bySource.set(c.sourceId, (byCode = new Map()));
    let g = byCode.get(c.codeId);
    if (!g) {
      g = { sourceId: c.sourceId, codeId: c.codeId, a: [], b: [] };
      byCode.set(c.codeId, g);
      groups.push(g);
    }
    g[c.coder].push(c);
  }
  return groups.map((g) => {
    const length = lengths.get(g.sourceId)!;
    return { ...g, a: mergeIntervals(g.a, length), b: mergeIntervals(g.b, length) };
  });
}

/** The 2×2 table of one code in one source, without the "neither" cell (it needs the source's length). */
function coveredCells(runs: CodeInSource): Omit<AgreementTable, 'neither'> {
  const both = overlapLength(runs.a, runs.b);
  return { both, aOnly: coveredLength(runs.a) - both, bOnly: coveredLength(runs.b) - both };
}

export interface CodeComparison {
  readonly codeId: string;
  readonly table: AgreementTable;
  /** Runs where exactly one coder applied the code, across the shared sources. */
  readonly disagreements: number;
}

/**
 * Per code, the 2×2 table over every character of the shared sources (a source where neither coder used the
 * code adds its whole length to "neither"), and the number of disagreement runs. Codes in `codeIds` that no one
 * used in these sources still get a row, all "neither".
 */
export function compareCodes(runs: readonly CodeInSource[], lengths: ReadonlyMap<string, number>, codeIds: readonly string[]): CodeComparison[] {
  let totalChars = 0;
  for (const n of lengths.values()) totalChars += n;
  const acc = new Map<string, { table: Omit<AgreementTable, 'neither'>; disagreements: number }>();
  for (const id of codeIds) acc.set(id, { table: { both: 0, aOnly: 0, bOnly: 0 }, disagreements: 0 });
  for (const r of runs) {
    const entry = acc.get(r.codeId);
    if (!entry) continue;
    const cells = coveredCells(r);
    entry.table = { both: entry.table.both + cells.both, aOnly: entry.table.aOnly + cells.aOnly, bOnly: entry.table.bOnly + cells.bOnly };
    entry.disagreements += differenceSpans(r.a, r.b).length;
  }
  return codeIds.map((codeId) => {
    const { table, disagreements } = acc.get(codeId)!;
    return { codeId, table: { ...table, neither: totalChars - table.both - table.aOnly - table.bOnly }, disagreements };
  });
}

/**
 * Overall: the per-code tables summed, so every (character, code) pair is one unit. A kappa of the pooled table
 * is defined whenever any code varies, weighs each code by how much text it concerns, and is not an average of
 * per-code kappas (which is no kappa of anything, and undefined as soon as one code's is).
 */
export function pooledTable(codes: readonly CodeComparison[]): AgreementTable {
  return codes.reduce((t, c) => addTables(t, c.table), EMPTY_TABLE);
}

/** A disagreement run of one code, with the source it is in. */
export interface SourceSpan extends DifferenceSpan {
  readonly sourceId: string;
}

/** Every disagreement run of one code, grouped by source (in `sourceOrder`) and in text order within each. */
export function disagreementSpans(runs: readonly CodeInSource[], codeId: string, sourceOrder: readonly string[]): SourceSpan[] {
  const bySource = new Map(runs.filter((r) => r.codeId === codeId).map((r) => [r.sourceId, r]));
  return sourceOrder.flatMap((sourceId) => {
    const r = bySource.get(sourceId);
    return r ? differenceSpans(r.a, r.b).map((s) => ({ ...s, sourceId })) : [];
  });
}

/** What one coder did over a span: the excerpt to open (theirs with the code if any, else the one covering most of the span) and every code they applied across it. */
export interface CoderSide {
  readonly excerptId: string | null;
  readonly codeIds: string[];
}

export function coderSide(codings: readonly CoderCoding[], coder: 'a' | 'b', span: SourceSpan, codeId: string): CoderSide {
  const over = codings.filter((c) => c.coder === coder && c.sourceId === span.sourceId && c.start < span.end && c.end > span.start);
  const overlap = (c: CoderCoding) => Math.min(c.end, span.end) - Math.max(c.start, span.start);
  const withCode = over.find((c) => c.codeId === codeId);
  const widest = [...over].sort((x, y) => overlap(y) - overlap(x))[0];
  return { excerptId: (withCode ?? widest)?.excerptId ?? null, codeIds: [...new Set(over.map((c) => c.codeId))] };
}
