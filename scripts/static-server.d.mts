import type { IncomingMessage, ServerResponse } from 'node:http';

/** Content types by extension (see static-server.mjs). */
export const MIME_TYPES: Readonly<Record<string, string>>;
/** The repository root. */
export const REPOSITORY_ROOT: string;
/** The request handler every server of the repository uses (see static-server.mjs). */
export function repositoryHandler(options?: { root?: string; redirects?: Record<string, string>; headers?: Record<string, string> }): (request: IncomingMessage, response: ServerResponse) => Promise<void>;
/** Serves `root` (default: the repository) on 127.0.0.1 at a free port; `/` redirects to `index`. */
export function serveRepository(index: string, options?: { root?: string; headers?: Record<string, string> }): Promise<{ url: string; close: () => void }>;
/** Headless Chromium flags these machines need. */
export const CHROMIUM_ARGS: string[];
