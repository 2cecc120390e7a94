// `npm start`: serves the repository on localhost and opens nothing by itself — it prints the URL
// of the Safe Shanghai dashboard (examples/dashboard/) and of the other examples. Builds dist/
// first when it is missing (npm ci builds it). Everything is served from the package: no network.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(join(root, 'dist/lawgauge.iife.min.js')) || !existsSync(join(root, 'examples/react/build/app.js'))) {
  console.log('building dist/ (first run)…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml' };
const port = Number(process.env['PORT'] ?? process.argv[2] ?? 8019);

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    response.writeHead(302, { location: '/examples/dashboard/' }).end();
    return;
  }
  try {
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.includes('..')) throw new Error('outside the repository');
    if (path.endsWith('/')) path += 'index.html';
    const body = await readFile(join(root, path));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
  }
});

server.on('error', (error) => {
  console.error(`cannot serve on port ${port}: ${error.message}; try PORT=8020 npm start`);
  process.exit(2);
});
server.listen(port, '127.0.0.1', () => {
  const base = `http://127.0.0.1:${port}`;
  console.log(`lawgauge demo portal: ${base}/examples/dashboard/   (平安上海 / Safe Shanghai)`);
  console.log(`other examples:       ${base}/examples/html/widgets.html`);
  console.log('Ctrl+C to stop.');
});
