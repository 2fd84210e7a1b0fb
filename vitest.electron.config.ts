import { defineConfig } from 'vitest/config';

// The Electron smoke test: run by `npm run test:electron` (scripts/test-electron.mjs), which finds Electron's
// binary, makes the Electron build of better-sqlite3 and builds out/ first. Not part of `npm test`.
export default defineConfig({
  test: {
    include: ['test/electron/**/*.electron.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Removes test/helpers/temp's folders after each test.
    setupFiles: ['test/helpers/temp-cleanup.ts'],
    // One Electron app at a time: each is a whole browser.
    fileParallelism: false,
    pool: 'forks',
  },
});
