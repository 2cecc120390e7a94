import { beforeAll, describe, expect, test } from 'vitest';
import {
  builtInCatalog,
  evaluate,
  evaluateSql,
  fieldsUsed,
  formatDay,
  ingest,
  PERIOD_UNITS,
  toSql,
  type Catalog,
  type EvaluateOptions,
  type Report,
  type SqlConnection,
  type Table,
} from '../../../src/index.js';
import fc from 'fast-check';
import { FIRST_DAY, generateRecords, LAST_DAY, type GeneratedRecord } from './generate-records.js';
import { loadTable } from './sql-tables.js';
import { reportDifferences } from '../../../scripts/compare-reports.js';

export const BUILT_IN = ['court-case-quality', 'police-presence', 'procuratorate', 'public-satisfaction'] as const;

/** The option sets every engine is compared on: units, grouping, windows, suppression, inferred range. */
export const OPTION_SETS: readonly (EvaluateOptions & { readonly label: string })[] = [
  { label: 'month by district, 2019', period: 'month', by: 'district', from: '2019-01-01', to: '2019-12-31' },
  { label: 'quarter to date, no groups', period: 'quarter', from: '2018-10-01', to: '2020-03-31', toDate: true },
  { label: 'ISO weeks across New Year', period: 'week', by: 'district', from: '2019-11-25', to: '2020-02-09' },
  {
    label: 'days around a boundary, suppressed below 5',
    period: 'day',
    by: 'district',
    from: '2019-03-25',
    to: '2019-04-05',
    suppressBelow: 5,
  },
  { label: 'years, range inferred from the data', period: 'year', by: 'district' },
];

/** An option set as `evaluate` takes it. */
export function withoutLabel(optionSet: EvaluateOptions & { readonly label: string }): EvaluateOptions {
  return Object.fromEntries(Object.entries(optionSet).filter(([key]) => key !== 'label')) as EvaluateOptions;
}

export interface LoadedCatalog {
  readonly catalog: Catalog;
  readonly tables: Record<string, Table>;
  readonly records: Record<string, GeneratedRecord[]>;
}

/** Generates each dataset's records and builds the in-process tables (only the fields read, as `lawgauge compute`). */
export function generateCatalogData(
  name: (typeof BUILT_IN)[number],
  rows: number,
  seed: number,
  indicators?: readonly string[],
  by: readonly string[] = ['district', 'procedure'],
): LoadedCatalog {
  const catalog = builtInCatalog(name);
  const tables: Record<string, Table> = {};
  const records: Record<string, GeneratedRecord[]> = {};
  catalog.datasets.forEach((dataset, index) => {
    records[dataset.id] = generateRecords(dataset, { rows, seed: seed + index, invalidShare: 0.002 });
    const names = new Set(dataset.fields.map((field) => field.name));
    const fields = [
      ...new Set([...(fieldsUsed(catalog, indicators).get(dataset.id) ?? []), ...by.filter((name) => names.has(name))]),
    ];
    tables[dataset.id] = ingest(dataset, records[dataset.id]!, { fields });
  });
  return { catalog, tables, records };
}

/** Loads a catalog's generated records into tables named after its datasets. */
export async function loadCatalog(
  connection: SqlConnection,
  data: LoadedCatalog,
  table: (datasetId: string) => string = (id) => id,
): Promise<void> {
  for (const dataset of data.catalog.datasets)
    await loadTable(connection, { dataset, table: table(dataset.id) }, data.records[dataset.id]!);
}

/** In-process and SQL Reports for the same options, and their differences. */
export async function compareEngines(
  data: LoadedCatalog,
  connection: SqlConnection,
  options: EvaluateOptions,
  tables?: Readonly<Record<string, string>>,
): Promise<{ expected: Report[]; actual: Report[]; differences: string[] }> {
  const expected = evaluate(data.catalog, data.tables, options);
  const actual = await evaluateSql(data.catalog, connection, {
    ...options,
    ...(tables === undefined ? {} : { tables }),
  });
  return { expected, actual, differences: reportDifferences(expected, actual) };
}

/** Rows with a value, so a comparison of empty Reports cannot pass unnoticed. */
export function valuedRows(reports: readonly Report[]): number {
  return reports.reduce((sum, report) => sum + report.rows.filter((row) => row.value !== null).length, 0);
}

/**
 * The differential suite every engine runs: each built-in catalog on `rows` generated records per
 * dataset (the first option set) and on a fifth of that (the other option sets: week, day,
 * quarter-to-date and year grids) must give the in-process Reports — counts identical, values
 * within 1e-9, same flags, same quality counts. `connection()` is read when the tests run, after
 * the engine's `beforeAll` has started it; a null connection skips (the reason is printed there).
 */
