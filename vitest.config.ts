import { defineConfig } from 'vitest/config';

// One runner for every package; the DB tier reads DATABASE_URL (unset = SQLite in a temp dir).
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
    hookTimeout: 60000,
    pool: 'forks',
  },
});
