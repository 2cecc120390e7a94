/** Where the manifest is read from and the reference page written to, relative to the repository. */
export const MANIFEST_PATH: string;
export const REFERENCE_PATH: string;
/** docs/widgets-reference.md's text for a parsed custom-elements.json (see widgets-doc.mjs). */
export function widgetsReference(manifest: unknown): string;
