import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { sendKeysPlugin, snapshotPlugin } from '@web/test-runner-commands/plugins';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import path from 'node:path';
import { countsReporter } from './test-browser/support/counts-reporter.mjs';
import { mediaFeaturesPlugin } from './test-browser/support/media-features-plugin.mjs';
import { reportApi } from './test-browser/support/report-api.mjs';
import { findChromium } from './scripts/find-chromium.mjs';
import { repositoryHandler } from './scripts/static-server.mjs';

const executablePath = findChromium();

/**
 * The example pages, the built bundles and the seed data are served by the handler `npm start`
 * uses (scripts/static-server.mjs), with its content types, so the pages tested here are served
 * as users get them; the test runner serves the rest (test files, node_modules).
 */
const repositoryFiles = repositoryHandler();
const servedAsNpmStart = (context, next) => {
  if (!/^\/(examples|dist|seeds)\//.test(context.path)) return next();
  context.respond = false;
  return repositoryFiles(context.req, context.res);
};

/**
 * Pixel snapshots (test-browser/visual/): baselines in test-browser/__screenshots__, one PNG per
 * widget, state and variant; a failing comparison leaves the new screenshot and a diff image in
 * .ci-reports/visual/ (not committed). `npm run test:visual:update` rewrites the baselines.
 *
 * Tolerance: a pixel counts as different when its colour is more than 0.1 apart in pixelmatch's
 * YIQ distance (0 to 1; anti-aliased edge pixels are not counted), and a snapshot fails when more
 * than FAILURE_PERCENT of its pixels differ. The baselines are drawn by one Chromium with one
 * pinned font, so on this machine a run matches them exactly; the margin is for text rasterised
 * by another Chromium build or FreeType, while a 1-px shift or a colour change still fails.
 */
const FAILURE_PERCENT = 0.1;
const visualFailures = path.resolve('.ci-reports/visual');
const visualRegression = {
  update: process.argv.includes('--update-visual-baseline'),
  baseDir: 'test-browser/__screenshots__',
  getBaselineName: ({ name }) => name,
  getDiffName: ({ name }) => path.join(visualFailures, `${name}.diff`),
  getFailedName: ({ name }) => path.join(visualFailures, name),
  diffOptions: { threshold: 0.1, includeAA: false },
  failureThreshold: FAILURE_PERCENT,
  failureThresholdType: 'percent',
};

export default {
  files: 'test-browser/**/*.test.ts',
  nodeResolve: true,
  testFramework: { config: { timeout: 20000 } },
  // SVG snapshots live in test-browser/__snapshots__; `npm run test:browser -- --update-snapshots` rewrites them.
  plugins: [
    sendKeysPlugin(),
    mediaFeaturesPlugin(),
    snapshotPlugin({ updateSnapshots: process.argv.includes('--update-snapshots') }),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.widgets.json', target: 'esnext' }),
    visualRegressionPlugin(visualRegression),
  ],
  middleware: [reportApi, servedAsNpmStart],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          '--no-first-run',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countsReporter('.ci-reports/wtr.json')],
};
