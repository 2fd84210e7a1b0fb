import { defineConfig } from 'vitest/config';

// The accessibility audit (issue 17): axe-core on every page and dialog in both themes, and the layout at 200% text.
// The last step of npm test, after `npm run build`; `npm run test:a11y` alone runs it again.
export default defineConfig({
  test: {
    include: ['test/a11y/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
