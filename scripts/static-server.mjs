import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.png': 'image/png', '.csv': 'text/csv; charset=utf-8' };

/** Serves the repository on 127.0.0.1 (a free port) for headless-browser scripts; `/` serves `index`. */
export async function serveRepository(index) {
  const root = new URL('..', import.meta.url).pathname;
  const server = createServer(async (request, response) => {
    try {
      const path = normalize(request.url === '/' ? index : decodeURIComponent(request.url.split('?')[0]));
      if (path.includes('..')) throw new Error('outside the repository');
      const body = await readFile(join(root, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Headless Chromium with the flags these machines need (TOOLCHAIN.md). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];
