import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  carriedFunnel,
  carriedSpc,
  funnel,
  parseReport,
  spc,
  withFunnel,
  withSpc,
  type FunnelOptions,
  type Report,
  type SpcOptions,
  type SqlConnection,
} from '../../src/index.js';
import { duckdbConnection } from '../../src/node/index.js';
import { compareEngines, generateCatalogData, loadCatalog } from './support/differential.js';

/*
 * spc() and funnel() read Report rows only, so a Report computed in DuckDB gives the same charts
 * and funnels as the in-process Report of the same records: p′ charts and funnels from the rows'
 * numerators and denominators (whole numbers, so exactly), XmR charts from the values (equal to the
 * last bits or so, as the engines' values are; reportDifferences holds them to that).
 */

const INDICATORS = ['street_visibility_rate', 'duty_engagement_rate', 'police_satisfaction_index'];
let instance: DuckDBInstance;
let connection: SqlConnection;
let pairs: (readonly [inProcess: Report, sql: Report])[];

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = duckdbConnection(await instance.connect());
  const data = generateCatalogData('police-presence', 20_000, 23, INDICATORS, ['district']);
  await loadCatalog(connection, data);
  const options = { from: '2018-01-01', to: '2020-12-31', by: ['district'], indicators: INDICATORS, suppressBelow: 3 };
  const { expected, actual, differences } = await compareEngines(data, connection, options);
  expect(differences).toEqual([]);
  pairs = expected.map((report, index) => [report, actual[index]!] as const);
}, 60_000);
afterAll(() => instance.closeSync());

/** Numbers equal to 12 significant digits, everything else exactly. */
function expectSame(actual: unknown, expected: unknown, path = ''): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
    return;
  }
  if (expected === null || typeof expected !== 'object') {
    expect(actual, path).toEqual(expected);
    return;
  }
  expect(typeof actual, path).toBe('object');
  expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected))
    expectSame((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
}

describe('spc() and funnel() on a DuckDB Report equal those on the in-process Report', () => {
  const spcOptions: SpcOptions[] = [{ chart: 'xmr' }, { chart: 'xmr', phases: ['2019-04'], baseline: 12 }];
  const rateOptions: SpcOptions[] = [{ chart: 'pprime' }, { chart: 'pprime', phases: ['2019-04'] }];
  const funnelOptions: FunnelOptions[] = [{}, { overdispersion: false, period: '2019-06' }];

  it('XmR on every indicator, carried and read back', () => {
    for (const [inProcess, sql] of pairs) {
      for (const options of spcOptions) {
        const expected = spc(inProcess, options);
        expectSame(spc(sql, options), expected, inProcess.indicator.id);
        const carried = parseReport(JSON.parse(JSON.stringify(withSpc(sql, options))));
        expectSame(carriedSpc(carried), expected, inProcess.indicator.id);
      }
    }
  });

  it('p′ charts and funnels of the rates, exactly', () => {
    const rates = pairs.filter(([report]) => report.indicator.measure === 'rate');
    expect(rates.length).toBe(2);
    for (const [inProcess, sql] of rates) {
      for (const options of rateOptions) expect(spc(sql, options)).toEqual(spc(inProcess, options));
      for (const options of funnelOptions) {
        expect(funnel(sql, options)).toEqual(funnel(inProcess, options));
        const carried = parseReport(JSON.parse(JSON.stringify(withFunnel(sql, options))));
        expect(carriedFunnel(carried)).toEqual(funnel(inProcess, options));
      }
      // Something to compare: points beyond the limits and groups in the funnels.
      expect(funnel(sql).periods.some((period) => period.k >= 2)).toBe(true);
    }
  });
});
