import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('widgets/base/define-widget.ts', () => {
  it('stamps registrations with the package version (a re-registration test depends on it)', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const source = readFileSync(new URL('../widgets/base/define-widget.ts', import.meta.url), 'utf8');
    expect(source).toContain(`export const WIDGETS_VERSION = '${manifest.version}';`);
  });
});
