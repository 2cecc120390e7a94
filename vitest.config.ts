import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Time zone is pinned far from Shanghai so that any accidental use of the machine's local
// time shows up as a failing test rather than passing by coincidence.
process.env.TZ = 'America/Los_Angeles';

export const config = defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Vitest's default is one worker per core less one: a single worker on the 2-core CI machine.
    // Many suites mostly wait on other processes (PostgreSQL, ClickHouse, the CLI, Chromium), so
    // two workers there take the unit step from about 370 s to 230 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The JSON report is what .ci/run counts.
    reporters: ['default', 'json'],
    outputFile: { json: '.ci-reports/vitest.json' },
  },
});

export default config;
