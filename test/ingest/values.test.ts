import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/index.js';
import {
  compileDatePattern,
  EXCEL_SERIAL,
  isEmptyValue,
  parseBoolean,
  parseNumber,
  parseShanghaiDay,
} from '../../src/internal.js';

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

  it.each(['2019-02-30', '2019-13-01', '2019/3-5', '3/5/2019', 'yesterday', '2019-03-05T25:00', '2019'])(
    'rejects %s',
    (raw) => {
      expect(parseShanghaiDay(raw)).toBeUndefined();
    },
  );

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
    ['true', true],
    ['FALSE', false],
    ['1', true],
    ['0', false],
    ['是', true],
    ['否', false],
    ['Y', true],
    ['n', false],
    [1, true],
    [0, false],
    [true, true],
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

describe('compileDatePattern (mapping "formats")', () => {
  it('reads day-first, month-first and Chinese patterns; rejects impossible dates and the wrong shape', () => {
    const dayFirst = compileDatePattern('DD/MM/YYYY');
    const monthFirst = compileDatePattern('M/D/YYYY HH:mm');
    const chinese = compileDatePattern('YYYY年M月D日');
    if (typeof dayFirst === 'string' || typeof monthFirst === 'string' || typeof chinese === 'string')
      throw new Error('patterns should compile');
    // 2019-03-05 is day 17960 since 1970-01-01: 2019-01-01 is 17897 (49 years, 12 leap days), + 31 + 28 + 4.
    expect(dayFirst.parse('05/03/2019')).toBe(17960);
    expect(dayFirst.parse('５/03/2019')).toBeUndefined();
    expect(dayFirst.parse('31/02/2019')).toBeUndefined();
    expect(monthFirst.parse('3/5/2019 23:59')).toBe(17960);
    expect(monthFirst.parse('3/5/2019 24:00')).toBeUndefined();
    expect(chinese.parse('２０１９年３月５日')).toBe(17960);
    expect(chinese.parse(17960)).toBeUndefined();
  });

  it("excel-serial: Excel's 1900 system, with its phantom 29 February 1900", () => {
    const serial = compileDatePattern(EXCEL_SERIAL);
    if (typeof serial === 'string') throw new Error('excel-serial should compile');
    expect(serial.parse(43529)).toBe(17960); // 2019-03-05 in Excel
    expect(serial.parse('43529.75')).toBe(17960); // 18:00 the same day
    expect(serial.parse(1)).toBe(-25567); // 1900-01-01
    expect(serial.parse(59)).toBe(-25509); // 1900-02-28
    expect(serial.parse(60)).toBeUndefined(); // 1900-02-29 never existed
    expect(serial.parse(61)).toBe(-25508); // 1900-03-01
    expect(serial.parse(0)).toBeUndefined();
    // It says how numbers are read: a date written as a date reads as without a format.
    expect(serial.parse('2019-03-05')).toBe(17960);
    expect(serial.parse('2019/3/5')).toBe(17960);
    expect(serial.parse('2019-02-30')).toBeUndefined();
  });

  it('explains a pattern it cannot use', () => {
    expect(compileDatePattern('MM/YYYY')).toBe(
      '"MM/YYYY" must contain YYYY, M or MM, and D or DD (or be "excel-serial")',
    );
    expect(compileDatePattern('D/D/YYYY/M')).toBe('"D/D/YYYY/M" has the D part twice');
  });
});
