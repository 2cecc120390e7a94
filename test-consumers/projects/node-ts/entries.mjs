// The package's export entries, as a user's Node sees them: every subpath of the installed
// package.json's exports map, with patterns (`./widgets/*`) expanded over the files installed.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const packageRoot = dirname(require.resolve('lawgauge/package.json'));
const { exports } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));

/** Every file under `dir`, relative to the package root. */
function filesUnder(dir) {
  return readdirSync(join(packageRoot, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(packageRoot, join(entry.parentPath, entry.name)));
}

/** The installed file an entry's typings-only target names (`./react` → types/react.d.ts). */
export function typesFile(specifier) {
  const target = exports[`./${specifier.slice('lawgauge/'.length)}`];
  return join(packageRoot, target.types);
}

/** [specifier, kind]: `module` for JavaScript, `json`, `types` for typings-only entries, `asset` for examples. */
export function exportEntries() {
  const entries = [];
  for (const [key, target] of Object.entries(exports)) {
    const path = typeof target === 'string' ? target : (target.default ?? target.import ?? target.types);
    // Typings only: an entry with neither `import` nor `default` (lawgauge/react, lawgauge/vue).
    const kind = typeof target !== 'string' && target.import === undefined && target.default === undefined ? 'types' : path.endsWith('.json') ? 'json' : path.startsWith('./examples/') ? 'asset' : 'module';
    if (!key.includes('*')) {
      entries.push([key === '.' ? 'lawgauge' : `lawgauge/${key.slice(2)}`, kind]);
      continue;
    }
    const [before, after] = path.slice(2).split('*');
    const [keyBefore, keyAfter] = key.slice(2).split('*');
    for (const file of filesUnder(dirname(before + 'x'))) {
      if (file.length <= before.length + after.length || !file.startsWith(before) || !file.endsWith(after)) continue;
      const middle = file.slice(before.length, file.length - after.length);
      entries.push([`lawgauge/${keyBefore}${middle}${keyAfter}`, kind]);
    }
  }
  return entries;
}
