import { run } from '../client/use-op';

/**
 * Hands a finished export to the browser's download (Electron shows its Save dialog for it): the file is read
 * from the exports folder by name only, so the page never names a path on this computer.
 */
export async function saveDownload(fileName: string): Promise<void> {
  const file = await run('export.download', { fileName });
  const bytes = Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has taken its copy once click() returns; the object URL can go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
