import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from './app-root';

/** The app's version from package.json, read once; the same file whether core runs from source or from out/node. */
export function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}
