import type { TableKind } from '../../shared/domain/report';

/** What each kind of live table shows, in the words of the insert dialog and the block's label. */
export const TABLE_KIND_LABELS: Record<TableKind, string> = {
  participation: 'Participation by convening',
  targets: 'Progress against targets',
  rubric: 'Scaling rubric, baseline to endline',
  evidenceTypePhase: 'Evidence type × phase',
  codeFrequencies: 'Code frequencies',
  crossTable: 'Matrix of any two dimensions',
  cooccurrence: 'Code co-occurrence',
};

export function tableKindLabel(kind: unknown): string {
  return TABLE_KIND_LABELS[kind as TableKind] ?? 'Table';
}
