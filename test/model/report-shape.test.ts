import { describe, expect, it } from 'vitest';
import {
  builtInCatalog,
  checkReportShape,
  compositeReport,
  evaluate,
  extendCatalog,
  ingest,
  parseReport,
  type Report,
} from '../../src/index.js';
import { shapeIssueText, validReport } from '../../src/internal.js';
import { fixture } from '../support/fixtures.js';
import { accepts, agreesOnMutations, issuesOf, paths, setAt } from '../support/shape-differential.js';

const court = builtInCatalog('court-case-quality');
const cases = ingest(court.datasets[0], fixture('court-cases'));
const reports: Report[] = [
  ...evaluate(court, { cases }, { from: '2019-01-01', to: '2019-04-30', by: 'district', suppressBelow: 2 }),
  ...evaluate(
    builtInCatalog('procuratorate'),
    { procuratorate_cases: ingest(builtInCatalog('procuratorate').datasets[0], fixture('procuratorate-cases')) },
    { from: '2019-03-01', to: '2019-03-31' },
  ),
];
const withGoalposts = extendCatalog(court, {
  composites: { fairness: { normalisation: { method: 'goalposts', lo: 0, hi: 1, scale: 100 } } },
});
const toy = compositeReport(
  withGoalposts,
  evaluate(withGoalposts, { cases }, { period: 'year', from: '2019-01-01', to: '2019-12-31', by: 'district' }),
  { composite: 'fairness', rank: true },
);
reports.push(toy);
// A Report carrying names of its group values (optional; written by producers, not the core).
reports.push({
  ...reports[0]!,
  groupLabels: {
    district: { 黄浦区: { 'zh-CN': '黄浦区', en: 'Huangpu' }, 徐汇区: { 'zh-CN': '徐汇区', en: 'Xuhui' } },
  },
});

// A Report written before sources could be localized: one string, shown in both languages.
reports.push({ ...reports[0]!, indicator: { ...reports[0]!.indicator, source: '最高人民法院审判质效评估指标' } });

describe("the indicator's source: one string (as before) or a text in both languages", () => {
  it('the built-in catalogs give theirs in both languages, and every check accepts both shapes', () => {
    const localized = reports.find((report) => report.indicator.id === 'clearance_rate')!;
    expect(localized.indicator.source).toEqual({
      'zh-CN': expect.stringContaining('最高人民法院'),
      en: expect.stringContaining("Supreme People's Court"),
    });
    for (const report of [localized, reports.at(-1)!]) {
      expect(parseReport(JSON.parse(JSON.stringify(report)))).toEqual(report);
      expect(issuesOf(checkReportShape, report)).toEqual([]);
      expect(() => validReport(report)).not.toThrow();
    }
  });

  it('a text missing a language, or a number, is refused by each check at indicator.source', () => {
    for (const source of [{ 'zh-CN': '来源' }, 7]) {
      const bad = { ...reports[0]!, indicator: { ...reports[0]!.indicator, source } };
      expect(() => parseReport(bad)).toThrow(/indicator\.source/);
      expect(issuesOf(checkReportShape, bad).map((issue) => issue.path.slice(0, 2))).toEqual([['indicator', 'source']]);
      expect(() => validReport(bad)).toThrow();
    }
  });
});

