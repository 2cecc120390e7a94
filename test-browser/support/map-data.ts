import type { Report, ReportRow, Status } from '../../src/index.js';
import { syntheticGrid, type SyntheticCollection } from '../../scripts/synthetic-geometry.js';
import { districtReport } from './reports.js';

/** Shanghai's 16 districts with their GB/T 2260 codes, in the order of the tile layout's rows. */
export const DISTRICTS: readonly (readonly [string, string])[] = [
  ['嘉定区', '310114'],
  ['宝山区', '310113'],
  ['崇明区', '310151'],
  ['青浦区', '310118'],
  ['普陀区', '310107'],
  ['静安区', '310106'],
  ['虹口区', '310109'],
  ['杨浦区', '310110'],
  ['松江区', '310117'],
  ['长宁区', '310105'],
  ['徐汇区', '310104'],
  ['黄浦区', '310101'],
  ['浦东新区', '310115'],
  ['金山区', '310116'],
  ['闵行区', '310112'],
  ['奉贤区', '310120'],
];

const statusOf = (value: number): Status => (value >= 0.8 ? 'good' : value >= 0.6 ? 'warning' : 'bad');

/**
 * A month of street visibility by `groups` (each with its value; null: withheld as too few checks),
 * written directly on the template of {@link districtReport}, grouped by `field`.
 */
export function reportOf(groups: readonly (readonly [string, number | null])[], field = 'district'): Report {
  const template = districtReport();
  const rows: ReportRow[] = [...groups, ['*', 0.7] as const].map(([name, value]) => ({
    ...template.rows[0]!,
    group: { [field]: name },
    value,
    // Out of 100 checks: a value with two decimals is its numerator ÷ denominator, as the Report check asks.
    numerator: value === null ? null : Math.round(value * 100),
    denominator: value === null ? null : 100,
    n: value === null ? 4 : 100,
    ci: null,
    status: value === null ? null : statusOf(value),
    flag: value === null ? 'suppressed' : null,
  }));
  return { ...template, groupBy: [field], rows };
}

/**
 * All 16 districts, 黄浦区 the highest (95%), 金山区 the lowest (40%), 崇明区 withheld; the
 * values step down in the tile layout's order. `key` 1 gives the codes instead of the names.
 */
export function shanghaiReport(key: 0 | 1 = 0): Report {
  return reportOf(
    DISTRICTS.map(([name, code], index): [string, number | null] => {
      const value = name === '黄浦区' ? 0.95 : name === '金山区' ? 0.4 : name === '崇明区' ? null : 0.9 - index * 0.03;
      return [[name, code][key]!, value];
    }),
  );
}

/** Synthetic district shapes (NOT real boundaries): a 4 × 4 grid over Shanghai's box, one cell per district. */
export function districtGeometry(edgePoints = 20): SyntheticCollection {
  return syntheticGrid({
    regions: DISTRICTS.map(([name, code]) => ({ name, adcode: code })),
    columns: 4,
    box: [121.0, 30.7, 121.9, 31.5],
    edgePoints,
  });
}

/** A district's synthetic streets: `count` of them (`<district>第1街道` …), in a grid. */
export function streetNames(district: string, count = 6): string[] {
  return Array.from({ length: count }, (_, index) => `${district}第${index + 1}街道`);
}

export function streetGeometry(district: string, count = 6): SyntheticCollection {
  return syntheticGrid({
    regions: streetNames(district, count).map((name) => ({ name })),
    columns: 3,
    box: [121.4, 31.2, 121.5, 31.25],
    edgePoints: 10,
    seed: district.length,
  });
}

export function streetReport(district: string, count = 6): Report {
  return reportOf(
    streetNames(district, count).map((name, index): [string, number] => [name, 0.5 + index * 0.08]),
    'street',
  );
}
