import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInCatalog, checkReportShape, compositeReport, evaluate, extendCatalog, ingest, parseReport, type Report } from '../../src/index.js';
import { fixture } from '../support/fixtures.js';

const court = builtInCatalog('court-case-quality');
const cases = ingest(court.datasets[0], fixture('court-cases'));
const reports: Report[] = [
  ...evaluate(court, { cases }, { from: '2019-01-01', to: '2019-04-30', by: 'district', suppressBelow: 2 }),
  ...evaluate(builtInCatalog('procuratorate'), { procuratorate_cases: ingest(builtInCatalog('procuratorate').datasets[0], fixture('procuratorate-cases')) }, { from: '2019-03-01', to: '2019-03-31' }),
];
const withGoalposts = extendCatalog(court, { composites: { fairness: { normalisation: { method: 'goalposts', lo: 0, hi: 1, scale: 100 } } } });
const toy = compositeReport(withGoalposts, evaluate(withGoalposts, { cases }, { period: 'year', from: '2019-01-01', to: '2019-12-31', by: 'district' }), { composite: 'fairness', rank: true });
reports.push(toy);

const accepts = (check: (input: unknown) => unknown, input: unknown): boolean => {
  try {
    check(input);
    return true;
  } catch {
    return false;
  }
};

/** Every path to a value inside a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, i) => paths(item, [...prefix, i]))];
  if (value !== null && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

function setAt(root: unknown, path: readonly (string | number)[], make: (old: unknown) => unknown): unknown {
  if (path.length === 0) return make(root);
  const copy = JSON.parse(JSON.stringify(root)) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  const replacement = make(node[last]);
  if (replacement === DELETE) Reflect.deleteProperty(node, last);
  else node[last] = replacement;
  return copy;
}
const DELETE = Symbol('delete');

const mutations: ((old: unknown) => unknown)[] = [
  () => DELETE,
  () => null,
  () => 'x',
  () => -1.5,
  () => 7,
  () => true,
  () => [],
  () => ({}),
  () => '2019-13',
  () => '__proto__',
  () => Number.NaN,
  (old) => (old !== null && typeof old === 'object' && !Array.isArray(old) ? { ...old, extra: 1 } : old),
];

describe('checkReportShape(json) agrees with parseReport(json)', () => {
  it('accepts every Report the core produces', () => {
    for (const report of reports) {
      const json = JSON.parse(JSON.stringify(report)) as unknown;
      expect(accepts(parseReport, json)).toBe(true);
      expect(accepts(checkReportShape, json)).toBe(true);
    }
  });

  it('gives the same verdict on mutated Reports (fast-check, seeded)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(mutations.length - 1), (r, p, m) => {
        const report = JSON.parse(JSON.stringify(reports[r % reports.length])) as unknown;
        const all = paths(report);
        const mutated = setAt(report, all[p % all.length]!, mutations[m]!);
        const where = `${JSON.stringify(all[p % all.length])} mutation ${m}`;
        expect(accepts(checkReportShape, mutated), where).toBe(accepts(parseReport, mutated));
      }),
      { seed: 3, numRuns: 3000 },
    );
  });

  it('rejects prototype keys by name and names the path of a problem', () => {
    const polluted = JSON.parse(JSON.stringify(reports[0]).replace('"schema":', '"__proto__":{"x":1},"schema":')) as unknown;
    expect(() => checkReportShape(polluted)).toThrow('report.__proto__: the key "__proto__" is not allowed');
    const broken = setAt(JSON.parse(JSON.stringify(reports[0])), ['rows', 2, 'n'], () => -1);
    expect(() => checkReportShape(broken)).toThrow('report.rows[2].n: expected a whole number ≥ 0');
  });

  it('rejects a prototype key placed in any object of any Report, naming it (the shape alone already fails)', () => {
    let placed = 0;
    for (const report of reports) {
      const json = JSON.parse(JSON.stringify(report)) as unknown;
      for (const path of paths(json)) {
        const target = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], json);
        if (target === null || typeof target !== 'object' || Array.isArray(target)) continue;
        for (const key of ['__proto__', 'constructor', 'prototype']) {
          const copy = JSON.parse(JSON.stringify(json)) as unknown;
          const node = path.reduce<unknown>((at, step) => (at as Record<string | number, unknown>)[step], copy) as object;
          // An own key, as JSON.parse makes it (assignment would set the prototype instead).
          Object.defineProperty(node, key, { value: 1, enumerable: true, configurable: true, writable: true });
          expect(() => checkReportShape(copy), `${key} at ${JSON.stringify(path)}`).toThrow(`the key "${key}" is not allowed`);
          placed++;
        }
      }
    }
    expect(placed).toBeGreaterThan(1000);
  });

  it('checks rows by their own keys: an inherited field is missing, a null-prototype row is fine (the common-row shortcut agrees)', () => {
    for (const report of reports) {
      const json = JSON.parse(JSON.stringify(report)) as { rows: Record<string, unknown>[] };
      const row = json.rows[0]!;
      const { period, ...rest } = row;
      json.rows[0] = Object.assign(Object.create({ period }) as Record<string, unknown>, rest);
      expect(() => checkReportShape(json), report.indicator.id).toThrow('report.rows[0].period: is required');
      json.rows[0] = Object.assign(Object.create(null) as Record<string, unknown>, row);
      expect(accepts(checkReportShape, json), report.indicator.id).toBe(true);
      // Keys in another order than the core writes them: still only known keys. (A fresh Report
      // each time: an accepted one is remembered as checked.)
      const reordered = (entries: [string, unknown][]): unknown => ({ ...json, rows: [Object.fromEntries(entries), ...json.rows.slice(1)] });
      expect(accepts(checkReportShape, reordered(Object.entries(row).reverse())), report.indicator.id).toBe(true);
      expect(() => checkReportShape(reordered([...Object.entries(row).reverse(), ['extra', 1]])), report.indicator.id).toThrow('report.rows[0].extra: unknown key "extra"');
    }
  });

  it('tests a date or group key unlike the last one that passed (the common-row shortcut remembers only those)', () => {
    const json = JSON.parse(JSON.stringify(reports[0])) as { rows: Record<string, unknown>[] };
    const [first, second, third] = json.rows as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
    expect(second['start']).toBe(first['start']);
    second['start'] = `${String(first['start'])} `;
    second['end'] = String(first['end']).replace(/-(\d\d)$/, '-$1x');
    third['group'] = { 'bad-key': '徐汇区' };
    expect(() => checkReportShape(json)).toThrow(/rows\[1\]\.start: expected a date YYYY-MM-DD[^]*rows\[1\]\.end: expected a date YYYY-MM-DD[^]*rows\[2\]\.group\.bad-key: expected an identifier key/);
    // And the same Report, put right, passes: what was remembered did not stick to the faults.
    second['start'] = first['start'];
    second['end'] = first['end'];
    third['group'] = first['group'];
    expect(accepts(checkReportShape, json)).toBe(true);
  });

  it('gives every problem its own path (the walk shares one path array and copies it per problem)', () => {
    const json = JSON.parse(JSON.stringify(reports[0])) as { rows: Record<string, unknown>[]; indicator: Record<string, unknown> };
    json.rows[1]!['extra'] = 1;
    json.rows[2]!['n'] = -1;
    (json.rows[3]!['ci'] as Record<string, unknown> | null) ??= { low: 0, high: 1 };
    (json.rows[3]!['ci'] as Record<string, unknown>)['high'] = 'x';
    delete json.rows[4]!['end'];
    json.indicator['polarity'] = { band: [0, 'y'] };
    const error = (() => {
      try {
        checkReportShape(json);
      } catch (caught) {
        return caught as { issues: { path: readonly (string | number)[] }[] };
      }
      throw new Error('accepted');
    })();
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['indicator', 'polarity'],
      ['rows', 1, 'extra'],
      ['rows', 2, 'n'],
      ['rows', 3, 'ci', 'high'],
      ['rows', 4, 'end'],
    ]);
    const nested = JSON.parse('{"a":[{"b":1},{"__proto__":2,"c":[{"constructor":3}]}],"prototype":4}') as unknown;
    expect(() => checkReportShape(nested)).toThrow(/report\.a\[1\]\.__proto__: .*\nreport\.a\[1\]\.c\[0\]\.constructor: .*\nreport\.prototype: /);
  });
});
