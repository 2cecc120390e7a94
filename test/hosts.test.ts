import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { describe, expect, it } from 'vitest';

// These run after `npm run build` (the test command builds first): they use the package as a
// host application would, through its exports.
const root = new URL('..', import.meta.url).pathname;
const tsc = (project: string): { ok: boolean; output: string } => {
  try {
    return {
      ok: true,
      output: execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], {
        cwd: root,
        encoding: 'utf8',
      }),
    };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
};

// Each runs a whole tsc (two for the React page): about 20 s on the idle 2-core machine, but 100 s
// when other jobs share it, past the suite's 60 s.
const TSC_TIMEOUT = 240_000;

describe('hosts', () => {
  it(
    'a React 19 .tsx page type-checks with the JSX typings, and wrong props do not',
    () => {
      expect(tsc('test/hosts/react/tsconfig.json')).toEqual({ ok: true, output: '' });
      const bad = tsc('test/hosts/react/tsconfig.bad.json');
      expect(bad.ok).toBe(false);
      expect(bad.output).toContain('"purple"');
    },
    TSC_TIMEOUT,
  );

  it(
    'the React example (examples/react/app.tsx) type-checks with the JSX typings, custom events included',
    () => {
      expect(tsc('examples/react/tsconfig.json')).toEqual({ ok: true, output: '' });
    },
    TSC_TIMEOUT,
  );

  it(
    'the Vue declaration adds the widgets to GlobalComponents',
    () => {
      expect(tsc('test/hosts/vue/tsconfig.json')).toEqual({ ok: true, output: '' });
    },
    TSC_TIMEOUT,
  );

  it('a production Rollup build of a page importing one widget still registers it', async () => {
    const bundle = await rollup({
      input: join(root, 'test/hosts/bundle/page.js'),
      plugins: [nodeResolve({ browser: true })],
      treeshake: true,
      logLevel: 'silent',
    });
    // The explanation of a failing Report and the image export are dynamic imports, so the page's
    // own chunk stays small: a host bundles to a directory (Vite, webpack and Rollup's `output.dir`
    // split them out).
    const dir = mkdtempSync(join(tmpdir(), 'lawgauge-host-'));
    const { output } = await bundle.write({ dir, format: 'es' });
    const entry = output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry)!;
    const loadedOnUse = output.filter((chunk) => chunk.type === 'chunk' && chunk.isDynamicEntry);
    expect(loadedOnUse.map((chunk) => chunk.name).sort()).toEqual(['explain-kit', 'export-kit']);
    const code = readFileSync(join(dir, entry.fileName), 'utf8');
    expect(code).toContain('customElements.define');
    expect(code).toMatch(/["']indicator-card["']/);
    // No other widget is registered or carried (a tag name may still appear in shared data, such
    // as the dashboard's list of which options each widget takes).
    expect(code).not.toMatch(/define\w*\(\s*["']indicator-(trend|bars|table|map)["']/);
    expect(code).not.toMatch(/class Indicator(Trend|Bars|Table|Map)\b/);
  });
});
