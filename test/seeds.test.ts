import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedFiles } from '../scripts/seeds/seed-files.js';
import {
  BUILT_IN_CATALOGS,
  builtInCatalog,
  evaluate,
  ingest,
  ingestCsv,
  parseMapping,
  type Catalog,
  type Report,
  type Table,
} from '../src/index.js';

const seed = (name: string): string => readFileSync(new URL(`../seeds/${name}`, import.meta.url), 'utf8');
const files = seedFiles();

/** Tables of a catalog read from the seeds, from JSON or from the Chinese CSV through its mapping. */
function tables(catalog: Catalog, from: 'json' | 'csv'): Record<string, Table> {
  const out: Record<string, Table> = {};
  for (const dataset of catalog.datasets) {
    if (from === 'json') {
      out[dataset.id] = ingest(dataset, JSON.parse(seed(`${dataset.id}.json`)) as unknown[]);
    } else {
      const mapping = parseMapping(JSON.parse(seed('mapping.json')));
      out[dataset.id] = ingestCsv(dataset, seed(`${dataset.id}.csv`), { mapping: mapping[dataset.id]! }).table;
    }
  }
  return out;
}

const value = (reports: Report[], indicator: string, period: string, group = '*'): number | null =>
  reports
    .find((r) => r.indicator.id === indicator)!
    .rows.find((row) => row.period === period && (row.group['district'] ?? '*') === group)!.value;

describe('seeds/', () => {
  it.each([...files.keys()])('seeds/%s is what `npm run seeds` writes, byte for byte', (name) => {
    expect(seed(name)).toBe(files.get(name));
  });

  it('stays within 5 MB', () => {
    const total = [...files.keys()].reduce(
      (sum, name) => sum + statSync(new URL(`../seeds/${name}`, import.meta.url)).size,
      0,
    );
    expect(total).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it.each(BUILT_IN_CATALOGS)(
    '%s: the Chinese CSV (through its mapping) and the JSON give identical Reports, nothing quarantined',
    (name) => {
      const catalog = builtInCatalog(name);
      const options = { period: 'quarter', from: '2018-01-01', to: '2020-12-31', by: 'district' } as const;
      const fromJson = tables(catalog, 'json');
      for (const table of Object.values(fromJson)) expect(table.quality.quarantined).toBe(0);
      expect(JSON.stringify(evaluate(catalog, tables(catalog, 'csv'), options))).toBe(
        JSON.stringify(evaluate(catalog, fromJson, options)),
      );
    },
  );
});

describe('the seed data tells a story', () => {
  const police = builtInCatalog('police-presence');
  const policeTables = tables(police, 'json');

  it('street visibility rises after the April 2019 patrol reform', () => {
    const halves = evaluate(police, policeTables, {
      period: 'year',
      from: '2018-01-01',
      to: '2020-12-31',
      indicators: ['street_visibility_rate'],
    });
    expect(value(halves, 'street_visibility_rate', '2020')!).toBeGreaterThan(
      value(halves, 'street_visibility_rate', '2018')! + 0.04,
    );
  });

  it('青浦区 is checked far more, and police are far more visible, during the November 2019 import expo', () => {
    const monthly = evaluate(police, policeTables, {
      from: '2019-01-01',
      to: '2019-12-31',
      by: 'district',
      indicators: ['street_visibility_rate'],
    });
    const yearly = evaluate(police, policeTables, {
      period: 'year',
      from: '2019-01-01',
      to: '2019-12-31',
      by: 'district',
      indicators: ['street_visibility_rate'],
    });
    const november = monthly[0]!.rows.find((row) => row.period === '2019-11' && row.group['district'] === '青浦区')!;
    expect(november.n).toBeGreaterThanOrEqual(24);
    expect(november.value!).toBeGreaterThan(value(yearly, 'street_visibility_rate', '2019', '青浦区')! + 0.1);
  });

  it('courts receive more cases in January, before the Spring Festival, than in February', () => {
    const court = builtInCatalog('court-case-quality');
    const monthly = evaluate(court, tables(court, 'json'), {
      from: '2018-01-01',
      to: '2020-12-31',
      indicators: ['filed_cases'],
    });
    for (const year of [2018, 2019, 2020])
      expect(value(monthly, 'filed_cases', `${year}-01`)!).toBeGreaterThan(
        value(monthly, 'filed_cases', `${year}-02`)! * 1.4,
      );
  });

  it('the case-to-proceeding ratio improves year by year', () => {
    const procuratorate = builtInCatalog('procuratorate');
    const yearly = evaluate(procuratorate, tables(procuratorate, 'json'), {
      period: 'year',
      from: '2018-01-01',
      to: '2020-12-31',
    });
    const [y2018, y2019, y2020] = ['2018', '2019', '2020'].map((year) => value(yearly, 'case_proceeding_ratio', year)!);
    expect(y2018).toBeGreaterThan(y2019!);
    expect(y2019).toBeGreaterThan(y2020!);
  });
});
