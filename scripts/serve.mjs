// `npm start`: serves the repository on localhost and opens nothing by itself — it prints the URL
// of the Safe Shanghai dashboard (examples/dashboard/) and of the other examples. Builds dist/
// first when it is missing or older than the sources. Everything is served from the package: no
// network. The files go through the same handler as the tests' servers (static-server.mjs).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { REPOSITORY_ROOT, repositoryHandler } from './static-server.mjs';

const root = REPOSITORY_ROOT;
const outputs = ['dist/lawgauge.iife.min.js', 'examples/react/build/app.js', 'examples/vue/build/app.js'].map((path) =>
  join(root, path),
);
const sources = ['src', 'widgets'].flatMap((dir) =>
  readdirSync(join(root, dir), { recursive: true })
    .filter((path) => /\.(ts|json)$/.test(path))
    .map((path) => join(root, dir, path)),
);
const newest = Math.max(
  ...[...sources, join(root, 'examples/react/app.tsx'), join(root, 'examples/vue/app.js')].map(
    (path) => statSync(path).mtimeMs,
  ),
);
if (outputs.some((path) => !existsSync(path))) {
  console.log('building dist/ (first run)…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
} else if (Math.min(...outputs.map((path) => statSync(path).mtimeMs)) < newest) {
  // After a pull or an edit: serve what the sources say, not an older build.
  console.log('rebuilding dist/ (the sources are newer)…');
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
