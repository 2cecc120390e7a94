import { describe, expect, it } from 'vitest';
import { evaluate, ingest, LawGaugeError, parseCatalog, parseReport, type Catalog } from '../../src/index.js';
import { rowOf } from '../support/report-lookup.js';

const label = { 'zh-CN': '见警率', en: 'Visibility' };

/** A spot-check catalog: a sampled rate with a Wilson interval, min sample and thresholds. */
function checksCatalog(overrides: Record<string, unknown> = {}): Catalog {
  return parseCatalog({
    id: 'checks',
    label,
    datasets: [
      {
        id: 'patrol_checks',
        fields: [
          { name: 'checked_at', type: 'datetime', required: true },
          { name: 'district', type: 'string', required: true },
          {
            name: 'method',
            type: 'enum',
            values: [{ value: 'spot_check', synonyms: ['抽查'] }, { value: 'gps' }, { value: 'survey' }],
          },
          { name: 'police_visible', type: 'boolean', required: true },
        ],
      },
    ],
    indicators: [
      {
        id: 'street_visibility_rate',
        label,
        description: label,
        unit: 'percent',
        polarity: 'higher-better',
        thresholds: { good: 0.8, warning: 0.6 },
        minSample: 30,
        dataset: 'patrol_checks',
        measure: {
          kind: 'rate',
          numerator: { where: { field: 'police_visible' } },
          denominator: { time: { flow: 'checked_at' }, where: { field: 'police_visible', op: 'notNull' } },
          interval: 'wilson',
        },
        ...overrides,
      },
    ],
  });
}

/** `visible` of `total` checks in `district` on `date`. */
function checks(date: string, district: string, visible: number, total: number): Record<string, unknown>[] {
  return Array.from({ length: total }, (_, i) => ({
    checked_at: `${date}T10:00:00+08:00`,
    district,
    method: '抽查',
    police_visible: i < visible ? '是' : '否',
  }));
}

const records = [
  ...checks('2018-03-10', 'A', 30, 60),
  ...checks('2019-02-10', 'A', 40, 50),
  ...checks('2019-03-10', 'A', 45, 50),
  ...checks('2019-03-11', 'B', 8, 10),
];

