// `npm run manifest`: custom-elements.json from the widgets' JSDoc (@summary @attr @prop @fires @csspart @cssprop).
export default {
  globs: ['widgets/*/*.ts'],
  exclude: ['widgets/**/*.styles.ts', 'widgets/**/define.ts', 'widgets/iife.ts'],
  outdir: '.',
  litelement: true,
};