export function describeEngineEquality(
  engine: string,
  connection: () => SqlConnection | null,
  rows: number,
  tableName: (datasetId: string) => string = (id) => id,
): void {
  describe.each(BUILT_IN)(`${engine} equals the in-process engine: %s`, (name) => {
    const sizes = [
      { rows, suffix: '', optionSets: OPTION_SETS.slice(0, 1) },
      { rows: Math.ceil(rows / 5), suffix: '_small', optionSets: OPTION_SETS.slice(1) },
    ];
    for (const { rows: count, suffix, optionSets } of sizes) {
      const data = generateCatalogData(name, count, 11);
      const table = (id: string): string => `${tableName(id)}${suffix}`;
      beforeAll(async () => {
        const open = connection();
        if (open !== null) await loadCatalog(open, data, table);
      }, 180_000);

      test.for(optionSets)(`$label (${count} rows per dataset)`, async (optionSet, context) => {
        const open = connection();
        if (open === null) return context.skip();
        await expectEqualReports(data, open, withoutLabel(optionSet), table, count);
      });
    }
  });

  // Without long_pending_ratio (whose age filter changes with every period) and median_trial_days
  // (a median over period-to-date windows needs every period), the court catalog runs in event mode:
  // records expanded only to where they start or stop taking part, stocks as running totals.
  describe(`${engine} equals the in-process engine in event mode: court cases without long_pending_ratio and median_trial_days`, () => {
    const count = Math.ceil(rows / 5);
    const indicators = builtInCatalog('court-case-quality')
      .indicators.map((indicator) => indicator.id)
      .filter((id) => id !== 'long_pending_ratio' && id !== 'median_trial_days');
    const data = generateCatalogData('court-case-quality', count, 13, indicators);
    const table = (id: string): string => `${tableName(id)}_events`;
    beforeAll(async () => {
      const open = connection();
      if (open !== null) await loadCatalog(open, data, table);
    }, 180_000);
    const monthToDate = {
      label: 'months to date by district',
      period: 'month',
      by: 'district',
      from: '2019-01-01',
      to: '2019-06-30',
      toDate: true,
    } as const;
    test.for([...OPTION_SETS, monthToDate])(`$label (${count} rows)`, async (optionSet, context) => {
      const open = connection();
      if (open === null) return context.skip();
      expect(
        toSql(data.catalog, {
          dialect: open.dialect,
          from: '2019-01-01',
          to: '2019-01-31',
          ...withoutLabel(optionSet),
          indicators,
        })[0]!.sql,
      ).toMatch(/ AS lg_d0\b/);
      await expectEqualReports(data, open, { ...withoutLabel(optionSet), indicators }, table, count);
    });
  });
}

/** The engine's Reports equal the in-process ones, with every record counted on both sides. */
async function expectEqualReports(
  data: LoadedCatalog,
  connection: SqlConnection,
  options: EvaluateOptions,
  table: (datasetId: string) => string,
  count: number,
): Promise<void> {
  const tables = Object.fromEntries(data.catalog.datasets.map((dataset) => [dataset.id, table(dataset.id)]));
  const { expected, actual, differences } = await compareEngines(data, connection, options, tables);
  expect(differences).toEqual([]);
  expect(valuedRows(actual)).toBeGreaterThan(0);
  for (const [index, report] of actual.entries()) {
    const quality = Object.values(report.quality)[0]!;
    expect(quality.read).toBe(count);
    expect(quality).toEqual(Object.values(expected[index]!.quality)[0]);
  }
  // Quarantined records are counted, not lost, on both sides.
  if (data.catalog.id === 'court-case-quality')
    expect(Object.values(actual[0]!.quality)[0]!.quarantined).toBeGreaterThan(0);
  // So are records an empty needed field leaves out (compared above with the rest of `quality`):
  // a denominator's notNull test, a numerator-only field and a mean's value each leave some out.
  const leftOut = actual.flatMap((report) =>
    Object.keys(Object.values(report.quality)[0]!.excluded ?? {}).map((field) => `${report.indicator.id}.${field}`),
  );
  const computed = new Set(actual.map((report) => report.indicator.id));
  for (const key of LEFT_OUT[data.catalog.id] ?? [])
    if (computed.has(key.split('.')[0]!)) expect(leftOut).toContain(key);
}

/** Per catalog, `indicator.field` exclusions the generated records (8% empty optional fields) always have. */
const LEFT_OUT: Readonly<Record<string, readonly string[]>> = {
  'court-case-quality': [
    'on_time_closure_rate.time_limit_days',
    'enforcement_recovery_rate.claim_amount',
    'enforcement_recovery_rate.recovered_amount',
  ],
  'police-presence': ['safety_feeling_rate.safety_feeling', 'police_satisfaction_index.police_satisfaction'],
  'public-satisfaction': ['public_satisfaction_index.satisfaction'],
};

/**
 * fast-check: random small court tables (0–300 records, 2% invalid values) under random grids,
 * ranges, period-to-date and grouping give the same Reports in process and on the engine.
 */
export async function checkRandomTables(connection: SqlConnection, table: string, numRuns: number): Promise<void> {
  const catalog = builtInCatalog('court-case-quality');
  const dataset = catalog.datasets[0]!;
  await fc.assert(
    fc.asyncProperty(
      fc.record({
        seed: fc.integer({ min: 1, max: 1_000_000 }),
        rows: fc.integer({ min: 0, max: 300 }),
        period: fc.constantFrom(...PERIOD_UNITS.filter((unit) => unit !== 'day')),
        from: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
        span: fc.integer({ min: 0, max: 500 }),
        toDate: fc.boolean(),
        grouped: fc.boolean(),
      }),
      async ({ seed, rows, period, from, span, toDate, grouped }) => {
        const records = generateRecords(dataset, { rows, seed, invalidShare: 0.02 });
        await loadTable(connection, { dataset, table }, records);
        const options = {
          period,
          from: formatDay(from),
          to: formatDay(from + span),
          toDate,
          ...(grouped ? { by: 'district' } : {}),
        };
        const expected = evaluate(catalog, { cases: ingest(dataset, records) }, options);
        const actual = await evaluateSql(catalog, connection, { ...options, tables: { cases: table } });
        expect(reportDifferences(expected, actual)).toEqual([]);
      },
    ),
    { numRuns, seed: 20261128 },
  );
}
