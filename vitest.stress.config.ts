import { defineConfig } from 'vitest/config';

// The kill test: 10 kills in npm test, 30 in npm run test:stress (--mode stress).
export default defineConfig(({ mode }) => ({
  test: {
    include: ['test/stress/**/*.test.ts'],
    environment: 'node',
    env: { LABWB_KILLS: mode === 'stress' ? '30' : '10' },
    hookTimeout: 30_000,
  },
}));
