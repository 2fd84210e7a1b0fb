import { z } from 'zod';
import { JobId } from '../domain/ids';
import { RefiExportResult } from '../domain/refi-export';
import { op } from './op';

const OutPath = z.string().trim().min(1).max(4096);

/**
 * The lab as a REFI-QDA project (.qdpx: project.qde and sources/*.txt), for NVivo, ATLAS.ti, MAXQDA, QualCoder: a
 * job (progress, cancel) writing a temporary file renamed into place. Without `path` the file goes to the exports
 * folder (export.download sends it to the page). Participants appear by pseudonym, in the source texts too, unless
 * `realNames`.
 */
export const exportProject = op('refi.exportProject', {
  input: z.object({ jobId: JobId.optional(), path: OutPath.optional(), realNames: z.boolean().default(false) }),
  result: RefiExportResult,
  kind: 'mutation',
});

/** The codebook alone as a REFI-QDA codebook (.qdc), evidence dimensions included under a code named “Evidence”. */
export const exportCodebook = op('refi.exportCodebook', {
  input: z.object({ jobId: JobId.optional(), path: OutPath.optional(), realNames: z.boolean().default(false) }),
  result: RefiExportResult,
  kind: 'mutation',
});
