// `node scripts/size-breakdown.mjs [bundle] [--dirs]`: what each source module costs in one of the
// <script> bundles of rollup.config.mjs (default dist/lawgauge-indicator-map.iife.min.js). The
// bundle is built again in memory with a source map; each minified character is counted to the
// module its mapping names. Gzip sizes per module are estimates: each module's text is gzipped on
// its own, then scaled so the column adds up to the whole bundle's gzip size. `--dirs` sums by folder.
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--')) ?? 'dist/lawgauge-indicator-map.iife.min.js';
const config = configs.find((entry) => entry.output.file === file);
if (config === undefined) {
  console.error(`${file} is not one of the bundles in rollup.config.mjs`);
  process.exit(1);
}
const bundle = await rollup({ ...config, onwarn: () => {} });
const { output } = await bundle.generate({ ...config.output, sourcemap: true });
const { code, map } = output[0];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** The numbers of one source-map segment (Base64 VLQ). */
function segment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

const name = (source) => source.replace(/^.*node_modules\//, 'node_modules/').replace(/^(\.\.\/)+/, '');
const text = new Map();
const lines = code.split('\n');
let source = 0;
map.mappings.split(';').forEach((mappings, line) => {
  let column = 0;
  const starts = [];
  for (const part of mappings.split(',').filter(Boolean)) {
    const [columnDelta, sourceDelta] = segment(part);
    column += columnDelta;
    if (sourceDelta !== undefined) source += sourceDelta;
    starts.push([column, sourceDelta === undefined ? undefined : source]);
  }
  starts.forEach(([from, index], at) => {
    const key = index === undefined ? '(no source)' : name(map.sources[index]);
    const piece = lines[line].slice(from, starts[at + 1]?.[0] ?? lines[line].length);
    text.set(key, (text.get(key) ?? '') + piece);
  });
});

const whole = gzipSync(code, { level: 9 }).length;
const rows = [...text].map(([key, piece]) => [key, piece.length, gzipSync(piece, { level: 9 }).length]);
const separate = rows.reduce((sum, [, , gzipped]) => sum + gzipped, 0);
const totals = new Map();
for (const [key, min, gzipped] of rows) {
  const group = args.includes('--dirs') ? key.replace(/\/[^/]+$/, '') : key;
  const [m, g] = totals.get(group) ?? [0, 0];
  totals.set(group, [m + min, g + (gzipped * whole) / separate]);
}
const kib = (bytes) => (bytes / 1024).toFixed(2).padStart(6);
console.log(`${file}: ${kib(code.length)} KiB min, ${kib(whole)} KiB gzip`);
for (const [key, [min, gzipped]] of [...totals].sort((a, b) => b[1][1] - a[1][1]))
  console.log(`${kib(min)} min ${kib(gzipped)} gzip~  ${key}`);
