import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { sendKeysPlugin, snapshotPlugin } from '@web/test-runner-commands/plugins';
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
