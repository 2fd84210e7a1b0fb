import { Codebook, type CodebookNode } from '../../shared/domain/coding';

export function countCodes(nodes: CodebookNode[]): number {
  return nodes.reduce((n, c) => n + 1 + countCodes(c.children ?? []), 0);
}

/** Saves a codebook as a JSON file through the browser's download, which Electron also handles. */
export function downloadCodebook(codebook: Codebook, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(codebook, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from the codebook's name ("Soma Pamoja lab codebook"), safe on every file system. */
export function codebookFileName(name: string): string {
  const base = name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'codebook';
  return /codebook$/i.test(base) ? `${base}.json` : `${base} codebook.json`;
}

/** Reads a codebook exported by this app (or written by hand in the same shape); the message names the file. */
export async function readCodebookFile(file: File): Promise<Codebook> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    throw new Error(`“${file.name}” is not a JSON file.`);
  }
  const parsed = Codebook.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    throw new Error(`“${file.name}” is not a codebook: ${issue?.message ?? 'unexpected content'}${where}.`);
  }
  return parsed.data;
}
