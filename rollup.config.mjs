import json from '@rollup/plugin-json';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';

// Warnings from dependencies that do not affect the output (see TOOLCHAIN.md).
const harmless = new Set(['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY']);

const dependencies = Object.keys(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).dependencies);

export default {
  input: ['src/index.ts', 'src/node/index.ts', 'src/cli/main.ts'],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
  // Runtime dependencies stay imports, resolved by the user's bundler or Node.
  external: (id) => id.startsWith('node:') || dependencies.some((name) => id === name || id.startsWith(`${name}/`)),
  // Built-in catalogs are JSON data bundled as modules, so browsers need no JSON imports.
  plugins: [json({ preferConst: true }), typescript({ tsconfig: './tsconfig.build.json' })],
  onwarn(warning, warn) {
    if (harmless.has(warning.code) && (warning.ids ?? [warning.id ?? '']).every((id) => id.includes('node_modules'))) return;
    warn(warning);
  },
};
