import { useQuery } from '@tanstack/react-query';
import type { NodeViewProps } from '@tiptap/react';
import type { WorkbenchError } from '../../../shared/contract/errors';
import type { LiveBlockType, ResolvedBlock } from '../../../shared/domain/report';
import { useReportContext } from '../report-context';
import { previewBlock } from './preview-batch';

type Of<K extends LiveBlockType> = Extract<ResolvedBlock, { kind: K }>;

/**
 * A live block as the lab has it now, pseudonymised as an export is by default. Refetched when anything it
 * reads changes (coding goes on while the report is open), in one batch with the report's other blocks; the
 * last answer stays up while the next one loads.
 */
export function useBlockPreview<K extends LiveBlockType>(kind: K, node: NodeViewProps['node']) {
  const { phaseId } = useReportContext();
  const input = { node: { type: kind, attrs: node.attrs }, phaseId };
  // Keyed under the batch operation, so the change events that touch what it reads refresh it.
  const q = useQuery<ResolvedBlock, WorkbenchError>({
    queryKey: ['reports.previewMany', input],
    queryFn: () => previewBlock(input.node, phaseId),
    placeholderData: (prev) => prev,
  });
  const data = q.data?.kind === kind ? (q.data as Of<K>) : null;
  return { data, error: q.error?.message ?? data?.error ?? null, loading: q.isPending };
}
