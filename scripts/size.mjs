// `npm run size`: min+gzip sizes of the browser bundles against their budgets (issue 3).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = [
  { file: 'dist/lawgauge.iife.min.js', what: 'all widgets (IIFE)', kib: 45 },
  { file: 'dist/lawgauge-indicator-card.iife.min.js', what: '<indicator-card> alone', kib: 15 },
  { file: 'dist/lawgauge-reform-progress.iife.min.js', what: '<reform-progress> alone', kib: 15 },
];
let over = 0;
for (const { file, what, kib } of budgets) {
  const bytes = readFileSync(file);
  const gzipped = gzipSync(bytes, { level: 9 }).length / 1024;
  const ok = gzipped <= kib;
  if (!ok) over++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${what.padEnd(24)} ${(bytes.length / 1024).toFixed(1).padStart(6)} KiB min  ${gzipped.toFixed(1).padStart(5)} KiB gzip  (budget ${kib})`);
}
process.exitCode = over === 0 ? 0 : 1;
