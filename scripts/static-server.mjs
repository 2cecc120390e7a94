// The one static file server of the repository: `npm start` (scripts/serve.mjs), the example-page
// tests, the browser suite's pages (through web-test-runner's middleware), the screenshots and the
// render benchmark all serve files through `repositoryHandler`, so a page that works in a test
// works under `npm start`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

/** Content types by extension; anything else is `application/octet-stream`. */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The repository root (the package root when installed). */
export const REPOSITORY_ROOT = new URL('..', import.meta.url).pathname;

/**
 * A Node request handler serving the files under `root`: `GET /path` reads `root/path`
 * (`…/` reads `index.html`); paths outside `root` and missing files answer 404. `redirects` maps
 * exact paths to locations (302); `headers` are added to every answer (a CSP, say).
 * @param {{root?: string, redirects?: Record<string, string>, headers?: Record<string, string>}} [options]
 */
export function repositoryHandler({ root = REPOSITORY_ROOT, redirects = {}, headers = {} } = {}) {
  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const location = redirects[url.pathname];
    if (location !== undefined) {
      response.writeHead(302, { location }).end();
      return;
    }
    try {
      let path = normalize(decodeURIComponent(url.pathname));
      if (path.includes('..')) throw new Error('outside the repository');
      if (path.endsWith('/')) path += 'index.html';
      const body = await readFile(join(root, path));
      response.writeHead(200, {
        'content-type': MIME_TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  };
}

/**
 * Serves `root` on 127.0.0.1 at a free port for tests and scripts; `/` redirects to `index`.
 * @param {string} index
 * @param {{root?: string, headers?: Record<string, string>}} [options]
 */
export async function serveRepository(index, options = {}) {
  const server = createServer(repositoryHandler({ ...options, redirects: { '/': index } }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Headless Chromium with the flags these machines need (TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
