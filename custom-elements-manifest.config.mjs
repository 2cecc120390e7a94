// `npm run manifest`: custom-elements.json from the widgets' JSDoc (@summary @attr @prop @fires @csspart @cssprop).
export default {
  globs: ['widgets/*/*.ts'],
  // widgets/ssr is lawgauge/ssr, Node code that renders the elements: it defines none.
  exclude: ['widgets/**/*.styles.ts', 'widgets/**/define.ts', 'widgets/iife.ts', 'widgets/ssr/*.ts'],
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
    {
      name: 'lawgauge-no-internal-attributes',
      // The analyzer reads Lit's `static properties` and lists `{state: true}` entries (phase,
      // measuredWidth, …) as attributes; they are internal state, private or protected, and have none.
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
          const internal = new Set(
            (declaration.members ?? [])
              .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
              .map((member) => member.name),
          );
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
          for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
        }
      },
    },
    {
      name: 'lawgauge-elements-only',
      // Page authors use the elements and nothing else: the helper modules (base classes, layouts,
      // messages) and whatever else a module declares (the analyzer also lists some locals of
      // methods) are no API of theirs. Every module is still analysed, and this runs after the
      // analyzer's own phases, so members inherited from base/ are already copied onto each element
      // (with `inheritedFrom`) before their modules are dropped.
      packageLinkPhase({ customElementsManifest }) {
        const isElement = (declaration) => declaration.customElement === true && declaration.tagName !== undefined;
        customElementsManifest.modules = customElementsManifest.modules
          .filter((module) => (module.declarations ?? []).some(isElement))
          .map((module) => {
            const elements = new Set(module.declarations.filter(isElement).map((declaration) => declaration.name));
            return {
              ...module,
              declarations: module.declarations.filter(isElement),
              exports: (module.exports ?? []).filter((entry) => elements.has(entry.declaration?.name)),
            };
          });
      },
    },
    {
      name: 'lawgauge-stable-keys',
      // An inherited member's keys come in the order the analyzer happened to visit its modules
      // (`description` before or after `inheritedFrom`), so two builds could differ: each object's
      // keys sorted, lists left in their order.
      packageLinkPhase({ customElementsManifest }) {
        const sorted = (value) =>
          Array.isArray(value)
            ? value.map(sorted)
            : value !== null && typeof value === 'object'
              ? Object.fromEntries(
                  Object.keys(value)
                    .sort()
                    .map((key) => [key, sorted(value[key])]),
                )
              : value;
        Object.assign(customElementsManifest, sorted(customElementsManifest));
      },
    },
  ],
};
