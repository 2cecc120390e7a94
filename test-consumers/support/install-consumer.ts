import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPOSITORY = new URL('../..', import.meta.url).pathname;
/**
 * Throw-away copies of the consumer projects, outside the repository: inside it, Node and
 * TypeScript would walk up to the repository's own node_modules and find what a user's project
 * does not have (the optional drivers, dev dependencies).
 */
const WORK = mkdtempSync(join(tmpdir(), 'lawgauge-consumers-'));

/**
 * The environment a user's shell has: without the test runner's NODE_ENV=test (with it, Vite
 * builds React's and Lit's development builds) or its other VITEST variables.
 */
const userEnvironment = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));

/** Runs a command, returning its output; on failure the error carries stdout and stderr. */
export function run(command: string, args: readonly string[], options: ExecFileSyncOptions & { cwd: string }): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: userEnvironment, ...options }) as string;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${options.cwd}:\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error });
  }
}

/**
 * `npm pack` of the repository as it stands (dist/ is built by the test command before this
 * suite; `--ignore-scripts` skips the `prepack` build a publish would run). Returns the tarball.
 */
export function packPackage(): string {
  const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', WORK], { cwd: REPOSITORY })) as { filename: string }[];
  return join(WORK, packed!.filename);
}

/**
 * Installs a fresh copy of `test-consumers/projects/<name>` as its user would: `npm ci` from its
 * committed lockfile (registry packages pinned there, from npm's cache when present), with the
 * packed tarball as its `lawgauge` dependency. The lockfile's record of the tarball is updated to
 * this tarball's integrity first, as `npm install ./lawgauge.tgz` would. Returns the project folder.
 */
export function installConsumer(name: string, tarball: string): string {
  const project = join(WORK, name);
  cpSync(join(REPOSITORY, 'test-consumers/projects', name), project, { recursive: true, filter: (source) => !source.includes('node_modules') && !source.endsWith('/dist') });
  cpSync(tarball, join(project, 'lawgauge.tgz'));
  const lockPath = join(project, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { packages: Record<string, { integrity?: string; dependencies?: Record<string, string> }> };
  const locked = lock.packages['node_modules/lawgauge']!;
  // npm ci installs what the lockfile lists: lawgauge's dependencies must be the package's own.
  const { dependencies } = JSON.parse(readFileSync(join(REPOSITORY, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  if (JSON.stringify(locked.dependencies ?? {}) !== JSON.stringify(dependencies)) {
    throw new Error(`test-consumers/projects/${name}/package-lock.json records lawgauge's dependencies as ${JSON.stringify(locked.dependencies)}, package.json has ${JSON.stringify(dependencies)}: run \`npm run consumers:lock\``);
  }
  locked.integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  writeFileSync(lockPath, JSON.stringify(lock, null, 2));
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: project });
  return project;
}

/** Removes the throw-away projects (about 300 MB of node_modules) after the suite. */
export function removeConsumers(): void {
  rmSync(WORK, { recursive: true, force: true });
}
