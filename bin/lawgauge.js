#!/usr/bin/env node
// The installed package ships dist/; a clone of the repository builds it with `npm run build`
// (npm start and npm test do so too), so say that instead of a module-not-found trace.
import { existsSync } from 'node:fs';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('lawgauge: dist/ is not built in this checkout; run `npm run build` first.');
  process.exit(2);
}
// `lawgauge compute … | head` closes the pipe early: stop quietly, as Unix tools do, instead of
// printing an EPIPE stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
const { runCli } = await import(main.href);
process.exitCode = await runCli(process.argv.slice(2));
