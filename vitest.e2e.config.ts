import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built renderer in Chromium against browser mode; `npm run build` runs first.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts servers and a browser; one at a time keeps a 2-core machine responsive.
    fileParallelism: false,
    pool: 'forks',
  },
});
