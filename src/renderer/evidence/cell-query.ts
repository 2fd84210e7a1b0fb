import type { Axis, ExcerptFilter } from '../../shared/domain/evidence';

/** Which excerpts a clicked cell stands for, and how to ask for them. A null row or column is a total. */
export type CellQuery =
  | { kind: 'cross'; title: string; count: number; rows: Axis; cols: Axis; row: string | null; col: string | null; filter: ExcerptFilter }
  | {
      kind: 'cooccurrence';
      title: string;
      count: number;
      rowCodeId: string | null;
      colCodeId: string | null;
      rowLabel: string | null;
      colLabel: string | null;
      mode: 'overlap' | 'turn';
      filter: ExcerptFilter;
    };
