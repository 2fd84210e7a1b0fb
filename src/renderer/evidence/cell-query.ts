import type { Axis, ExcerptFilter } from '../../shared/domain/evidence';

/** Which excerpts a clicked cell stands for, and how to ask for them. */
export type CellQuery =
  | { kind: 'cross'; title: string; count: number; rows: Axis; cols: Axis; row: string; col: string; filter: ExcerptFilter }
  | {
      kind: 'cooccurrence';
      title: string;
      count: number;
      rowCodeId: string;
      colCodeId: string;
      rowLabel: string;
      colLabel: string;
      mode: 'overlap' | 'turn';
    };
