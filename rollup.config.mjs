import json from '@rollup/plugin-json';
import typescript from '@rollup/plugin-typescript';

// Warnings from dependencies that do not affect the output (see TOOLCHAIN.md).
const harmless = new Set(['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY']);

export default {
  input: ['src/index.ts', 'src/node/index.ts', 'src/cli/main.ts'],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
  external: (id) => id.startsWith('node:') || id === 'tslib' || id === 'zod' || id.startsWith('zod/'),
  // Built-in catalogs are JSON data bundled as modules, so browsers need no JSON imports.
  plugins: [json({ preferConst: true }), typescript({ tsconfig: './tsconfig.build.json' })],
  onwarn(warning, warn) {
    if (harmless.has(warning.code) && (warning.ids ?? [warning.id ?? '']).every((id) => id.includes('node_modules'))) return;
    warn(warning);
  },
};
