import { describe, expect, it } from 'vitest';
import { formatValue } from '../src/index.js';

describe('formatValue(value, indicator, lang)', () => {
  it('writes percents, 1:x ratios, days and counts in both languages', () => {
    expect(formatValue(1456 / 3881, { unit: 'percent' })).toBe('37.5%');
    expect(formatValue(1456 / 3881, { unit: 'percent', display: { decimals: 2 } }, 'en')).toBe('37.52%');
    expect(formatValue(27315 / 17685, { unit: 'ratio', display: { format: 'oneTo', decimals: 2 } })).toBe('1:1.54');
    expect(formatValue(27315 / 17685, { unit: 'ratio', display: { format: 'oneTo', decimals: 3 } })).toBe('1:1.545');
    expect(formatValue(47.75, { unit: 'days' })).toBe('47.8 天');
    expect(formatValue(47.75, { unit: 'days' }, 'en')).toBe('47.8 days');
    expect(formatValue(1234567, { unit: 'count' }, 'en')).toBe('1,234,567');
  });
  it('uses Chinese compact notation: 1.23万, 1.23亿', () => {
    expect(formatValue(12345, { unit: 'count', display: { decimals: 2 } }, 'zh-CN', { compact: true })).toBe('1.23万');
    expect(formatValue(123456789, { unit: 'count', display: { decimals: 2 } }, 'zh-CN', { compact: true })).toBe(
      '1.23亿',
    );
  });
});
