import type { CodeWithCounts } from '../../shared/domain/coding';

/** What the documenter can do to one code, from its row's menu or the code panel's. */
export type CodeAction =
  { kind: 'child' | 'rename' | 'move' | 'up' | 'down' | 'merge' | 'delete' } | { kind: 'pin'; key: number | null };

export type CodeDialog =
  | { kind: 'create'; parentId: string | null }
  | { kind: 'rename' | 'move' | 'merge' | 'delete'; code: CodeWithCounts }
  | null;
