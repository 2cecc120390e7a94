/** Serves the repository on 127.0.0.1 (a free port); `/` serves `index` (see static-server.mjs). */
export function serveRepository(index: string): Promise<{ url: string; close: () => void }>;
/** Headless Chromium flags these machines need. */
export const CHROMIUM_ARGS: string[];
