import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { RefiImportReport, RefiSkipped } from '../../../shared/domain/refi-import';
import type { Workspace } from '../../app/workspace';
import { OpError } from '../../errors';
import { safeFileName } from '../../ingest/file-name';
import { decodeText } from '../../ingest/text-encoding';
import type { Progress } from '../../jobs/job-registry';
import { readProject, type RefiText } from './qde-project';
import { DEFAULT_LIMITS, entryPathOf, QdpxPackage, type PackageLimits } from './qdpx-package';
import { writeProject, type SourceText } from './refi-lab-writer';
import { attachRecording } from '../../recordings/attach-recording';
import { selectRecordingOfSource } from '../../store/queries/recording-queries';
import { parseXmlTree } from './xml-tree';

export interface RefiImportOptions {
  signal?: AbortSignal | undefined;
  progress?: Progress | undefined;
  limits?: PackageLimits | undefined;
}

/** A file's bytes as text, kept exactly as given (CR LF stays CR LF: REFI-QDA positions count both). */
export function textOf(bytes: Uint8Array, name: string): string {
  return decodeText(bytes, name).text;
}

function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new OpError('CANCELLED', 'Cancelled: nothing was imported.');
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The text of a source or note: inline, or from the package. A file the project names but the package lacks refuses the import. */
async function readText(pkg: QdpxPackage, t: RefiText, what: string, skipped: RefiSkipped[], kind: 'source' | 'note'): Promise<Omit<SourceText, 'ref'> | null> {
  if (t.plainTextContent !== null) return { text: t.plainTextContent, bytes: utf8(t.plainTextContent), format: 'txt', placeable: true };
  if (t.plainTextPath) {
    const entry = entryPathOf(t.plainTextPath);
    if (entry) {
      const bytes = await pkg.read(entry, `the text of ${what}`);
      return { text: textOf(bytes, entry), bytes, format: 'txt', placeable: true };
    }
    if (!t.richTextPath) {
      skipped.push({ what, why: `its text lies outside the package (${t.plainTextPath})` });
      return null;
    }
  }
  if (t.richTextPath) {
    const entry = entryPathOf(t.richTextPath);
    if (!entry) {
      skipped.push({ what, why: `its text lies outside the package (${t.richTextPath})` });
      return null;
    }
    const bytes = await pkg.read(entry, `the document of ${what}`);
    if (!/\.docx$/i.test(entry)) {
      skipped.push({ what, why: 'it comes only as a rich-text file that is not .docx, with no plain text' });
      return null;
    }
    // Word's text through the same reader as a .docx import; its selections cannot be placed (see writeProject).
    // mammoth loads with the first .docx source, not with every labwb verb (about 90 ms of each start).
    const { parseDocx } = await import('../../ingest/docx');
    const doc = await parseDocx(bytes, basename(entry));
    return { text: doc.text, bytes, format: 'docx', placeable: false };
  }
  // A note without text is an empty memo, nothing lost; a source without text is worth saying.
  if (kind === 'source') skipped.push({ what, why: 'it has no text: neither PlainTextContent nor a plainTextPath or richTextPath' });
  return null;
}

/**
 * Attaches each audio or video source's recording from the package to the transcript just imported, after the
 * import's own transaction: recordings are copied in chunks, a few per commit, like any attach, and are not part of
 * the import's undo step (undoing the import deletes the sources and their recordings with them). A recording that
 * cannot be attached is listed; a cancel keeps what is attached and lists the rest.
 */
