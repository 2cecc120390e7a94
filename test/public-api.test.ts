import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as internal from '../src/internal.js';
import * as core from '../src/index.js';
import * as node from '../src/node/index.js';

// The public API is what src/index.ts and src/node/index.ts list by name, and etc/*.api.md (API
// Extractor, `npm run api`) records its shape; `npm test` fails when a report is stale
// (`npm run api:check`, on the built typings). These checks need no build: the runtime exports must
// be the ones a report names, so an export added or dropped without `npm run api` fails here too.
const root = new URL('..', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
/** The values (not types) an API report exports: `export const|function|class X`, and `export { X_2 as X }` for renamed ones. */
function reportedValues(report: string): string[] {
  const declared = [...report.matchAll(/^export (?:const|function|class) (\w+)/gm)].map((match) => match[1]!);
  const renamed = [...report.matchAll(/^export \{ (\w+) as (\w+) \}/gm)]
    .filter((match) => new RegExp(`^(?:const|function|class) ${match[1]}\\b`, 'm').test(report))
    .map((match) => match[2]!);
  return [...declared, ...renamed];
}
/** A value that a report lists because a type of the same name is exported (`export type { X }` of a schema). */
const typeOnly = (source: string): Set<string> =>
  new Set(
    [...source.matchAll(/export type \{([^}]*)\}/g)].flatMap((match) =>
      match[1]!.split(',').map((name) => name.trim()),
    ),
  );

describe('the public API', () => {
  it('is listed by name: no `export *` in an entry', () => {
    for (const entry of ['src/index.ts', 'src/node/index.ts', 'src/internal.ts'])
      expect(read(entry), entry).not.toMatch(/export \* from/);
  });

  it('lawgauge exports at run time exactly the values etc/lawgauge.api.md records', () => {
    const types = typeOnly(read('src/index.ts'));
    const reported = reportedValues(read('etc/lawgauge.api.md')).filter((name) => !types.has(name));
    expect(Object.keys(core).sort()).toEqual([...new Set(reported)].sort());
  });

  it('lawgauge/node exports at run time exactly the values etc/lawgauge-node.api.md records', () => {
    expect(Object.keys(node).sort()).toEqual([...new Set(reportedValues(read('etc/lawgauge-node.api.md')))].sort());
  });

  it('lawgauge/ssr exports at run time exactly the values etc/lawgauge-ssr.api.md records', async () => {
    // Through a variable: the core's typecheck (no DOM) must not follow it into the widgets.
    const entry = '../widgets/ssr/index.js';
    const ssr = (await import(entry)) as Record<string, unknown>;
    expect(read('widgets/ssr/index.ts')).not.toMatch(/export \* from/);
    expect(Object.keys(ssr).sort()).toEqual([...new Set(reportedValues(read('etc/lawgauge-ssr.api.md')))].sort());
    const manifest = JSON.parse(read('package.json')) as { exports: Record<string, unknown> };
    expect(manifest.exports['./ssr']).toEqual({
      types: './dist/widgets/ssr/index.d.ts',
      import: './dist/widgets/ssr/index.js',
      default: './dist/widgets/ssr/index.js',
    });
  });

  it('keeps the building blocks in lawgauge/internal, apart from the public names', () => {
    const publicNames = new Set(Object.keys(core));
    expect(Object.keys(internal).filter((name) => publicNames.has(name))).toEqual([]);
    for (const name of [
      'TableBuilder',
      'ByteCsvIngest',
      'finishReports',
      'planColumns',
      'seededRandom',
      'compileSql',
      'progressOn',
    ]) {
      expect(publicNames.has(name), name).toBe(false);
      expect(name in internal, name).toBe(true);
    }
    const manifest = JSON.parse(read('package.json')) as { exports: Record<string, unknown> };
    expect(manifest.exports['./internal']).toEqual({
      types: './dist/src/internal.d.ts',
      import: './dist/src/internal.js',
      default: './dist/src/internal.js',
    });
  });
});