describe('evaluate() Report rows', () => {
  const catalog = checksCatalog();
  const table = ingest(catalog.datasets[0], records);
  const reports = evaluate(
    catalog,
    { patrol_checks: table },
    { from: '2019-03-01', to: '2019-03-31', by: ['district'] },
  );

  it('is a valid lawgauge/report@1 document with the dataset quality', () => {
    expect(() => parseReport(JSON.parse(JSON.stringify(reports[0])))).not.toThrow();
    expect(reports[0]!.schema).toBe('lawgauge/report@1');
    expect(reports[0]!.quality).toEqual({ patrol_checks: { read: 170, used: 170, quarantined: 0, skipped: 0 } });
    expect(reports[0]!.period).toEqual({ unit: 'month', from: '2019-03-01', to: '2019-03-31', toDate: false });
  });

  it('gives one row per group, sorted, then the total row marked *', () => {
    expect(reports[0]!.rows.map((row) => [row.period, row.group['district']])).toEqual([
      ['2019-03', 'A'],
      ['2019-03', 'B'],
      ['2019-03', '*'],
    ]);
  });

  it('adds a Wilson interval to sampled rates: 8/10 → (0.490162, 0.943318)', () => {
    const row = rowOf(reports, 'street_visibility_rate', '2019-03', 'B');
    expect(row.value).toBe(0.8);
    expect(row.ci!.low).toBeCloseTo(0.490162, 6);
    expect(row.ci!.high).toBeCloseTo(0.943318, 6);
  });

  it('flags n below minSample as unstable but still shows it', () => {
    expect(rowOf(reports, 'street_visibility_rate', '2019-03', 'B')).toMatchObject({
      n: 10,
      flag: 'unstable',
      status: 'good',
      value: 0.8,
    });
    expect(rowOf(reports, 'street_visibility_rate', '2019-03', 'A')).toMatchObject({
      n: 50,
      flag: null,
      status: 'good',
      value: 0.9,
    });
  });

  it('sets status from thresholds by polarity', () => {
    const lower = evaluate(
      checksCatalog({ polarity: 'lower-better', thresholds: { good: 0.85, warning: 0.95 } }),
      { patrol_checks: table },
      { from: '2019-03-01', to: '2019-03-31', by: 'district' },
    );
    expect(rowOf(lower, 'street_visibility_rate', '2019-03', 'A').status).toBe('warning'); // 0.9 ≤ 0.95
    expect(rowOf(lower, 'street_visibility_rate', '2019-03', 'B').status).toBe('good'); // 0.8 ≤ 0.85
    const band = evaluate(
      checksCatalog({ polarity: { band: [0.85, 0.95] }, thresholds: { warning: [0.75, 1] } }),
      { patrol_checks: table },
      { from: '2019-03-01', to: '2019-03-31', by: 'district' },
    );
    expect(rowOf(band, 'street_visibility_rate', '2019-03', 'A').status).toBe('good');
    expect(rowOf(band, 'street_visibility_rate', '2019-03', 'B').status).toBe('warning');
    const target = evaluate(
      checksCatalog({ thresholds: undefined, target: 0.85 }),
      { patrol_checks: table },
      { from: '2019-03-01', to: '2019-03-31', by: 'district' },
    );
    expect(rowOf(target, 'street_visibility_rate', '2019-03', 'B').status).toBe('bad');
  });

  it('compares with the previous period and the same period a year earlier', () => {
    const total = rowOf(reports, 'street_visibility_rate', '2019-03');
    // March 2019: (45 + 8) / 60; February 2019: 40/50; March 2018: 30/60.
    expect(total.value).toBeCloseTo(53 / 60, 15);
    expect(total.change.previous).toMatchObject({ period: '2019-02', value: 0.8 });
    expect(total.change.previous!.delta).toBeCloseTo(53 / 60 - 0.8, 15);
    expect(total.change.yearAgo).toMatchObject({ period: '2018-03', value: 0.5 });
    expect(total.change.yearAgo!.relative).toBeCloseTo((53 / 60 - 0.5) / 0.5, 15);
    expect(rowOf(reports, 'street_visibility_rate', '2019-03', 'B').change).toEqual({ previous: null, yearAgo: null });
  });

  it('suppresses small cells everywhere in the row, and hides changes that would reveal them', () => {
    const suppressed = evaluate(
      catalog,
      { patrol_checks: table },
      { from: '2019-02-01', to: '2019-03-31', by: 'district', suppressBelow: 55 },
    );
    const small = rowOf(suppressed, 'street_visibility_rate', '2019-03', 'B');
    expect(small).toMatchObject({
      flag: 'suppressed',
      value: null,
      numerator: null,
      ci: null,
      status: null,
      denominator: null,
      n: null,
    });
    expect(small.change).toEqual({ previous: null, yearAgo: null });
    // February's total (n = 50) is suppressed, so March's change against it is withheld too.
    expect(rowOf(suppressed, 'street_visibility_rate', '2019-02').flag).toBe('suppressed');
    expect(rowOf(suppressed, 'street_visibility_rate', '2019-03').change.previous).toBeNull();
    expect(rowOf(suppressed, 'street_visibility_rate', '2019-03').value).toBeCloseTo(53 / 60, 15);
  });

  it('hides a second cell so a small one cannot be recovered from the total (secondary suppression)', () => {
    // k = 15. February: C (12 checks) is small; D (16) is the fewest of the rest, so it goes too.
    // March: B (10) is small; C (20) goes with it. March's D shows no change, since February's D is hidden.
    const february = [
      ...checks('2019-02-10', 'A', 30, 40),
      ...checks('2019-02-10', 'B', 9, 30),
      ...checks('2019-02-10', 'C', 5, 12),
      ...checks('2019-02-10', 'D', 8, 16),
    ];
    const march = [
      ...checks('2019-03-10', 'A', 40, 50),
      ...checks('2019-03-10', 'B', 5, 10),
      ...checks('2019-03-10', 'C', 12, 20),
      ...checks('2019-03-10', 'D', 27, 30),
    ];
    const both = ingest(catalog.datasets[0], [...february, ...march]);
    const reports = evaluate(
      catalog,
      { patrol_checks: both },
      { from: '2019-02-01', to: '2019-03-31', by: 'district', suppressBelow: 15 },
    );
    const flags = (period: string) =>
      ['A', 'B', 'C', 'D', undefined].map(
        (district) => rowOf(reports, 'street_visibility_rate', period, district).flag,
      );
    expect(flags('2019-02')).toEqual([null, null, 'suppressed', 'suppressed', null]);
    expect(flags('2019-03')).toEqual([null, 'suppressed', 'suppressed', null, null]);
    expect(rowOf(reports, 'street_visibility_rate', '2019-03', 'C')).toMatchObject({
      value: null,
      numerator: null,
      denominator: null,
      n: null,
      ci: null,
      change: { previous: null, yearAgo: null },
    });
    expect(rowOf(reports, 'street_visibility_rate', '2019-03', 'D')).toMatchObject({
      value: 0.9,
      n: 30,
      change: { previous: null },
    });
    expect(rowOf(reports, 'street_visibility_rate', '2019-03', 'A').change.previous).toMatchObject({
      period: '2019-02',
      value: 0.75,
    });
    expect(rowOf(reports, 'street_visibility_rate', '2019-03')).toMatchObject({
      numerator: 84,
      denominator: 110,
      n: 110,
      flag: null,
    });
    // Two small cells that together hold fewer than k records take a third with them: E 3 + F 4 < 10, then B (10).
    const tiny = ingest(catalog.datasets[0], [
      ...march,
      ...checks('2019-03-10', 'E', 1, 3),
      ...checks('2019-03-10', 'F', 2, 4),
    ]);
    const three = evaluate(
      catalog,
      { patrol_checks: tiny },
      { from: '2019-03-01', to: '2019-03-31', by: 'district', suppressBelow: 10 },
    );
    expect(
      ['A', 'B', 'C', 'D', 'E', 'F'].map(
        (district) => rowOf(three, 'street_visibility_rate', '2019-03', district).flag,
      ),
    ).toEqual([null, 'suppressed', 'unstable', null, 'suppressed', 'suppressed']);
  });

  it('reports weeks and days with their keys', () => {
    const weekly = evaluate(
      catalog,
      { patrol_checks: table },
      { period: 'week', from: '2019-03-10', to: '2019-03-11' },
    );
    expect(weekly[0]!.rows.map((row) => [row.period, row.start, row.end, row.n])).toEqual([
      ['2019-W10', '2019-03-04', '2019-03-10', 50],
      ['2019-W11', '2019-03-11', '2019-03-17', 10],
    ]);
    const daily = evaluate(catalog, { patrol_checks: table }, { period: 'day', from: '2019-03-10', to: '2019-03-11' });
    expect(daily[0]!.rows.map((row) => [row.period, row.n])).toEqual([
      ['2019-03-10', 50],
      ['2019-03-11', 10],
    ]);
  });

  it('groups by several fields', () => {
    const both = evaluate(
      catalog,
      { patrol_checks: table },
      { from: '2019-03-01', to: '2019-03-31', by: ['method', 'district'] },
    );
    expect(both[0]!.rows.map((row) => row.group)).toEqual([
      { method: 'spot_check', district: 'A' },
      { method: 'spot_check', district: 'B' },
      { method: '*', district: '*' },
    ]);
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    const again = evaluate(
      checksCatalog(),
      { patrol_checks: ingest(catalog.datasets[0], records) },
      { from: '2019-03-01', to: '2019-03-31', by: ['district'] },
    );
    expect(JSON.stringify(again)).toBe(JSON.stringify(reports));
  });

  it('infers the period range from the data when from and to are not given', () => {
    const inferred = evaluate(catalog, { patrol_checks: table });
    expect(inferred[0]!.period).toMatchObject({ from: '2018-03-10', to: '2019-03-11' });
    expect(inferred[0]!.rows[0]!.period).toBe('2018-03');
    expect(inferred[0]!.rows.at(-1)!.period).toBe('2019-03');
  });
});

