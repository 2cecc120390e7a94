import { describe, expect, it } from 'vitest';
import { EN } from '../src/cli/messages/en.js';
import { progressBar } from '../src/cli/progress-bar.js';
import { alignTable, displayWidth } from '../src/cli/text-table.js';

function io(errIsTTY: boolean): {
  err: string[];
  io: { out: () => void; err: (text: string) => void; errIsTTY: boolean };
} {
  const err: string[] = [];
  return { err, io: { out: () => undefined, err: (text) => err.push(text), errIsTTY } };
}

describe('CLI progress bar and tables', () => {
  it('draws only on a terminal, for files over 4 MiB, unless quiet; clears its line when done', () => {
    const big = 64 * 1024 * 1024;
    const tty = io(true);
    const bar = progressBar(tty.io, EN, 'cases', false);
    bar.update(big, big, 500_000);
    bar.done();
    expect(tty.err[0]).toMatch(/^\rcases \[█{24}\] 100% {2}500,000 rows {2}[\d,]+ rows\/s$/);
    expect(tty.err[1]).toBe('\r\x1b[2K');
    for (const [terminal, quiet, size] of [
      [false, false, big],
      [true, true, big],
      [true, false, 1024],
    ] as const) {
      const quietIo = io(terminal);
      const silent = progressBar(quietIo.io, EN, 'cases', quiet);
      silent.update(size, size, 10);
      silent.done();
      expect(quietIo.err).toEqual([]);
    }
  });

  it('aligns CJK text by display width (two columns per character)', () => {
    expect(displayWidth('结案率 a')).toBe(8);
    expect(
      alignTable(
        ['指标', 'n'],
        [
          ['结案率', '12'],
          ['x', '3'],
        ],
        new Set([1]),
      ),
    ).toBe(['指标     n', '──────  ──', '结案率  12', 'x        3'].join('\n'));
    // A quoted CSV field may hold a line break: the row stays one line, its escape shown.
    expect(
      alignTable(
        ['区', 'n'],
        [
          ['黄浦区\r\n（二庭）', '1'],
          ['a\tb\u0007', '2'],
        ],
        new Set([1]),
      ),
    ).toBe(
      [
        '区                  n', // 区 is 2 columns wide; 黄浦区\r\n（二庭） 18
        '──────────────────  ─',
        '黄浦区\\r\\n（二庭）  1',
        'a\\tb\\u0007          2',
      ].join('\n'),
    );
    // 300k rows: no spread of every row onto the stack.
    expect(
      alignTable(
        ['a'],
        Array.from({ length: 300_000 }, (_, i) => [String(i)]),
      ).split('\n')[1],
    ).toBe('──────');
  });
});
