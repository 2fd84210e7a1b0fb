import type { RefiExportResult } from '../../../shared/domain/refi-export';
import type { Workspace } from '../../app/workspace';
import { runRefiExport, type RefiExportOptions } from './qdpx-export';

/**
 * The open lab's codebook as a REFI-QDA codebook (.qdc) at `outPath`, evidence dimensions under "Evidence".
 * Definitions are pseudonymised unless `realNames` (an example may quote someone by name).
 */
export async function writeQdc(ws: Workspace, outPath: string, options: RefiExportOptions = { realNames: false }): Promise<RefiExportResult> {
  const { qdcExportTask } = await import('./refi-export-task');
  return runRefiExport(ws, qdcExportTask, outPath, options);
}
