import type { EvidenceDimension } from '../../../shared/domain/evidence';
import type { Privacy } from '../../reports/privacy';
import type { LabStore } from '../../store/lab-store';
import { codeCounts, type CodeCount } from '../../reports/live-tables/code-counts';
import { selectDimensions } from '../../store/queries/evidence-queries';

/** What every sheet of the lab workbook reads from: the lab (one read transaction), names, and lookups built once. */
export interface WorkbookContext {
  store: LabStore;
  privacy: Privacy;
  dims: EvidenceDimension[];
  valueLabel: Map<string, { dimensionId: string; label: string }>;
  /** Codes depth first, as the codebook shows them, with their depth and path (“Finance › Middle phase”). */
  codes: (CodeCount & { path: string })[];
  codePath: Map<string, string>;
  signal: AbortSignal;
}

export function workbookContext(store: LabStore, privacy: Privacy, signal: AbortSignal): WorkbookContext {
  const dims = selectDimensions(store);
  const names = new Map<string, string>();
  const codes = codeCounts(store).map((c) => {
    const path = c.parentId && names.has(c.parentId) ? `${names.get(c.parentId)} › ${c.name}` : c.name;
    names.set(c.id, path);
    return { ...c, path };
  });
  return {
    store,
    privacy,
    dims,
    valueLabel: new Map(dims.flatMap((d) => d.values.map((v) => [v.id, { dimensionId: d.id, label: v.label }] as const))),
    codes,
    codePath: new Map(codes.map((c) => [c.id, c.path])),
    signal,
  };
}

/** Lets the file stream drain between pages, so a large workbook is written as it is made rather than held. */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
