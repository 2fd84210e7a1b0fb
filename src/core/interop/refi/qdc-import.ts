import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { RefiImportReport, RefiSkipped } from '../../../shared/domain/refi-import';
import type { Workspace } from '../../app/workspace';
import { OpError } from '../../errors';
import { readCodes, readSets, type RefiProject } from './qde-project';
import { textOf } from './qdpx-import';
import { mapCodebook } from './refi-codebook-mapper';
import { writeNotesAndSets } from './refi-notes-sets';
import { childNamed, parseXmlTree } from './xml-tree';

/** A codebook is a list of codes: anything this size is not one (and would only cost memory to parse). */
const MAX_QDC_BYTES = 50 * 1024 * 1024;

/**
 * Imports a REFI-QDA codebook (`.qdc`) into the open lab, one undo step: codes matched by guid, then by name under
 * the same parent, else added; codes under "Evidence" become evidence dimensions and values; sets of codes become
 * saved queries.
 */
export async function importQdc(ws: Workspace, filePath: string): Promise<RefiImportReport> {
  const started = performance.now();
  const fileName = basename(filePath);
  const size = (await stat(filePath)).size;
  if (size > MAX_QDC_BYTES) throw new OpError('UNSUPPORTED_FORMAT', `“${fileName}” is larger than the 50 MB limit for a codebook; it is refused.`);
  const root = parseXmlTree(textOf(new Uint8Array(await readFile(filePath)), fileName), fileName);
  if (root.name !== 'CodeBook') {
    throw new OpError('UNSUPPORTED_FORMAT', `“${fileName}” is XML but not a REFI-QDA codebook (its root is <${root.name}>).`);
  }
  const skipped: RefiSkipped[] = [];
  const codes = readCodes(childNamed(root, 'Codes'), skipped);
  const project: RefiProject = { origin: '', users: [], codes, variables: new Map(), cases: [], sources: [], notes: [], sets: readSets(childNamed(root, 'Sets')), projectNoteRefs: [], skipped: [] };
  const store = ws.store;
  const counts = store.write(`Import codebook “${fileName}”`, (w) => {
    const codebook = mapCodebook(store, w, codes, skipped);
    const codeIds = new Map([...codebook.targets].flatMap(([g, t]): [string, string][] => (t.kind === 'code' ? [[g, t.id]] : [])));
    const { sets } = writeNotesAndSets({ store, w, project, noteTexts: new Map(), consumed: new Set(), codeIds, sourceIds: new Map(), targets: codebook.targets, skipped });
    return { codes: codebook.created, sets };
  });
  const ms = Math.round(performance.now() - started);
  ws.log.info('refi codebook imported', { codes: counts.codes, sets: counts.sets, skipped: skipped.length, ms });
  return { sources: 0, recordings: 0, codes: counts.codes, codings: 0, excerpts: 0, cases: 0, variables: 0, notes: 0, users: 0, sets: counts.sets, skipped, notices: [], ms };
}
