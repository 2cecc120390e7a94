import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOSING_PUNCTUATION, OPENING_PUNCTUATION, wrap, type TextMeasure } from '../../widgets/base/line-breaks.js';

/** The Node SVG's text layout, through a variable so the core's typecheck (no DOM) does not follow it into the widgets. */
const SVG_LAYOUT = '../../widgets/ssr/render-widget-svg.js';
const { breakPieces } = (await import(SVG_LAYOUT)) as { breakPieces(text: string): string[] };

// The notes under an exported chart are wrapped by one function in the browser and in Node
// (export-kit.ts's wrap); the rule of where lines break is line-breaks.ts's, also the Node SVG's.

/** Every character one unit wide: a line of width n holds n characters. */
const units: TextMeasure = { measureText: (text: string) => ({ width: [...text].length }) };

describe('wrap keeps kinsoku', () => {
  it('never starts a line with closing punctuation: the character before goes down with it', () => {
    // Without the rule: 甲乙丙 / 。丁戊.
    expect(wrap('甲乙丙。丁戊', 3, units)).toEqual(['甲乙', '丙。丁', '戊']);
    expect(wrap('数据来自抽查，按月汇总。', 3, units)).toEqual(['数据来', '自抽', '查，按', '月汇', '总。']);
    for (const mark of '，。、；：？！）」』】')
      for (const line of wrap(`一二三${mark}四五六${mark}`, 3, units).slice(1)) expect(line[0], mark).not.toBe(mark);
  });

  it('never ends a line with opening punctuation: it goes down with the character after', () => {
    // Without the rule: 甲乙「 / 丙」.
    expect(wrap('甲乙「丙」', 3, units)).toEqual(['甲乙', '「丙」']);
    expect(wrap('方法（抽查）', 3, units)).toEqual(['方法', '（抽', '查）']);
    expect(wrap('甲乙丙（丁）', 4, units)).toEqual(['甲乙丙', '（丁）']);
  });

  it('breaks English between words as before, keeping a full stop with its word', () => {
    expect(wrap('Spot checks are used here.', 12, units)).toEqual(['Spot checks', 'are used', 'here.']);
    expect(wrap('见 extendCatalog。', 14, units)).toEqual(['见', 'extendCatalog。']);
  });

  it('loses no character; no line but the first starts with a closing mark, none but the last ends with an opening one', () => {
    // Text without spaces, as Chinese is written: full-width marks, CJK, Latin letters and ASCII closers.
    const opening = [...OPENING_PUNCTUATION].filter((character) => character > '\u00ff');
    const characters = [...'中文字数据率ab', ...CLOSING_PUNCTUATION, ...opening];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...characters), { maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        (list, width) => {
          const text = list.join('');
          const lines = wrap(text, width, units);
          expect(lines.join('')).toBe(text);
          for (const line of lines.slice(1)) expect(CLOSING_PUNCTUATION, JSON.stringify(lines)).not.toContain(line[0]);
          for (const line of lines.slice(0, -1)) expect(opening, JSON.stringify(lines)).not.toContain(line.at(-1));
        },
      ),
      { seed: 20261207, numRuns: 500 },
    );
  });
});

describe("the Node SVG's pieces keep kinsoku too", () => {
  it('joins closing punctuation to the piece before and opening punctuation to the piece after', () => {
    expect(breakPieces('统计（抽查）。完')).toEqual(['统', '计', '（抽', '查）。', '完']);
    expect(breakPieces('Method: spot checks (a choice).')).toEqual(['Method: ', 'spot ', 'checks ', '(a ', 'choice).']);
  });
});
