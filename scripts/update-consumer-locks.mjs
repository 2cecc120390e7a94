// `npm run consumers:lock`: refreshes the consumer projects' lockfiles (test-consumers/projects/*)
// after lawgauge's own dependencies change — the consumer suite installs with `npm ci`, which
// refuses a lockfile that does not hold every package the tarball needs. Packs the repository
// (dist/ must be built), installs the tarball into a copy of each project, and copies the
// lockfile back.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'lawgauge-consumer-locks-'));
try {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  for (const name of readdirSync(join(root, 'test-consumers/projects'))) {
    const project = join(work, name);
    cpSync(join(root, 'test-consumers/projects', name), project, {
      recursive: true,
      filter: (source) => !source.includes('node_modules'),
    });
    cpSync(join(work, packed.filename), join(project, 'lawgauge.tgz'));
    // Forget the old tarball's record, so npm reads this one's dependencies.
    const lockPath = join(project, 'package-lock.json');
    const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
    delete lock.packages['node_modules/lawgauge'];
    writeFileSync(lockPath, JSON.stringify(lock, null, 2));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: project, stdio: 'inherit' });
    cpSync(join(project, 'package-lock.json'), join(root, 'test-consumers/projects', name, 'package-lock.json'));
    console.log(`${name}: lockfile updated`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
