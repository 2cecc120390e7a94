import { defineConfig } from 'vitest/config';

// Time zone is pinned far from Shanghai so that any accidental use of the machine's local
// time shows up as a failing test rather than passing by coincidence.
process.env.TZ = 'America/Los_Angeles';

export const config = defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // The JSON report is what .ci/run counts.
    reporters: ['default', 'json'],
    outputFile: { json: '.ci-reports/vitest.json' },
  },
});

export default config;