describe('checkReportShape(json) agrees with parseReport(json)', () => {
  it('accepts every Report the core produces, and gives the issues zod gives on mutated Reports (fast-check, seeded)', () => {
    agreesOnMutations(reports, checkReportShape, parseReport, 3000, validReport);
  });

  it('rejects prototype keys by name and names the path of a problem', () => {
    const polluted = JSON.parse(
      JSON.stringify(reports[0]).replace('"schema":', '"__proto__":{"x":1},"schema":'),
    ) as unknown;
    expect(() => checkReportShape(polluted)).toThrow('report.__proto__: the key "__proto__" is not allowed');
    const broken = setAt(JSON.parse(JSON.stringify(reports[0])), ['rows', 2, 'n'], () => -1);
    expect(() => checkReportShape(broken)).toThrow('report.rows[2].n: expected ≥ 0, got number -1');
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
          const node = path.reduce<unknown>(
            (at, step) => (at as Record<string | number, unknown>)[step],
            copy,
          ) as object;
          // An own key, as JSON.parse makes it (assignment would set the prototype instead).
          Object.defineProperty(node, key, { value: 1, enumerable: true, configurable: true, writable: true });
          expect(() => checkReportShape(copy), `${key} at ${JSON.stringify(path)}`).toThrow(
            `the key "${key}" is not allowed`,
          );
          placed++;
        }
      }
    }
    expect(placed).toBeGreaterThan(1000);
  });

  it('reads rows as zod does: an inherited field is read, a null-prototype row is fine, keys in any order', () => {
    for (const report of reports) {
      const json = JSON.parse(JSON.stringify(report)) as { rows: Record<string, unknown>[] };
      const row = json.rows[0]!;
      const { period, ...rest } = row;
      json.rows[0] = Object.assign(Object.create({ period }) as Record<string, unknown>, rest);
      expect(issuesOf(checkReportShape, json), report.indicator.id).toEqual(issuesOf(parseReport, json));
      json.rows[0] = Object.assign(Object.create(null) as Record<string, unknown>, row);
      expect(accepts(checkReportShape, json), report.indicator.id).toBe(true);
      // Keys in another order than the core writes them: still only known keys. (A fresh Report
      // each time: an accepted one is remembered as checked.)
      const reordered = (entries: [string, unknown][]): unknown => ({
        ...json,
        rows: [Object.fromEntries(entries), ...json.rows.slice(1)],
      });
      expect(accepts(checkReportShape, reordered(Object.entries(row).reverse())), report.indicator.id).toBe(true);
      expect(
        () => checkReportShape(reordered([...Object.entries(row).reverse(), ['extra', 1]])),
        report.indicator.id,
      ).toThrow('report.rows[0].extra: unknown key "extra"');
    }
  });

  it('tests a date or group key unlike the last one that passed (the checker remembers only those)', () => {
    const json = JSON.parse(JSON.stringify(reports[0])) as { rows: Record<string, unknown>[] };
    const [first, second, third] = json.rows as [
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    expect(second['start']).toBe(first['start']);
    second['start'] = `${String(first['start'])} `;
    second['end'] = String(first['end']).replace(/-(\d\d)$/, '-$1x');
    third['group'] = { 'bad-key': '徐汇区' };
    expect(() => checkReportShape(json)).toThrow(
      /rows\[1\]\.start: expected a date YYYY-MM-DD[^]*rows\[1\]\.end: expected a date YYYY-MM-DD[^]*rows\[2\]\.group\.bad-key: invalid key "bad-key": expected an identifier/,
    );
    expect(issuesOf(checkReportShape, json)).toEqual(issuesOf(parseReport, json));
    // And the same Report, put right, passes: what was remembered did not stick to the faults.
    second['start'] = first['start'];
    second['end'] = first['end'];
    third['group'] = first['group'];
    expect(accepts(checkReportShape, json)).toBe(true);
  });

  it('gives every problem its own path (the walk shares one path array and copies it per problem)', () => {
    const json = JSON.parse(JSON.stringify(reports[0])) as {
      rows: Record<string, unknown>[];
      indicator: Record<string, unknown>;
    };
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
      ['indicator', 'polarity', 'band', 1],
      ['rows', 1, 'extra'],
      ['rows', 2, 'n'],
      ['rows', 3, 'ci', 'high'],
      ['rows', 4, 'end'],
    ]);
    const nested = JSON.parse('{"a":[{"b":1},{"__proto__":2,"c":[{"constructor":3}]}],"prototype":4}') as unknown;
    expect(() => checkReportShape(nested)).toThrow(
      /report\.a\[1\]\.__proto__: .*\nreport\.a\[1\]\.c\[0\]\.constructor: .*\nreport\.prototype: /,
    );
  });
});

