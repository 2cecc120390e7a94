import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 21: every widget's words come from its message file (messages.ts, *-messages.ts), never
// from a branch on the language or a Chinese literal in the code that draws it.

const root = join(import.meta.dirname, '../../widgets');
const sources = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.ts') && !/(^|\/)([a-z-]+-)?messages\.ts$/.test(path))
  .map((path) => ({ path, lines: readFileSync(join(root, path), 'utf8').split('\n') }));
/** Code lines: comment lines (`//`, ` * `, `/*`) left out, as they may quote what is drawn. */
const codeLines = (lines: readonly string[]): { line: number; text: string }[] =>
  lines.map((text, index) => ({ line: index + 1, text })).filter(({ text }) => !/^\s*(\/\/|\*|\/\*)/.test(text));

describe('widget strings', () => {
  it('finds the sources', () => {
    expect(sources.map(({ path }) => path)).toContain('indicator-trend/indicator-trend.ts');
    expect(sources.map(({ path }) => path)).not.toContain('base/messages.ts');
  });

  it('has no branch on the language outside the message files', () => {
    const found = sources.flatMap(({ path, lines }) =>
      codeLines(lines)
        .filter(({ text }) => /(===|!==)\s*'(zh-CN|en)'/.test(text))
        .map(({ line, text }) => `${path}:${line}: ${text.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it('has no Chinese text or punctuation outside the message files', () => {
    const found = sources.flatMap(({ path, lines }) =>
      codeLines(lines)
        .filter(({ text }) => /[\u4e00-\u9fff\u3001\u3002\uff08\uff09\uff0c\uff1a\uff1b]/.test(text))
        .map(({ line, text }) => `${path}:${line}: ${text.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
