// Where Electron's executable is, without downloading it.
//
// Since Electron 43 the `electron` package has no install script: requiring it downloads the binary on first
// use and throws when it cannot. `npm start`, the Electron smoke test and CI must only ask whether it is here,
// so this reads the package's path.txt and checks dist/ as its index.js does, and never downloads.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The folder of node_modules/electron, or null when the package is not installed. */
export function electronPackageDir(root) {
  try {
    return dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null; // not installed (npm install not run yet)
  }
}

/** The Electron executable when its binary has been downloaded, otherwise null. */
export function electronBinary(root) {
  const dir = electronPackageDir(root);
  const pathFile = dir && join(dir, 'path.txt');
  if (!pathFile || !existsSync(pathFile)) return null;
  const executable = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}
