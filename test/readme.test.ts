import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { README_CSP } from '../test-consumers/support/readme-csp.mjs';

const root = new URL('..', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
/** Every code block marked `<!-- example: path -->` in the README, with its file. */
const examples = [...readme.matchAll(/<!-- example: (\S+) -->\n```js\n([\s\S]*?)```/g)].map((match) => ({ path: match[1]!, block: match[2]! }));
/** Every code block marked `<!-- consumer: path -->`: a file of the consumer suite, shown whole. */
const consumerSnippets = [...readme.matchAll(/<!-- consumer: (\S+) -->\n```\w+\n([\s\S]*?)```/g)].map((match) => ({ path: match[1]!, block: match[2]! }));
const run = (path: string): string => execFileSync(process.execPath, [path], { cwd: root, encoding: 'utf8' });

describe('README', () => {
  it('marks its runnable examples', () => {
    expect(examples.map((example) => example.path)).toEqual(['examples/node/quick-start.mjs', 'examples/node/extend-catalog.mjs', 'examples/node/composite-index.mjs', 'examples/node/sql-engine.mjs']);
  });

  it.each(examples)('shows $path exactly as the file has it', ({ path, block }) => {
    expect(block).toBe(readFileSync(new URL(path, root), 'utf8'));
  });

  it('keeps the quick start to 10 lines of code, runs it as written against the built package, and prints what it says', () => {
    // `npm test` builds before the unit tests, so `lawgauge` resolves to dist/ through package exports.
    const quickStart = examples[0]!;
    expect(quickStart.block.split('\n').filter((line) => line.trim() !== '').length).toBeLessThanOrEqual(10);
    expect(run(quickStart.path).trim()).toBe('0.5 1 2 { read: 2, used: 2, quarantined: 0, skipped: 0 }');
    expect(readme).toContain('prints `0.5 1 2 { read: 2, used: 2, quarantined: 0, skipped: 0 }`');
  });

  it('runs the other examples', () => {
    expect(run('examples/node/extend-catalog.mjs').trim()).toBe('{ good: 0.95, warning: 0.9 }');
    expect(run('examples/node/composite-index.mjs').trim()).toBe('16 16');
    expect(run('examples/node/sql-engine.mjs').trim()).toBe('0.8277 { read: 4000, used: 4000, quarantined: 0, skipped: 0 }');
    expect(readme).toContain('prints `0.8277 { read: 4000, used: 4000, quarantined: 0, skipped: 0 }`');
  });

  it('examples/node/court-reports.mjs writes one Report per court indicator for a server', () => {
    const directory = mkdtempSync(join(tmpdir(), 'lawgauge-reports-'));
    expect(execFileSync(process.execPath, ['examples/node/court-reports.mjs', directory], { cwd: root, encoding: 'utf8' }).trim()).toBe(`15 reports in ${directory}/ from 4000 cases (utf-8; used 4000, quarantined 0)`);
    const clearance = JSON.parse(readFileSync(join(directory, 'clearance_rate.json'), 'utf8')) as { schema: string; groupBy: string[] };
    expect(clearance.schema).toBe('lawgauge/report@1');
    expect(clearance.groupBy).toEqual(['district']);
  });

  it('shows the consumer suite\'s React, Vue, plain-page and server-side files exactly as they are', () => {
    expect(consumerSnippets.map((snippet) => snippet.path.split('/')[2])).toEqual(['react-vite', 'vue-vite', 'vue-vite', 'vue-vite', 'vue-vite', 'node-ts', 'node-ts', 'node-ts', 'node-ts', 'node-ts']);
    for (const { path, block } of consumerSnippets) expect(block, path).toBe(readFileSync(new URL(path, root), 'utf8'));
  });

  it('gives the CSP the consumer suite serves, word for word', () => {
    expect(readme).toContain(`Content-Security-Policy: ${README_CSP}\n`);
  });

  it('names the two commands', () => {
    expect(readme).toMatch(/npm start\s+#/);
    expect(readme).toMatch(/npm test\s+#/);
  });
});
