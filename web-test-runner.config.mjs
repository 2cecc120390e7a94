import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { sendKeysPlugin, snapshotPlugin } from '@web/test-runner-commands/plugins';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { countsReporter } from './test-browser/support/counts-reporter.mjs';
import { mediaFeaturesPlugin } from './test-browser/support/media-features-plugin.mjs';
import { taskCpuPlugin } from './test-browser/support/task-cpu-plugin.mjs';
import { reportApi } from './test-browser/support/report-api.mjs';
import { README_CSP } from './test-consumers/support/readme-csp.mjs';
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
  return (
    context.path.startsWith('/examples/') && context.query.csp !== undefined ? underCsp(context) : repositoryFiles
  )(context.req, context.res);
};

/**
 * An example page served as a page author who copies it serves it: `?csp=readme` with the README's
 * Content-Security-Policy word for word; `?csp=importmap` with it plus the hash of the page's own
 * inline import map in `script-src` (what a page of ES modules without a bundler adds). Violations
 * are reported to `/api/csp-report?key=…` (`?key=`), for the test to read.
 */
function underCsp(context) {
  let policy = README_CSP;
  if (context.query.csp === 'importmap') {
    const file = path.join(process.cwd(), context.path.endsWith('/') ? `${context.path}index.html` : context.path);
    const map = /<script type="importmap">([\s\S]*?)<\/script>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    const hash = createHash('sha256').update(map).digest('base64');
    policy = policy.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
  }
  const report = `report-uri /api/csp-report?key=${encodeURIComponent(context.query.key ?? '')}`;
  return repositoryHandler({ headers: { 'content-security-policy': `${policy}; ${report}` } });
}

/**
 * Pixel snapshots (test-browser/visual/): baselines in test-browser/__screenshots__, one PNG per
 * widget, state and variant; a failing comparison leaves the new screenshot and a diff image in
 * .ci-reports/visual/ (not committed). `npm run test:visual:update` rewrites the baselines.
 *
 * Tolerance: a pixel differs when its colour is more than 0.05 apart in pixelmatch's YIQ
 * distance (0 to 1: about 5 % in brightness), anti-aliased edge pixels included (pixelmatch would
 * otherwise take the edges of a 1-px-thicker line for anti-aliasing and pass it), and a snapshot
 * fails when more than 16 pixels differ, whatever its size. Drawn by the same Chromium with the
 * pinned fonts, a run matches its baselines exactly (checked with both limits at 0); the margin
 * only absorbs a stray pixel or rounding in a colour, while a 1-px shift or a thicker line (hundreds
 * of pixels) or a 15 % lighter fill (thousands) fails.
 */
const FAILURE_PIXELS = 16;
const visualFailures = path.resolve('.ci-reports/visual');
const visualRegression = {
  update: process.argv.includes('--update-visual-baseline'),
  baseDir: 'test-browser/__screenshots__',
  getBaselineName: ({ name }) => name,
  getDiffName: ({ name }) => path.join(visualFailures, `${name}-diff`),
  getFailedName: ({ name }) => path.join(visualFailures, name),
  diffOptions: { threshold: 0.05, includeAA: true },
  failureThreshold: FAILURE_PIXELS,
  failureThresholdType: 'pixel',
};

export default {
  files: 'test-browser/**/*.test.ts',
  nodeResolve: true,
  testFramework: { config: { timeout: 20000 } },
  // SVG snapshots live in test-browser/__snapshots__; `npm run test:browser -- --update-snapshots` rewrites them.
  plugins: [
    sendKeysPlugin(),
    mediaFeaturesPlugin(),
    taskCpuPlugin(),
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