describe('checkReportShape(json) and parseReport(json) reject impossible numbers, dates and period keys, with a path', () => {
  const byId = (
    id: string,
  ): { rows: Record<string, unknown>[]; indicator: Record<string, unknown>; period: Record<string, unknown> } =>
    JSON.parse(JSON.stringify(reports.find((report) => report.indicator.id === id)!)) as never;
  const firstValued = (json: { rows: Record<string, unknown>[] }): number =>
    json.rows.findIndex((row) => row['value'] !== null && row['denominator'] !== null);
  /** Both checks reject `json` alike, naming `message` at `path`. */
  const rejected = (json: unknown, path: string, message: string): void => {
    expect(issuesOf(checkReportShape, json)).toEqual(issuesOf(parseReport, json));
    expect(() => checkReportShape(json)).toThrow(`${path}: ${message}`);
  };

  it('a negative denominator or numerator of a rate (counts of records), and a negative rate', () => {
    const json = byId('clearance_rate');
    const r = firstValued(json);
    json.rows[r]!['denominator'] = -5;
    rejected(json, `report.rows[${r}].denominator`, 'expected ≥ 0, got number -5');
    const numerator = byId('clearance_rate');
    numerator.rows[r]!['numerator'] = -3;
    rejected(numerator, `report.rows[${r}].numerator`, 'expected ≥ 0, got number -3');
    // Counts are whole: 2.5 records is no count.
    const half = byId('clearance_rate');
    half.rows[r]!['denominator'] = 2.5;
    rejected(half, `report.rows[${r}].denominator`, 'expected int, got number 2.5');
    // −3 of 5 shown as −60.0% before: counts fine, the value impossible.
    const value = byId('clearance_rate');
    value.rows[r]!['value'] = -0.6;
    rejected(value, `report.rows[${r}].value`, 'expected ≥ 0, got number -0.6');
  });

  it("a count's value must be a whole number ≥ 0; a complement's denominator is its rate's", () => {
    const count = byId('closed_cases');
    count.rows[0]!['value'] = -1;
    rejected(count, 'report.rows[0].value', 'expected ≥ 0, got number -1');
    const complement = byId('acceptance_rate');
    const r = firstValued(complement);
    complement.rows[r]!['denominator'] = -5;
    rejected(complement, `report.rows[${r}].denominator`, 'expected ≥ 0, got number -5');
  });

  it('leaves what is merely unusual: a ratio of sums may have a negative side, a mean of days may be negative', () => {
    const ratio = byId('enforcement_recovery_rate');
    const r = firstValued(ratio);
    // Σ of a signed amount field can be negative; the kit does not know the field's sign.
    ratio.rows[r]!['denominator'] = -5;
    ratio.rows[r]!['numerator'] = 3;
    ratio.rows[r]!['value'] = -0.6;
    expect(accepts(parseReport, ratio)).toBe(true);
    expect(accepts(checkReportShape, ratio)).toBe(true);
    const days = byId('avg_trial_days');
    days.rows[0]!['value'] = -2;
    expect(accepts(parseReport, days)).toBe(true);
    expect(accepts(checkReportShape, days)).toBe(true);
  });

  it("a rate's, a ratio's or a complement's value that is not its numerator ÷ denominator", () => {
    // 14 of 25 shown as 1e15 (as 100,000,000,000,000,000.0%) when a value was edited by hand.
    for (const id of ['clearance_rate', 'enforcement_recovery_rate', 'acceptance_rate']) {
      const json = byId(id);
      const r = firstValued(json);
      json.rows[r]!['value'] = 1e15;
      rejected(json, `report.rows[${r}].value`, "a rate's or a ratio's value is its numerator ÷ denominator");
    }
    // A SQL engine's division may differ in the last digits: within 1e-9 relative, the same value.
    const close = byId('clearance_rate');
    const r = firstValued(close);
    const row = close.rows[r]!;
    row['value'] = ((row['numerator'] as number) / (row['denominator'] as number)) * (1 + 1e-12);
    expect(accepts(parseReport, close)).toBe(true);
    expect(accepts(checkReportShape, close)).toBe(true);
    // A count's value has no parts to agree with.
    const count = byId('closed_cases');
    count.rows[0]!['value'] = 1e15;
    expect(accepts(parseReport, count)).toBe(true);
  });

  it('numbers beyond ±(2^53 − 1) in a row or the target; whole numbers beyond 2^53', () => {
    const big = byId('clearance_rate');
    const r = firstValued(big);
    big.rows[r]!['value'] = 1e300;
    rejected(big, `report.rows[${r}].value`, 'expected ≤ 9007199254740991, got number 1e+300');
    const target = byId('clearance_rate');
    target.indicator['target'] = -1e300;
    rejected(target, 'report.indicator.target', 'expected ≥ -9007199254740991, got number -1e+300');
    const change = byId('clearance_rate');
    change.rows[r]!['change'] = {
      previous: { period: '2019-01', value: 0.5, delta: 1e17, relative: 1e17 },
      yearAgo: null,
    };
    rejected(
      change,
      `report.rows[${r}].change.previous.delta`,
      'expected ≤ 9007199254740991, got number 100000000000000000',
    );
    const n = byId('clearance_rate');
    n.rows[r]!['n'] = 1e300;
    rejected(n, `report.rows[${r}].n`, 'expected ≤ 9007199254740991, got number 1e+300');
    // 2^53 − 1 itself is a number a Report may hold; a relative change may be larger still.
    const edge = byId('closed_filed_ratio');
    edge.rows[0]!['value'] = Number.MAX_SAFE_INTEGER;
    edge.rows[0]!['change'] = {
      previous: { period: '2019-01', value: 1e-12, delta: 1, relative: 1e12 * 1e12 },
      yearAgo: null,
    };
    expect(accepts(parseReport, edge)).toBe(true);
    expect(accepts(checkReportShape, edge)).toBe(true);
  });

  it('dates that do not exist, in rows and in the period', () => {
    const row = byId('clearance_rate');
    row.rows[1]!['start'] = '2019-02-30';
    rejected(row, 'report.rows[1].start', '"2019-02-30" is not a real date: 2019-02 has 28 days, not 30');
    const period = byId('clearance_rate');
    period.period['to'] = '2019-04-31';
    rejected(period, 'report.period.to', '"2019-04-31" is not a real date: 2019-04 has 30 days, not 31');
    // Misspelt rather than missing: said once, not once by the pattern and again by the calendar.
    const misspelt = byId('clearance_rate');
    misspelt.period['to'] = '2019-4-30';
    expect(issuesOf(checkReportShape, misspelt).map((issue) => issue.message)).toEqual([
      'expected a date YYYY-MM-DD, got "2019-4-30"',
    ]);
  });

  it('period keys that name no period: markup, month 13, week 60, and in a change', () => {
    for (const key of ['<b>x</b>', '2019-13', '2019-W60', '2019-Q5', '']) {
      const json = byId('clearance_rate');
      json.rows[0]!['period'] = key;
      rejected(
        json,
        'report.rows[0].period',
        'expected a period key such as 2019, 2019-Q1, 2019-03, 2019-W10 or 2019-03-05',
      );
    }
    const change = byId('clearance_rate');
    const r = firstValued(change);
    change.rows[r]!['change'] = {
      previous: null,
      yearAgo: { period: '2018-02-29', value: 0.5, delta: 0.1, relative: 0.2 },
    };
    rejected(change, `report.rows[${r}].change.yearAgo.period`, 'expected a period key');
  });

  it("gives zod's codes and params, which the widgets word in each language", () => {
    const json = byId('clearance_rate');
    json.rows[1]!['denominator'] = -5;
    json.rows[2]!['extra'] = 1;
    const issues = issuesOf(checkReportShape, json);
    // The measure kind's rules run only on a Report of the right shape.
    expect(issues).toEqual([
      { code: 'unknown_key', path: ['rows', 2, 'extra'], message: 'unknown key "extra"', params: { key: 'extra' } },
    ]);
    delete json.rows[2]!['extra'];
    const [count] = issuesOf(checkReportShape, json);
    expect(count).toEqual({
      code: 'too_small',
      path: ['rows', 1, 'denominator'],
      message: 'expected ≥ 0, got number -5',
      params: { origin: 'number', limit: '0', inclusive: true, got: 'number', value: '-5' },
    });
    expect(shapeIssueText(count!, 'zh-CN')).toBe('应 ≥ 0，实为数字 -5');
    expect(shapeIssueText(count!, 'en')).toBe(count!.message);
  });
});

