import { defineConfig } from 'vitest/config';

// The consumer acceptance suite (test-consumers/): slow (npm installs, Vite builds, Chromium), so
// it runs as its own step of `npm test`, after the build, one file at a time.
process.env.TZ = 'America/Los_Angeles';

export const config = defineConfig({
  test: {
    include: ['test-consumers/**/*.test.ts'],
    exclude: ['test-consumers/projects/**', '**/node_modules/**'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    // The JSON report is what .ci/run counts.
    reporters: ['default', 'json'],
    outputFile: { json: '.ci-reports/consumers.json' },
  },
});

export default config;
