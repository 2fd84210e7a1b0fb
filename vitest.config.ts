import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Each test file re-imported core and its libraries (zod's contract, exceljs, docx, pdf.js) in a fresh process,
    // which took longer than the tests themselves: 23 s of imports against 20 s of tests for 18 files. No test relies
    // on a fresh module: none mocks modules, stubs globals or sets process.env, and core keeps no state in modules
    // beyond caches keyed by store. Per-file hooks live in the setup file, which runs again for every file.
    isolate: false,
    setupFiles: ['test/helpers/temp-cleanup.ts'],
  },
});
