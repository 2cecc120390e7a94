// `npm run manifest`: custom-elements.json from the widgets' JSDoc (@summary @attr @prop @fires @csspart @cssprop).
export default {
  globs: ['widgets/*/*.ts'],
  exclude: ['widgets/**/*.styles.ts', 'widgets/**/define.ts', 'widgets/iife.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'lawgauge-stable-order',
      // The analyzer lists modules in the order the glob happens to return them; sort them so a
      // build leaves the committed manifest unchanged.
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
