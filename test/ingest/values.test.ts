import { describe, expect, it } from 'vitest';
import { formatDay, isEmptyValue, parseBoolean, parseNumber, parseShanghaiDay } from '../../src/index.js';

const dayText = (raw: unknown): string | undefined => {
  const day = parseShanghaiDay(raw);
  return day === undefined ? undefined : formatDay(day);
};

describe('parseShanghaiDay(raw)', () => {
  it.each([
    ['2019-03-05', '2019-03-05'],
    ['2019/3/5', '2019-03-05'],
    ['2019.3.5', '2019-03-05'],
    ['2019年3月5日', '2019-03-05'],
    ['2019年03月05日', '2019-03-05'],
    ['20190305', '2019-03-05'],
    ['２０１９／３／５', '2019-03-05'],
    ['２０１９年３月５日', '2019-03-05'],
    [' 2019-03-05 ', '2019-03-05'],
    ['2019/3/5 0:00', '2019-03-05'],
    ['2019-03-05 23:59:59', '2019-03-05'],
    // An offset makes it an instant, converted to Shanghai's civil date.
    ['2019-03-05T16:00:00Z', '2019-03-06'],
    ['2019-03-05T15:59:59Z', '2019-03-05'],
    ['2019-03-05T23:30:00+08:00', '2019-03-05'],
    ['2019-03-05T10:00:00-0500', '2019-03-05'],
    ['2019-03-05T11:00:00-05:00', '2019-03-06'],
  ])('reads %s as %s', (raw, expected) => {
    expect(dayText(raw)).toBe(expected);
  });

  it('converts Date objects to the Shanghai civil date of their instant', () => {
    expect(dayText(new Date(Date.UTC(2019, 2, 5, 16, 0, 0)))).toBe('2019-03-06');
    expect(dayText(new Date(Date.UTC(2019, 2, 5, 15, 59, 59)))).toBe('2019-03-05');
  });

  it.each(['2019-02-30', '2019-13-01', '2019/3-5', '3/5/2019', 'yesterday', '2019-03-05T25:00', '2019'])('rejects %s', (raw) => {
    expect(parseShanghaiDay(raw)).toBeUndefined();
  });

  it('rejects numbers (spreadsheet serials are ambiguous) and invalid Date objects', () => {
    expect(parseShanghaiDay(43529)).toBeUndefined();
    expect(parseShanghaiDay(new Date('nope'))).toBeUndefined();
  });
});

describe('parseNumber(raw)', () => {
  it('reads plain, grouped and full-width numbers', () => {
    expect(parseNumber('1234.5')).toBe(1234.5);
    expect(parseNumber('1,234,567.25')).toBe(1234567.25);
    expect(parseNumber('１２．５')).toBe(12.5);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber(7)).toBe(7);
  });
  it('never turns text into 0', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('abc')).toBeUndefined();
    expect(parseNumber('12,34')).toBeUndefined();
    expect(parseNumber(Number.NaN)).toBeUndefined();
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBeUndefined();
  });
});

describe('parseBoolean(raw)', () => {
  it.each([
    ['true', true], ['FALSE', false], ['1', true], ['0', false], ['是', true], ['否', false],
    ['Y', true], ['n', false], [1, true], [0, false], [true, true],
  ] as [unknown, boolean][])('reads %s as %s', (raw, expected) => {
    expect(parseBoolean(raw)).toBe(expected);
  });
  it('rejects anything else', () => {
    expect(parseBoolean('maybe')).toBeUndefined();
    expect(parseBoolean(2)).toBeUndefined();
  });
});

describe('isEmptyValue(raw)', () => {
  it.each(['', '  ', '-', '—', '/', '暂无', 'N/A', 'n/a', null, undefined])('treats %j as empty', (raw) => {
    expect(isEmptyValue(raw)).toBe(true);
  });
  it.each(['0', 0, false, '无', 'x'])('keeps %j', (raw) => {
    expect(isEmptyValue(raw)).toBe(false);
  });
});
