// `npm run size:breakdown [-- <bundle-name-part>…]`: what each source contributes to each
// <script> bundle, from a rebuild of those bundles with source maps (nothing is written to dist/).
// Each minified byte is credited to the source the map says it came from; a group's gzip figure is
// its bytes gzipped alone, so the groups' gzip figures add up to more than the bundle's (gzip
// finds repeats across groups too). Read it for where the bytes are, not to the byte.
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { gzipSync } from 'node:zlib';
import configs from '../rollup.config.mjs';

const only = process.argv.slice(2);
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const digit = Object.fromEntries([...BASE64].map((c, i) => [c, i]));

/** Decodes one line's segments of a source map's `mappings` ([column, source] pairs only). */
function* segments(mappings) {
  let source = 0;
  let line = 0;
  for (const text of mappings.split(';')) {
    let column = 0;
    for (const segment of text.split(',')) {
      if (segment === '') continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const c of segment) {
        const d = digit[c];
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      yield { line, column, source: values.length > 1 ? source : -1 };
    }
    line++;
  }
}

/** Groups a source path: node_modules packages by name, our files by path. */
function groupOf(path) {
  const inModules = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inModules) return `npm:${inModules[1]}`;
  const ours = path.match(/(?:^|\/)((?:src|widgets)\/.*)$/);
  return ours ? ours[1] : path;
}

const iifes = configs.filter(
  (config) =>
    config.output.format === 'iife' &&
    config.output.file.endsWith('.min.js') &&
    (only.length === 0 || only.some((part) => config.output.file.includes(part))),
);
for (const config of iifes) {
  const plugins = config.plugins.map((plugin) =>
    plugin.name === 'typescript'
      ? typescript({
          tsconfig: './tsconfig.widgets.json',
          declaration: false,
          sourceMap: true,
          include: ['src/**/*.ts', 'widgets/**/*.ts'],
          outDir: 'dist',
          noEmitOnError: true,
        })
      : plugin,
  );
  const bundle = await rollup({ ...config, plugins, onwarn: () => {} });
  const { output } = await bundle.generate({ ...config.output, sourcemap: true });
  await bundle.close();
  const chunk = output[0];
  const lines = chunk.code.split('\n');
  const bytesBySource = new Map();
  const textBySource = new Map();
  const all = [...segments(chunk.map.mappings)];
  for (let i = 0; i < all.length; i++) {
    const { line, column, source } = all[i];
    const next = all[i + 1];
    const end = next !== undefined && next.line === line ? next.column : lines[line].length;
    const name = source < 0 ? '(no source)' : groupOf(chunk.map.sources[source]);
    const text = lines[line].slice(column, end);
    bytesBySource.set(name, (bytesBySource.get(name) ?? 0) + text.length);
    textBySource.set(name, (textBySource.get(name) ?? '') + text);
  }
  const total = gzipSync(chunk.code, { level: 9 }).length;
  console.log(
    `\n${config.output.file}: ${(chunk.code.length / 1024).toFixed(1)} KiB min, ${(total / 1024).toFixed(1)} KiB gzip`,
  );
  const rows = [...bytesBySource].map(([name, bytes]) => ({
    name,
    bytes,
    gzip: gzipSync(textBySource.get(name), { level: 9 }).length,
  }));
  rows.sort((a, b) => b.bytes - a.bytes);
  for (const { name, bytes, gzip } of rows)
    console.log(`${(bytes / 1024).toFixed(2).padStart(7)} min ${(gzip / 1024).toFixed(2).padStart(6)} gz  ${name}`);
}
