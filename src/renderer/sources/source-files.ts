/** The formats the importers read; the file pickers offer these, and a folder contributes only these. */
export const IMPORT_EXTENSIONS = ['.docx', '.txt', '.md', '.vtt', '.srt', '.pdf', '.xlsx', '.csv'] as const;
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

// One call carries at most this much: the server refuses bodies over 64 MB, and base64 adds a third.
const MAX_FILES_PER_CALL = 20;
const MAX_BYTES_PER_CALL = 40 * 1024 * 1024;

export function isImportable(name: string): boolean {
  const lower = name.toLowerCase();
  return !lower.startsWith('.') && IMPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** A spreadsheet transcript: it goes through the column-mapping preview before it is imported. */
export function isTranscriptSheet(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.xlsx') || lower.endsWith('.csv');
}

/** Splits a drop into calls of at most 20 files or 40 MB; a file bigger than that goes alone. */
export function batchFiles(files: File[]): File[][] {
  const batches: File[][] = [];
  let current: File[] = [];
  let bytes = 0;
  for (const f of files) {
    if (current.length > 0 && (current.length >= MAX_FILES_PER_CALL || bytes + f.size > MAX_BYTES_PER_CALL)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(f);
    bytes += f.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** A file's bytes as base64, the form `sources.import` takes them in. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`“${file.name}” could not be read from this computer.`));
    reader.readAsDataURL(file);
  });
}

function entryFiles(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    return new Promise((resolve, reject) => (entry as FileSystemFileEntry).file((f) => resolve([f]), reject));
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in chunks (100 at a time in Chromium) until it returns an empty list.
  const readAll = (acc: FileSystemEntry[]): Promise<FileSystemEntry[]> =>
    new Promise((resolve, reject) =>
      reader.readEntries((chunk) => (chunk.length ? resolve(readAll([...acc, ...chunk])) : resolve(acc)), reject),
    );
  return readAll([]).then(async (children) => (await Promise.all(children.map(entryFiles))).flat());
}

/**
 * The files of a drop, with the contents of any dropped folder. Files from a folder are kept only when their
 * format can be imported (a folder holds images and notes too); files dropped one by one all go to the
 * importer, so an unsupported one gets its own clear message.
 */
export async function filesFromDrop(data: DataTransfer): Promise<{ files: File[]; skipped: number }> {
  const entries = [...data.items].map((i) => i.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null)) return { files: [...data.files], skipped: 0 };
  const files: File[] = [];
  let skipped = 0;
  for (const entry of entries as FileSystemEntry[]) {
    if (entry.isFile) {
      files.push(...(await entryFiles(entry)));
      continue;
    }
    for (const f of await entryFiles(entry)) {
      if (isImportable(f.name)) files.push(f);
      else skipped++;
    }
  }
  return { files, skipped };
}

/** A folder chosen with the folder picker: keep what can be imported. */
export function filesFromFolder(list: FileList): { files: File[]; skipped: number } {
  const all = [...list];
  const files = all.filter((f) => isImportable(f.name));
  return { files, skipped: all.length - files.length };
}
