#!/usr/bin/env node
// Flips Electron's fuses in a packaged app's binary, then reads them back. Run it at packaging time, on the copy of
// the Electron executable that ships (never on node_modules/electron, which `npm start` and the tests use):
//   npm run fuses -- "dist/linux-unpacked/scaling-lab-workbench" [--asar]
// `--asar` when the app is packed into app.asar: then only that archive may be loaded, with its integrity checked.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { flipFuses, getCurrentFuseWire, FuseV1Options, FuseVersion } = require('@electron/fuses');

const args = process.argv.slice(2);
const binary = args.find((a) => !a.startsWith('--'));
const asar = args.includes('--asar');
if (!binary || !existsSync(binary)) {
  console.error('usage: npm run fuses -- PATH_TO_PACKAGED_ELECTRON_EXECUTABLE [--asar]');
  process.exit(2);
}

const wanted = {
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node that runs any script.
  [FuseV1Options.RunAsNode]: false,
  // --inspect and NODE_OPTIONS would let anyone who can start the app attach a debugger or preload code.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  ...(asar ? { [FuseV1Options.OnlyLoadAppFromAsar]: true, [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true } : {}),
};

await flipFuses(binary, { version: FuseVersion.V1, resetAdHocDarwinSignature: process.platform === 'darwin', ...wanted });

const wire = await getCurrentFuseWire(binary);
const ENABLE = 49; // '1' in the fuse wire
const wrong = Object.entries(wanted).filter(([fuse, on]) => (wire[fuse] === ENABLE) !== on);
if (wrong.length > 0) {
  console.error(`fuses not set in ${binary}: ${wrong.map(([f]) => FuseV1Options[f]).join(', ')}`);
  process.exit(1);
}
console.log(`fuses set in ${binary}: ${Object.keys(wanted).map((f) => `${FuseV1Options[f]}=${wanted[f] ? 'on' : 'off'}`).join(', ')}`);
