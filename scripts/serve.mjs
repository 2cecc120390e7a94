// `npm start`: serves the repository on localhost and opens nothing by itself — it prints the URL
// of the Safe Shanghai dashboard (examples/dashboard/) and of the other examples. Builds dist/
// first when it is missing. Everything is served from the package: no network. The files go
// through the same handler as the tests' servers (static-server.mjs).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { REPOSITORY_ROOT, repositoryHandler } from './static-server.mjs';

const root = REPOSITORY_ROOT;
if (!existsSync(join(root, 'dist/lawgauge.iife.min.js')) || !existsSync(join(root, 'examples/react/build/app.js'))) {
  console.log('building dist/ (first run)…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

// PORT=0 picks a free port (the tests do); the URL printed below has the real one.
const port = Number(process.env['PORT'] ?? process.argv[2] ?? 8019);
const server = createServer(repositoryHandler({ root, redirects: { '/': '/examples/dashboard/' } }));

server.on('error', (error) => {
  console.error(`cannot serve on port ${port}: ${error.message}; try PORT=8020 npm start`);
  process.exit(2);
});
server.listen(port, '127.0.0.1', () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log(`lawgauge demo portal: ${base}/examples/dashboard/   (平安上海 / Safe Shanghai)`);
  console.log(`all examples:         ${base}/examples/`);
  console.log('Ctrl+C to stop.');
});
