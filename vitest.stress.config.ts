import { defineConfig } from 'vitest/config';

// The kill test: 10 kills in npm test, 30 in npm run test:stress (--mode stress). The stress mode also runs the API
// fuzz at its full 5,200 payloads; npm test runs it in the unit config with two payloads of each kind per operation.
export default defineConfig(({ mode }) => ({
  test: {
    include: ['test/stress/**/*.test.ts', ...(mode === 'stress' ? ['test/integration/api-fuzz.test.ts'] : [])],
    environment: 'node',
    env: { LABWB_KILLS: mode === 'stress' ? '30' : '10', ...(mode === 'stress' ? { LABWB_FUZZ_PAYLOADS: '5200' } : {}) },
    hookTimeout: 30_000,
    // Removes test/helpers/temp's folders after each test.
    setupFiles: ['test/helpers/temp-cleanup.ts'],
  },
}));
