import { readFileSync } from 'node:fs';

/** The app's version from package.json, read once; core has no build step that could inline it. */
export function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}
