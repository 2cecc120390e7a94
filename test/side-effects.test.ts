import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// package.json `sideEffects` tells bundlers which modules to keep even when nothing is imported
// from them: it must name every module that registers tags, so `import 'lawgauge/widgets/…'`
// survives tree-shaking, and nothing else, so the rest shakes away. Needs `npm run build` first
// (the test command builds before it runs the tests).
const root = new URL('..', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { sideEffects: string[] };
/** A sideEffects glob as a regular expression: `*` is any run of characters but "/". */
const globToRegExp = (glob: string): RegExp =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')}$`,
  );
/**
 * A statement at the top of a module that does something: a call (`defineWidget(…)`), an
 * assignment (`globalThis.onmessage = …`) or a parenthesised expression. Declarations, imports and
 * exports start with a keyword followed by a name, which this does not match.
 */
const TOP_LEVEL_EFFECT = /^(?:await\s+)?(?:\(|[A-Za-z_$][\w$.]*\s*(?:\(|=[^=]))/m;

describe('package.json sideEffects', () => {
  const built = files('dist').filter((file) => file.endsWith('.js'));
  const listed = built.filter((file) => manifest.sideEffects.some((glob) => globToRegExp(glob).test(file)));

  it('names exactly the registration modules and the <script> bundles', () => {
    // The ESM modules built from widgets/define.ts and widgets/<widget>/define.ts, and every IIFE.
    const registration = built.filter(
      (file) =>
        /^dist\/widgets\/(?:[^/]+\/)?define\.js$/.test(file) || /^dist\/lawgauge[^/]*\.iife\.min\.js$/.test(file),
    );
    expect(registration.length).toBeGreaterThan(8);
    expect([...listed].sort()).toEqual([...registration].sort());
    for (const glob of manifest.sideEffects)
      expect(
        built.some((file) => globToRegExp(glob).test(file)),
        glob,
      ).toBe(true);
  });

  it('leaves out no module that does something when imported: only registration modules act at top level', () => {
    // The compute worker's script (it sets onmessage) runs in a worker from its URL; nothing imports it.
    const sources = [...files('widgets'), ...files('src')].filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !/^src\/(?:cli|node)\//.test(file),
    );
    const calling = sources.filter((file) => TOP_LEVEL_EFFECT.test(readFileSync(join(root, file), 'utf8')));
    expect(calling.sort()).toEqual(
      [
        ...sources.filter((file) => /^widgets\/[^/]+\/define\.ts$/.test(file)),
        'widgets/lawgauge-dashboard/compute-worker.ts',
      ].sort(),
    );
  });
});
