import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { IMPORTABLE_EXTENSIONS } from '../ingest/importable';

/**
 * Expands folders into the importable files inside them (recursively, hidden files skipped); files named
 * explicitly are kept whatever their type, so an unsupported one gets its own error line.
 */
export async function collectFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && IMPORTABLE_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(p);
    }
  };
  for (const p of paths) {
    const st = await stat(p).catch(() => null);
    if (st?.isDirectory()) await walk(p);
    else out.push(p);
  }
  return out;
}
