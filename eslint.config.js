import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const forbiddenInCore = {
  patterns: [
    { group: ['node:*'], message: 'The core runs in browsers: Node APIs belong in src/node or src/cli.' },
    {
      group: ['lit', 'lit/*', '@lit/*'],
      message: 'The core never renders: widgets import the core, not the other way.',
    },
  ],
  paths: [
    { name: 'd3', message: 'Import the d3 submodule (d3-scale, d3-shape, …), never the umbrella.' },
    ...['zod', 'zod/v4', 'zod/v4/classic'].map((name) => ({
      name,
      message: 'Use zod/mini in the core to keep browser bundles small.',
    })),
  ],
};

export default tseslint.config(
  // test/hosts holds host-app fixtures compiled by their own tsconfigs (one must fail on purpose);
  // types/ (React and Vue typings) are checked by compiling those fixtures against the built package.
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.build/',
      '.bench-build/',
      'coverage/',
      'test/.tmp/',
      'schema/',
      'test/hosts/',
      'types/',
      'examples/*/build/',
      'examples/react/',
      'test-consumers/projects/',
      'docs/api/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json', './tsconfig.widgets.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: definitions are data.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: definitions are data.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/node/**', 'src/cli/**'],
    rules: { 'no-restricted-imports': ['error', forbiddenInCore] },
  },
  {
    // @open-wc/testing's chai types make no-floating-promises fire on plain assertions (TOOLCHAIN.md).
    files: ['test-browser/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['widgets/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'd3', message: 'Import the d3 submodule, never the umbrella.' },
            ...['zod', 'zod/v4', 'zod/v4/classic'].map((name) => ({
              name,
              message: 'Widgets validate through the core (zod/mini).',
            })),
          ],
          patterns: [
            {
              group: ['../../src/*/**', '!../../src/index.js', '!../../src/internal.js'],
              message:
                'Widgets import the core through its entries: src/index.js (public), src/internal.js (lawgauge/internal).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['vitest.config.ts', 'vitest.consumers.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        setTimeout: 'readonly',
        Buffer: 'readonly',
        globalThis: 'readonly',
      },
    },
  },
  {
    files: [
      'test-browser/pages/*.js',
      'examples/*/*.js',
      'bench/render-page.js',
      'bench/render-baseline.js',
      'bench/render-echarts.js',
      'bench/render-map.js',
      'bench/ingest-browser-page.js',
    ],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        location: 'readonly',
        history: 'readonly',
        performance: 'readonly',
        PerformanceObserver: 'readonly',
        requestAnimationFrame: 'readonly',
        fetch: 'readonly',
        CSSStyleSheet: 'readonly',
        customElements: 'readonly',
        MutationObserver: 'readonly',
      },
    },
  },
);