async function attachRecordings(ws: Workspace, pkg: QdpxPackage, sources: SourceText[], sourceIds: Map<string, string>, skipped: RefiSkipped[], options: RefiImportOptions): Promise<number> {
  const recorded = sources.filter((s) => s.ref.media);
  if (recorded.length === 0) return 0;
  // Each recording is unpacked to a private folder and attached from there, as a file picked on disk would be, so a
  // long one is never held whole in memory beside the package. The folder goes whatever happens: it holds voices.
  const dir = await mkdtemp(join(tmpdir(), 'labwb-refi-media-'));
  let attached = 0;
  try {
    for (const [i, s] of recorded.entries()) {
      const { path } = s.ref.media!;
      const what = `the recording of “${s.ref.name}”`;
      const entry = path ? entryPathOf(path) : null;
      if (!entry || !pkg.has(entry)) {
        skipped.push({ what, why: path ? `it is not in the package (${path}); attach it to the source yourself` : 'the project names no file for it' });
        continue;
      }
      if (options.signal?.aborted) {
        skipped.push({ what, why: 'the import was cancelled before it was attached; attach it to the source yourself' });
        continue;
      }
      const sourceId = sourceIds.get(s.ref.guid)!;
      if (selectRecordingOfSource(ws.store, sourceId)) {
        skipped.push({ what, why: 'its transcript is the text of a source that already has a recording, which was kept' });
        continue;
      }
      const ext = extname(entry).toLowerCase();
      const file = join(dir, `recording-${i}${ext}`);
      try {
        await pkg.copyTo(entry, what, file);
        const signal = options.signal ?? new AbortController().signal;
        const progress = (done: number, total: number) => options.progress?.(done, total, `Recording ${i + 1} of ${recorded.length}: ${s.ref.name}`);
        await attachRecording(ws.store, sourceId, { path: file, name: safeFileName(`${s.ref.name.replace(/[\\/]/g, '-')}${ext}`) }, { coderName: ws.coderName, signal, progress });
        attached++;
      } catch (e) {
        if (!(e instanceof OpError)) throw e;
        skipped.push({ what, why: e.code === 'CANCELLED' ? 'the import was cancelled while it was copied; attach it to the source yourself' : e.message });
      } finally {
        await rm(file, { force: true });
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return attached;
}

/** `project.qde` at the top of the package; some writers give it another name, so any single top-level .qde will do. */
function projectEntry(pkg: QdpxPackage, names: string[], fileName: string): string {
  if (pkg.has('project.qde')) return 'project.qde';
  const qde = names.filter((n) => !n.includes('/') && n.toLowerCase().endsWith('.qde'));
  if (qde.length === 1) return qde[0]!;
  throw new OpError('UNSUPPORTED_FORMAT', `“${fileName}” is a zip file but not a REFI-QDA project: it holds no project.qde.`);
}

/**
 * Imports a REFI-QDA project (`.qdpx`) into the open lab: users as coders, the codebook (evidence tags from codes
 * under "Evidence"), text sources with their selections as excerpts at the right UTF-16 ranges, cases as
 * participants with their variables as attributes, notes as memos, sets as saved queries. Everything is read and
 * checked before anything is written; then one transaction and one undo step.
 */
export async function importQdpx(ws: Workspace, filePath: string, options: RefiImportOptions = {}): Promise<RefiImportReport> {
  const started = performance.now();
  const fileName = basename(filePath);
  const { signal, progress } = options;
  const bytes = new Uint8Array(await readFile(filePath));
  const pkg = await QdpxPackage.open(bytes, fileName, options.limits ?? DEFAULT_LIMITS);
  const entry = projectEntry(pkg, pkg.names(), fileName);
  const root = parseXmlTree(textOf(await pkg.read(entry, 'the project file'), entry), `${fileName}/${entry}`);
  if (root.name !== 'Project') {
    throw new OpError('UNSUPPORTED_FORMAT', `“${fileName}”: ${entry} is XML but not a REFI-QDA project (its root is <${root.name}>).`);
  }
  const project = readProject(root);
  const skipped: RefiSkipped[] = [];
  const total = project.sources.length + project.notes.length + 1;
  let done = 0;
  const sources: SourceText[] = [];
  for (const ref of project.sources) {
    checkCancelled(signal);
    const read = await readText(pkg, ref, `the source “${ref.name}”`, skipped, 'source');
    progress?.(++done, total, ref.name);
    if (!read) continue;
    if (read.text.trim() === '') {
      skipped.push({ what: `the source “${ref.name}”`, why: 'its text is empty' });
      continue;
    }
    sources.push({ ref, ...read });
  }
  const noteTexts = new Map<string, string>();
  for (const note of project.notes) {
    const read = await readText(pkg, note, `the note “${note.name || note.guid}”`, skipped, 'note');
    progress?.(++done, total, note.name);
    if (read) noteTexts.set(note.guid, read.text);
  }
  checkCancelled(signal);
  const { sourceIds, ...counts } = writeProject(ws.store, `Import REFI-QDA project “${fileName}”`, { project, sources, noteTexts, skipped, notices: [] });
  progress?.(total, total, fileName);
  counts.recordings = await attachRecordings(ws, pkg, sources, sourceIds, counts.skipped, options);
  const ms = Math.round(performance.now() - started);
  const { skipped: list, notices, ...numbers } = counts;
  ws.log.info('refi project imported', { ...numbers, skipped: list.length, notices: notices.length, ms });
  return { ...counts, ms };
}
