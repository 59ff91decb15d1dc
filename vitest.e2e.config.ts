import { defineConfig } from 'vitest/config';

// Browser journeys (e2e/**/*.e2e.ts) against the real platform in Debian's Chromium: see e2e/support/README.md.
// One file at a time (each starts its own server and browser), generous timeouts for a 2-core machine.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
