import { describe, expect, it } from 'vitest';
import { zhAmid, zhBefore } from '../../src/errors/messages/zh-spacing.js';
import { ZH_CN } from '../../src/cli/messages/zh-CN.js';

describe('a name inside Chinese text', () => {
  it('has a space only where it meets the Chinese with a Latin word, a number or an ASCII quote', () => {
    expect(`的${zhAmid('审限天数（time_limit_days）')}为空`).toBe('的审限天数（time_limit_days）为空');
    expect(`的${zhAmid('time_limit_days')}为空`).toBe('的 time_limit_days 为空');
    expect(`的${zhAmid('审限天数')}为空`).toBe('的审限天数为空');
    expect(`的${zhAmid('Days（time_limit_days）')}为空`).toBe('的 Days（time_limit_days）为空');
    expect(`${zhBefore('"案号"')}重复`).toBe('"案号" 重复');
    expect(`${zhBefore('"立案日期"（filed_on）')}为空`).toBe('"立案日期"（filed_on）为空');
    expect(`${zhBefore('𠀀')}重复`).toBe('𠀀重复');
  });

  it("puts none around a Chinese header in the CLI's exclusion note, and one around a Latin field", () => {
    const shown = ZH_CN.fieldShown('time_limit_days', '审限天数');
    expect(ZH_CN.excludedNote('cases', 1, shown, 'on_time_closure_rate')).toBe(
      '注意：cases：1 条记录的审限天数（time_limit_days）为空，未计入 on_time_closure_rate（见其报告的 quality.cases.excluded）',
    );
    expect(ZH_CN.excludedNote('cases', 1, 'time_limit_days', 'on_time_closure_rate')).toContain(
      '1 条记录的 time_limit_days 为空，未计入 on_time_closure_rate',
    );
  });
});
