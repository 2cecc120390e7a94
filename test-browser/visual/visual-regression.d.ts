// The package's own index.d.ts re-exports './browser/commands.mjs', for which TypeScript looks
// for commands.d.mts; the package ships commands.d.ts, so its exports are lost. Declared again here.
declare module '@web/test-runner-visual-regression' {
  /** Compares the element's screenshot with its baseline `name` (visualRegressionPlugin in web-test-runner.config.mjs). */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