describe('evaluate() options errors', () => {
  const catalog = checksCatalog();
  const table = ingest(catalog.datasets[0], records);
  const errorOf = (run: () => unknown): LawGaugeError => {
    try {
      run();
    } catch (error) {
      if (error instanceof LawGaugeError) return error;
    }
    throw new Error('expected a LawGaugeError');
  };

  it('names every bad option', () => {
    const error = errorOf(() =>
      evaluate(
        catalog,
        { patrol_checks: table },
        { period: 'fortnight' as 'week', from: '2019-3-1', by: ['distrct'], indicators: ['nope'] },
      ),
    );
    expect(error.message.split('\n')).toEqual([
      'options.period: expected one of "day", "week", "month", "quarter", "year", got "fortnight"',
      'options.from: expected a date YYYY-MM-DD, got "2019-3-1"',
    ]);
    const second = errorOf(() =>
      evaluate(
        catalog,
        { patrol_checks: table },
        { by: ['distrct', 'checked_at'], indicators: ['street_visibility_rate', 'nope'] },
      ),
    );
    expect(second.message.split('\n')).toEqual([
      'options.indicators[1]: unknown indicator "nope"; known: street_visibility_rate',
      'options.by[0]: unknown field "distrct" in dataset "patrol_checks"; known: checked_at, district, method, police_visible',
      'options.by[1]: cannot group by the datetime field "checked_at"; group by string, enum, boolean or integer fields (dates are grouped by period)',
    ]);
  });

  it('requires a table for every dataset it reads, of the catalog shape', () => {
    expect(errorOf(() => evaluate(catalog, {})).message).toBe(
      'options.tables: no table for dataset "patrol_checks"; give one ingested with the catalog\'s "patrol_checks" definition',
    );
    const other = ingest({ id: 'patrol_checks', fields: [{ name: 'district', type: 'string' }] }, []);
    expect(errorOf(() => evaluate(catalog, { patrol_checks: other })).message).toContain(
      'field "checked_at" of dataset "patrol_checks" is datetime in the catalog but missing in the table',
    );
  });

  it('refuses to group by a field holding the total marker "*", naming dataset, field and how many records', () => {
    const starred = ingest(catalog.datasets[0], [
      ...checks('2019-03-10', '*', 1, 2),
      ...checks('2019-03-10', 'A', 1, 1),
    ]);
    const error = errorOf(() =>
      evaluate(catalog, { patrol_checks: starred }, { from: '2019-03-01', to: '2019-03-31', by: ['district'] }),
    );
    expect(error.issues[0]!.code).toBe('total_marker_value');
    expect(error.message).toBe(
      'datasets.patrol_checks.district: 2 records have the value "*", which Reports use for the total row; rename it before grouping by "district" (e.g. with a mapping\'s values)',
    );
    // Not grouping by it is fine: the value is an ordinary string there.
    expect(evaluate(catalog, { patrol_checks: starred }, { from: '2019-03-01', to: '2019-03-31' })[0]!.rows[0]!.n).toBe(
      3,
    );
    const enumCatalog = () =>
      checksCatalog().datasets[0]!.fields.map((field) =>
        field.name === 'method' ? { ...field, values: [{ value: '*' }] } : field,
      );
    expect(() =>
      parseCatalog({ id: 'x', label, datasets: [{ id: 'patrol_checks', fields: enumCatalog() }], indicators: [] }),
    ).toThrow('is "*", which Reports use for the total row');
  });

  it('rejects from after to, and asks for a range when the tables have no dates', () => {
    expect(
      errorOf(() => evaluate(catalog, { patrol_checks: table }, { from: '2019-03-01', to: '2019-02-01' })).message,
    ).toBe('options.from: from 2019-03-01 is after to 2019-02-01');
    const empty = ingest(catalog.datasets[0], []);
    expect(errorOf(() => evaluate(catalog, { patrol_checks: empty })).issues[0]).toMatchObject({
      code: 'missing_range',
      params: { reason: 'no_dates' },
    });
  });
});
