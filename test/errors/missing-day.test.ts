import { describe, expect, it } from 'vitest';
import { EN_ISSUES, ZH_CN_ISSUES, ingestCsv } from '../../src/index.js';
import { missingDay } from '../../src/errors/messages/missing-day.js';

describe('a date whose month has no such day', () => {
  it('is told apart from a wrong spelling', () => {
    expect(missingDay('"2019-02-30"')).toEqual({ year: 2019, month: 2, day: 30, days: 28 });
    expect(missingDay('2020/2/30')).toEqual({ year: 2020, month: 2, day: 30, days: 29 });
    expect(missingDay('2019年4月31日')).toEqual({ year: 2019, month: 4, day: 31, days: 30 });
    for (const value of ['2019-02-28', '2020-02-29', '2019-13-01', '2019-02-00', '30/02/2019', 'soon', ''])
      expect(missingDay(value), value).toBeNull();
  });

  it('says which month and how many days it has, in both languages, where a row is quarantined', () => {
    const dataset = { id: 'd', fields: [{ name: 'filed_on', type: 'date', required: true }] };
    const { quarantine } = ingestCsv(dataset, 'filed_on\n2019-02-30\n2019-02-3x\n').table;
    const [missing, misspelt] = quarantine;
    expect(missing!.reason).toContain('"2019-02-30" is not a valid date: 2019-02 has 28 days, not 30 (expected ');
    expect(EN_ISSUES.invalid_date(missing!.params as never)).toBe(missing!.reason);
    expect(ZH_CN_ISSUES.invalid_date(missing!.params as never)).toContain(
      '"2019-02-30" 不是有效的日期：2019年2月只有 28 天（应为 ',
    );
    expect(misspelt!.reason).not.toContain('days');
  });
});
