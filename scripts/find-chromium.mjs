import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The Chromium for browser tests: $CHROME_PATH, else `chromium` on the PATH, else Debian's package,
 * installed with apt-get when we may (root). npm packages cannot download browsers on these
 * machines (TOOLCHAIN.md), so this is the only way a fresh machine gets one.
 */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const onPath = (() => {
    try {
      return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
        encoding: 'utf8',
      }).trim();
    } catch {
      return '';
    }
  })();
  const found = [...candidates, onPath].find((path) => path && existsSync(path));
  if (found) return found;
  if (process.getuid?.() === 0) {
    console.log('Chromium not found: installing the Debian package "chromium" (about a minute)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'Chromium is needed for the browser tests: install it (Debian: apt-get install chromium) or set CHROME_PATH.',
  );
}
