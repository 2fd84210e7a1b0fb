import type { PmNode, ResolvedBlock } from '../../../shared/domain/report';
import { run } from '../../client/use-op';

interface Waiting {
  node: PmNode;
  resolve: (b: ResolvedBlock) => void;
  reject: (e: unknown) => void;
}

/** Requests made in the same tick, by the phase they are resolved for. */
let waiting = new Map<string | null, Waiting[]>();
let scheduled = false;

function flush(): void {
  const batches = waiting;
  waiting = new Map();
  scheduled = false;
  for (const [phaseId, list] of batches) {
    run('reports.previewMany', { nodes: list.map((w) => w.node), phaseId }).then(
      (blocks) => list.forEach((w, i) => w.resolve(blocks[i]!)),
      (e: unknown) => list.forEach((w) => w.reject(e)),
    );
  }
}

/**
 * One live block as the lab has it now. The blocks of a report ask together when it opens, and again together
 * after each change to what they read: calls made in the same tick go as one request.
 */
export function previewBlock(node: PmNode, phaseId: string | null): Promise<ResolvedBlock> {
  return new Promise((resolve, reject) => {
    waiting.set(phaseId, [...(waiting.get(phaseId) ?? []), { node, resolve, reject }]);
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, 0);
    }
  });
}
