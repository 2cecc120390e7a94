import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const example = readFileSync(new URL('../examples/node/quick-start.mjs', import.meta.url), 'utf8');

describe('README', () => {
  it('shows the quick-start example exactly as examples/node/quick-start.mjs has it, in at most 10 lines of code', () => {
    const block = /<!-- quick-start:[^>]*-->\n```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(example);
    expect(example.split('\n').filter((line) => line.trim() !== '').length).toBeLessThanOrEqual(10);
  });

  it('runs the quick-start example as written against the built package and prints what the README says', () => {
    // `npm test` builds before the unit tests, so `lawgauge` resolves to dist/ through package exports.
    const output = execFileSync(process.execPath, ['examples/node/quick-start.mjs'], { cwd: new URL('..', import.meta.url), encoding: 'utf8' });
    expect(output.trim()).toBe('0.5 1 2 { read: 2, used: 2, quarantined: 0 }');
    expect(readme).toContain('prints `0.5 1 2 { read: 2, used: 2, quarantined: 0 }`');
  });

  it('names the two commands', () => {
    expect(readme).toMatch(/npm start\s+#/);
    expect(readme).toMatch(/npm test\s+#/);
  });
});
