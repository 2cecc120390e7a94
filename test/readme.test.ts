import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { README_CSP } from '../test-consumers/support/readme-csp.mjs';

const root = new URL('..', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const readme = read('README.md');
/** The README, CONTRIBUTING, CHANGELOG and the pages of docs/, by path; their examples are executed here. */
const pages = new Map([
  ['README.md', readme],
  ['CONTRIBUTING.md', read('CONTRIBUTING.md')],
  ['CHANGELOG.md', read('CHANGELOG.md')],
  ...readdirSync(new URL('docs/', root))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name): [string, string] => [`docs/${name}`, read(`docs/${name}`)]),
]);
const page = (path: string): string => pages.get(path)!;
/** Every code block marked `<!-- example: path -->` in the README and docs/, with its page and file. */
const examples = [...pages].flatMap(([pagePath, text]) =>
  [...text.matchAll(/<!-- example: (\S+) -->\n```js\n([\s\S]*?)```/g)].map((match) => ({
    page: pagePath,
    path: match[1]!,
    block: match[2]!,
  })),
);
/** Every code block marked `<!-- consumer: path -->`: a file of the consumer suite, shown whole. */
const consumerSnippets = [...pages].flatMap(([pagePath, text]) =>
  [...text.matchAll(/<!-- consumer: (\S+) -->\n```\w+\n([\s\S]*?)```/g)].map((match) => ({
    page: pagePath,
    path: match[1]!,
    block: match[2]!,
  })),
);
/** The README's analyst commands (the block marked `<!-- commands: … -->`), each without `npx lawgauge` and its comment. */
const commands = [
  ...(readme.match(/<!-- commands: [^\n]*-->\n```sh\n([\s\S]*?)```/)?.[1] ?? '').matchAll(
    /^npx lawgauge (.*?)(?:\s+#.*)?$/gm,
  ),
].map((match) => match[1]!);
const run = (path: string): string => execFileSync(process.execPath, [path], { cwd: root, encoding: 'utf8' });
/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

describe('README', () => {
  it('is at most 200 lines: what lawgauge is, install, the two commands, an example per user, links', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(200);
  });

  it('marks its runnable examples, and docs/ marks the others', () => {
    expect(examples.map((example) => [example.page, example.path])).toEqual([
      ['README.md', 'examples/node/quick-start.mjs'],
      ['docs/catalogs.md', 'examples/node/extend-catalog.mjs'],
      ['docs/composites.md', 'examples/node/composite-index.mjs'],
      ['docs/sql-engines.md', 'examples/node/sql-engine.mjs'],
    ]);
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
    expect(run('examples/node/sql-engine.mjs').trim()).toBe(
      '0.8277 { read: 4000, used: 4000, quarantined: 0, skipped: 0 }',
    );
    expect(page('docs/sql-engines.md')).toContain(
      'prints `0.8277 { read: 4000, used: 4000, quarantined: 0, skipped: 0 }`',
    );
  });

  it('examples/node/court-reports.mjs writes one Report per court indicator for a server', () => {
    const directory = mkdtempSync(join(tmpdir(), 'lawgauge-reports-'));
    expect(
      execFileSync(process.execPath, ['examples/node/court-reports.mjs', directory], {
        cwd: root,
        encoding: 'utf8',
      }).trim(),
    ).toBe(`16 reports in ${directory}/ from 4000 cases (utf-8; used 4000, quarantined 0)`);
    const clearance = JSON.parse(readFileSync(join(directory, 'clearance_rate.json'), 'utf8')) as {
      schema: string;
      groupBy: string[];
    };
    expect(clearance.schema).toBe('lawgauge/report@1');
    expect(clearance.groupBy).toEqual(['district']);
  });

  it('runs the analyst commands as written (the built `lawgauge` command, on the seed data)', () => {
    expect(commands.map((command) => command.split(' ')[0])).toEqual(['catalogs', 'compute', 'reform']);
    for (const command of commands) {
      // The README's commands take no quoted arguments, so splitting on spaces gives argv.
      const output = execFileSync(process.execPath, ['bin/lawgauge.js', ...command.split(/\s+/)], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(output.trim(), command).not.toBe('');
    }
  });

  it("shows the consumer suite's React, Vue, plain-page and server-side files exactly as they are (docs/embedding.md)", () => {
    expect(new Set(consumerSnippets.map((snippet) => snippet.page))).toEqual(new Set(['docs/embedding.md']));
    expect(consumerSnippets.map((snippet) => snippet.path.split('/')[2])).toEqual([
      'react-vite',
      'vue-vite',
      'vue-vite',
      'vue-vite',
      'vue-vite',
      'node-ts',
      'node-ts',
      'node-ts',
      'node-ts',
      'node-ts',
    ]);
    for (const { path, block } of consumerSnippets) expect(block, path).toBe(readFileSync(new URL(path, root), 'utf8'));
  });

  it('gives the CSP the consumer suite serves, word for word (and so does docs/embedding.md)', () => {
    expect(readme).toContain(`Content-Security-Policy: ${README_CSP}\n`);
    expect(page('docs/embedding.md')).toContain(`Content-Security-Policy: ${README_CSP}\n`);
  });

  it.each([...pages.keys()])('%s links only to files and headings that exist', (path) => {
    const base = new URL(path, root);
    const broken: string[] = [];
    for (const [, target] of pages.get(path)!.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      const [file, hash] = target!.split('#') as [string, string | undefined];
      const url = file === '' ? base : new URL(file, base);
      if (!existsSync(url)) {
        broken.push(target!);
        continue;
      }
      if (hash === undefined || !url.pathname.endsWith('.md')) continue;
      const text = readFileSync(url, 'utf8').replace(/```[\s\S]*?```/g, '');
      const anchors = [...text.matchAll(/^#+ (.*)$/gm)].map((match) => anchor(match[1]!));
      if (!anchors.includes(hash)) broken.push(target!);
    }
    expect(broken).toEqual([]);
  });

  it('names the two commands', () => {
    expect(readme).toMatch(/npm start\s+#/);
    expect(readme).toMatch(/npm test\s+#/);
  });
});
