import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A database server started for a test file, or the reason it could not be. */
export type Started<T> =
  { readonly ok: true; readonly value: T; stop(): Promise<void> } | { readonly ok: false; readonly reason: string };

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/** Installs Debian packages when missing and possible (root with apt); returns why not otherwise. */
function aptInstall(packages: readonly string[]): string | null {
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return `not root or no apt-get to install ${packages.join(', ')}`;
  try {
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'ignore',
      timeout: 240_000,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return null;
  } catch (error) {
    return `apt-get install ${packages.join(' ')} failed: ${(error as Error).message.split('\n')[0]}`;
  }
}

function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length === 0 ? null : join(root, versions[0]!, 'bin');
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${what} did not start within ${timeoutMs} ms`);
}

/**
 * A throwaway PostgreSQL cluster (Debian's `postgresql` package) in a temporary folder, listening
 * on a free loopback port with trust authentication. Installs the package when missing and allowed.
 */
export async function startPostgres(): Promise<Started<{ url: string }>> {
  let bin = postgresBin();
  if (bin === null) {
    const reason = aptInstall(['postgresql']);
    bin = postgresBin();
    if (bin === null) return { ok: false, reason: reason ?? 'postgresql installed but initdb not found' };
  }
  const dir = mkdtempSync(join(tmpdir(), 'lawgauge-pg-'));
  const data = join(dir, 'data');
  const asOwner = (command: string, args: string[]): void => {
    // initdb refuses to run as root: run the server as Debian's postgres user then.
    if (isRoot) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe', timeout: 60_000 });
    else execFileSync(command, args, { stdio: 'pipe', timeout: 60_000 });
  };
  if (isRoot)
    chownSync(
      dir,
      Number(execFileSync('id', ['-u', 'postgres']).toString()),
      Number(execFileSync('id', ['-g', 'postgres']).toString()),
    );
  const port = await freePort();
  try {
    asOwner(join(bin, 'initdb'), [
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--no-sync',
      '--no-locale',
    ]);
    asOwner(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
      'start',
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { ok: false, reason: `could not start PostgreSQL: ${(error as Error).message.split('\n')[0]}` };
  }
  return {
    ok: true,
    value: { url: `postgres://postgres@127.0.0.1:${port}/postgres` },
    async stop() {
      try {
        asOwner(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

const CLICKHOUSE = '/usr/sbin/clickhouse-server';

function clickhouseConfig(dir: string, http: number, tcp: number, shards: readonly number[]): string {
  const replicas = shards
    .map((port) => `<shard><replica><host>127.0.0.1</host><port>${port}</port></replica></shard>`)
    .join('');
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${dir}/server.log</log><errorlog>${dir}/error.log</errorlog></logger>
  <http_port>${http}</http_port>
  <tcp_port>${tcp}</tcp_port>
  <listen_host>127.0.0.1</listen_host>
  <path>${dir}/data/</path>
  <tmp_path>${dir}/tmp/</tmp_path>
  <user_files_path>${dir}/user_files/</user_files_path>
  <format_schema_path>${dir}/format_schemas/</format_schema_path>
  <users_config>${dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mark_cache_size>268435456</mark_cache_size>
  <remote_servers><lg_cluster>${replicas}</lg_cluster></remote_servers>
</yandex>
`;
}

const CLICKHOUSE_USERS = `<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>4000000000</max_memory_usage></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>
`;

/**
 * `count` ClickHouse servers (Debian's `clickhouse-server`, 18.16 on Debian 12) on free loopback
 * ports, each knowing the cluster `lg_cluster` with one shard per server.
 */
export async function startClickHouse(count: number): Promise<Started<{ urls: string[] }>> {
  if (!existsSync(CLICKHOUSE)) {
    const reason = aptInstall(['clickhouse-server']);
    if (!existsSync(CLICKHOUSE)) return { ok: false, reason: reason ?? 'clickhouse-server installed but not found' };
  }
  const ports = await Promise.all(
    Array.from({ length: count }, async () => ({ http: await freePort(), tcp: await freePort() })),
  );
  const dirs: string[] = [];
  const processes: ChildProcess[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(
      processes.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGKILL');
          }),
      ),
    );
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const { http, tcp } of ports) {
      const dir = mkdtempSync(join(tmpdir(), 'lawgauge-ch-'));
      dirs.push(dir);
      writeFileSync(
        join(dir, 'config.xml'),
        clickhouseConfig(
          dir,
          http,
          tcp,
          ports.map((port) => port.tcp),
        ),
      );
      writeFileSync(join(dir, 'users.xml'), CLICKHOUSE_USERS);
      processes.push(spawn(CLICKHOUSE, [`--config-file=${join(dir, 'config.xml')}`], { stdio: 'ignore', cwd: dir }));
    }
    for (const { http } of ports) {
      await waitFor(
        async () => (await fetch(`http://127.0.0.1:${http}/?query=SELECT%201`)).ok,
        `ClickHouse on port ${http}`,
      );
    }
  } catch (error) {
    await stop();
    return { ok: false, reason: `could not start ClickHouse: ${(error as Error).message}` };
  }
  return { ok: true, value: { urls: ports.map(({ http }) => `clickhouse://default@127.0.0.1:${http}/default`) }, stop };
}
