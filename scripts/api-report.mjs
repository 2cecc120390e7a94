// The API reports (etc/*.api.md) of the public entries, made by API Extractor from the built
// typings in dist/ (run `npm run build` first).
//   node scripts/api-report.mjs --local   rewrites the reports (npm run api)
//   node scripts/api-report.mjs           fails if a report differs from the typings (npm test)
// A change to the public API is then a visible diff of etc/, reviewed with the code that made it.
// lawgauge/internal has no report: it is unstable by design.
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const localBuild = process.argv.includes('--local');
const configs = ['api-extractor.json', 'api-extractor.node.json', 'api-extractor.ssr.json'];

let failed = false;
for (const file of configs) {
  const config = ExtractorConfig.loadFileAndPrepare(`${root}${file}`);
  if (!existsSync(config.mainEntryPointFilePath)) {
    console.error(`${config.mainEntryPointFilePath} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  // Problems in the typings (an unexported type in a public signature, a broken {@link}); the
  // console's own notes (a report created or updated) are not problems.
  let problems = 0;
  const messageCallback = (message) => {
    if (message.category !== 'console' && (message.logLevel === 'warning' || message.logLevel === 'error')) problems++;
  };
  const result = Extractor.invoke(config, { localBuild, showVerboseMessages: false, messageCallback });
  const report = `etc/${config.reportConfigs[0]?.fileName ?? '*.api.md'}`;
  if (result.apiReportChanged && !localBuild) {
    console.error(
      `The public API of ${config.mainEntryPointFilePath.slice(root.length)} differs from etc/ (${report}): run \`npm run api\` and commit etc/ with the change.`,
    );
    failed = true;
  } else if (!result.succeeded || problems > 0) {
    console.error(`API Extractor (${file}): ${problems} problems in the typings (see above).`);
    failed = true;
  } else if (result.apiReportChanged)
    console.log(`Updated the API report of ${config.mainEntryPointFilePath.slice(root.length)}.`);
}
process.exit(failed ? 1 : 0);
