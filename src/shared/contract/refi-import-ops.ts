import { z } from 'zod';
import { JobId } from '../domain/ids';
import { RefiImportReport } from '../domain/refi-import';
import { UploadedFile } from '../domain/source';
import { op } from './op';

const FilePath = z.string().trim().min(1).max(4096);

// The page sends the file as base64 inside JSON, and browser mode takes bodies up to 96 MB: 50 MB of file fits with
// room to spare. A larger project (one with its audio and video) is imported by path: `labwb import`, or from a folder
// given to browser mode with --files.
const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** A .qdpx or .qdc picked in the page (browser mode, the File menu's picker): its name and its bytes as base64. */
const RefiUpload = UploadedFile.extend({
  data: z
    .base64()
    .max(
      Math.ceil((MAX_UPLOAD_BYTES * 4) / 3),
      'a REFI-QDA file sent by the page may be at most 50 MB; import a larger one by path (labwb import LAB FILE.qdpx)',
    ),
});

/** A file on this computer (`path`: the CLI, Electron) or one sent by the page (`file`), never both. */
const RefiFile = z.object({ path: FilePath.optional(), file: RefiUpload.optional() });
const oneFile = (i: z.infer<typeof RefiFile>) => (i.path === undefined) !== (i.file === undefined);
const ONE_FILE = { message: 'give either a file or a path', path: ['file'] };

/**
 * A REFI-QDA project (.qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder or this app) into the open lab, as a job
 * (progress, cancel) and one undo step. The report counts what came in and lists what could not be mapped, and why.
 */
export const importProject = op('refi.importProject', {
  input: RefiFile.extend({ jobId: JobId.optional() }).refine(oneFile, ONE_FILE),
  result: RefiImportReport,
  kind: 'mutation',
});

/** A REFI-QDA codebook (.qdc) into the open lab's codebook; codes under “Evidence” become evidence values. */
export const importCodebook = op('refi.importCodebook', {
  input: RefiFile.refine(oneFile, ONE_FILE),
  result: RefiImportReport,
  kind: 'mutation',
});
