import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// What the built package imports must be what package.json promises: a bare import of a package
// not in `dependencies` (or `peerDependencies`) breaks every user's install, and Node built-ins
// belong to the Node-only entry points. Needs `npm run build` first (the test command builds).
const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies ?? {})]);
const modules = readdirSync(join(root, 'dist'), { recursive: true, withFileTypes: true })
  .filter(
    (entry) =>
      entry.isFile() &&
      entry.name.endsWith('.js') &&
      !entry.name.includes('.iife.') &&
      !entry.name.includes('.worker.'),
  )
  .map((entry) => relative(root, join(entry.parentPath, entry.name)));
/** What a module imports: `import … from`, `export … from`, `import 'x'` and `import('x')`. */
const IMPORTS = [
  /^(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gm,
  /^import\s*['"]([^'"]+)['"]/gm,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];
const bareImports = (code: string): string[] =>
  IMPORTS.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1]!)).filter(
    (specifier) => !/^[./]/.test(specifier),
  );
const packageOf = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

describe('the built package imports only what package.json declares', () => {
  it('finds the ESM modules and their imports', () => {
    expect(modules.length).toBeGreaterThan(50);
    const all = new Set(modules.flatMap((file) => bareImports(readFileSync(join(root, file), 'utf8'))));
    for (const specifier of ['lit', 'zod/mini', 'd3-array', 'node:fs'])
      expect(all.has(specifier), specifier).toBe(true);
  });

  it('imports no undeclared package, and Node built-ins only from the Node entry points', () => {
    const problems: string[] = [];
    for (const file of modules) {
      for (const specifier of bareImports(readFileSync(join(root, file), 'utf8'))) {
        if (specifier.startsWith('node:')) {
          if (!/^dist\/src\/(?:node|cli)\//.test(file))
            problems.push(`${file}: ${specifier} outside src/node and src/cli`);
        } else if (!declared.has(packageOf(specifier))) problems.push(`${file}: ${specifier} is not a dependency`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses every runtime dependency it declares (an unused one is a download for every user)', () => {
    const used = new Set(modules.flatMap((file) => bareImports(readFileSync(join(root, file), 'utf8')).map(packageOf)));
    expect(Object.keys(manifest.dependencies).filter((name) => !used.has(name))).toEqual([]);
  });
});
