import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | null = null;

/**
 * The app's own folder: package.json, resources/, node_modules/. Found by walking up from this module, which
 * is src/core/app in the source tree (tests) and a bundle in out/node once built (the CLI, browser mode), so
 * no relative path has to hold in both.
 */
export function appRoot(): string {
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'scaling-lab-workbench') {
      found = dir;
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('The app folder (its package.json) was not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

/** True when this code runs from the ahead-of-time build in out/node rather than from TypeScript sources. */
export function runningBuilt(): boolean {
  return import.meta.url.endsWith('.js');
}
