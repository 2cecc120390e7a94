import { describe, expect, it } from 'vitest';
import type { Report, ReportRow } from '../../src/index.js';
import { runs } from '../../widgets/indicator-trend/runs.js';
import { LANE } from '../../widgets/indicator-trend/chart-frame.js';
import { trendLayout } from '../../widgets/indicator-trend/trend-layout.js';

describe('runs(count, holds)', () => {
  it('finds each maximal run, at either end and alone', () => {
    const values = [1, 1, 0, 1, 0, 0, 1];
    expect(runs(values.length, (index) => values[index] === 1)).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 3 },
      { start: 6, end: 6 },
    ]);
    expect(runs(3, () => false)).toEqual([]);
    expect(runs(0, () => true)).toEqual([]);
  });
});

describe('trendLayout', () => {
  const row = (period: string, value: number | null): ReportRow =>
    ({ period, group: {}, value, ci: value === null ? null : { low: value - 0.1, high: value + 0.1 } }) as ReportRow;
  const report = (unit: 'percent' | 'count', target: number | null = null): Report =>
    ({
      groupBy: [],
      indicator: { label: { 'zh-CN': '指标', en: 'Indicator' }, unit, display: null, target, thresholds: null },
      rows: [],
    }) as unknown as Report;
  const periods = ['2019-01', '2019-02', '2019-03'];
  const rows = [row('2019-01', 0.5), row('2019-03', 0.55)];
  const layout = (overrides: Partial<Parameters<typeof trendLayout>[0]> = {}) =>
    trendLayout({
      report: report('percent'),
      lang: 'zh-CN',
      width: 480,
      periods,
      visible: [{ rows }],
      band: true,
      notes: [],
      ...overrides,
    });

  it('spreads the periods across the plot, and places each row at its period', () => {
    const { left, plotWidth, positions, across } = layout();
    expect(positions).toEqual([left, left + plotWidth / 2, left + plotWidth]);
    expect([0, 1].map(across(rows))).toEqual([left, left + plotWidth]);
  });

  it('frames the band and the target, and maps the domain onto the plot', () => {
    const { lo, hi, y, plotTop, plotBottom } = layout({ report: report('percent', 0.8) });
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThanOrEqual(0.8);
    expect(y(lo)).toBe(plotBottom);
    expect(y(hi)).toBeCloseTo(plotTop, 9);
    // Without the band, only the values: the axis needs not reach 65%.
    expect(layout({ band: false }).hi).toBeLessThan(layout().hi);
  });

  it('fits a 1:x ratio axis to the data, not to 0, with ticks that read apart (案-件比)', () => {
    const ratio = {
      groupBy: [],
      indicator: {
        label: { 'zh-CN': '案-件比', en: 'Case-to-proceeding ratio' },
        unit: 'ratio',
        display: { format: 'oneTo', decimals: 2 },
        target: null,
        thresholds: null,
      },
      rows: [],
    } as unknown as Report;
    const values = [row('2019-01', 1.58), row('2019-02', 1.63), row('2019-03', 1.73)];
    for (const lang of ['zh-CN', 'en'] as const) {
      const { lo, hi, valueTicks } = layout({ report: ratio, lang, visible: [{ rows: values }], band: false });
      expect(lo).toBeGreaterThan(1);
      expect(lo).toBeLessThanOrEqual(1.58);
      expect(hi).toBeGreaterThanOrEqual(1.73);
      const texts = valueTicks.map((tick) => tick.text);
      expect(texts.length).toBeGreaterThanOrEqual(2);
      expect(new Set(texts).size).toBe(texts.length);
      for (const text of texts) expect(text).toMatch(/^1:1\.\d+$/);
    }
    // Other measures keep 0 on the axis.
    expect(layout({ visible: [{ rows: values }], band: false }).lo).toBe(0);
  });

  it('makes room above the plot for each lane of annotation labels', () => {
    const plain = layout();
    const noted = layout({
      notes: [
        { label: '街面巡防机制改革', index: 1 },
        { label: '第二届中国国际进口博览会', index: 2 },
      ],
    });
    const lanes = Math.max(...noted.notes.map((note) => (note.lane ?? -1) + 1));
    expect(lanes).toBe(2);
    expect(noted.plotTop - plain.plotTop).toBe(lanes * LANE);
    expect(noted.height - plain.height).toBe(lanes * LANE);
  });
});