describe('checkReportShape(input) on objects no JSON makes: cycles, great depth', () => {
  const lawGaugeError = (input: unknown): { name: string; message: string } => {
    try {
      checkReportShape(input);
    } catch (error) {
      return error as { name: string; message: string };
    }
    throw new Error('accepted');
  };

  it('names the problems of a cyclic Report instead of overflowing the stack', () => {
    const json = JSON.parse(JSON.stringify(reports[0])) as Record<string, unknown>;
    json['self'] = json;
    (json['rows'] as Record<string, unknown>[])[0]!['group'] = { district: json };
    const error = lawGaugeError(json);
    expect(error.name).toBe('LawGaugeError');
    expect(error.message).toContain(
      'report.rows[0].group.district: expected string or number or boolean or null, got an object',
    );
    expect(error.message).toContain('report.self: unknown key "self"');
  });

  it('names the problems of a document nested 20,000 deep, from JSON.parse or from code, and finds a forbidden key at the bottom', () => {
    const depth = 20_000;
    const text = `{"schema":"lawgauge/report@1","deep":${'{"a":'.repeat(depth)}{"__proto__":1}${'}'.repeat(depth)}}`;
    const error = lawGaugeError(JSON.parse(text));
    expect(error.name).toBe('LawGaugeError');
    expect(error.message).toMatch(/^report\.deep(\.a){20000}\.__proto__: the key "__proto__" is not allowed/);
    let built: Record<string, unknown> = {};
    const root = { schema: 'lawgauge/report@1', deep: built };
    for (let level = 0; level < depth; level++) built = built['a'] = {} as Record<string, unknown>;
    expect(lawGaugeError(root).message).toContain('report.deep: unknown key "deep"');
  });
});
