import type { ChartData, DataTable, ReportKind, TableCell } from '../../../shared/domain/report';
import type { LabStore } from '../../store/lab-store';
import type { Privacy } from '../privacy';

/** A live table's rows and the chart drawn from the same numbers. */
export interface LiveData {
  title: string;
  table: DataTable;
  chart: ChartData;
}

/** What a live block is resolved against: the lab, who may be named, and the report it sits in. */
export interface LiveContext {
  store: LabStore;
  privacy: Privacy;
  /** The report's phase: what “this iteration” means for targets and participation. */
  reportPhaseId: string | null;
  reportKind: ReportKind;
}

/** 0.756 → “76%”; null → “–”. */
export function percent(x: number | null): string {
  return x === null ? '–' : `${Math.round(x * 100)}%`;
}

export function round2(x: number | null): number | null {
  return x === null ? null : Math.round(x * 100) / 100;
}

export function column(label: string, numeric = false): DataTable['columns'][number] {
  return { label, numeric };
}

export function table(columns: DataTable['columns'], rows: TableCell[][], footer: TableCell[] | null = null, note = ''): DataTable {
  return { columns, rows, footer, note };
}

export const NO_CHART: ChartData = { categories: [], series: [], unit: '', max: null };
