import type { NodeViewProps } from '@tiptap/react';
import type { LiveBlockType, ResolvedBlock } from '../../../shared/domain/report';
import { useOp } from '../../client/use-op';
import { useReportContext } from '../report-context';

type Of<K extends LiveBlockType> = Extract<ResolvedBlock, { kind: K }>;

/**
 * A live block as the lab has it now, pseudonymised as an export is by default. Refetched when anything it
 * reads changes (coding goes on while the report is open); the last answer stays up while the next one loads.
 */
export function useBlockPreview<K extends LiveBlockType>(kind: K, node: NodeViewProps['node']) {
  const { phaseId } = useReportContext();
  const q = useOp('reports.preview', { node: { type: kind, attrs: node.attrs }, phaseId, realNames: false }, { placeholderData: (prev) => prev });
  const data = q.data?.kind === kind ? (q.data as Of<K>) : null;
  return { data, error: q.error?.message ?? data?.error ?? null, loading: q.isPending };
}
