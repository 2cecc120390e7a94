import { describe, expect, it } from 'vitest';
import { LawGaugeError, parseCatalog, type Catalog } from '../../src/index.js';
import { courtCatalog } from '../support/court-catalog.js';

/** A deep, mutable copy of the example catalog to break on purpose. */
function brokenCatalog(): Record<string, unknown> & { indicators: Record<string, unknown>[]; composites?: unknown[] } {
  return JSON.parse(JSON.stringify(courtCatalog())) as ReturnType<typeof brokenCatalog>;
}

function problemsOf(input: unknown): LawGaugeError {
  try {
    parseCatalog(input);
  } catch (error) {
    if (error instanceof LawGaugeError) return error;
    throw error;
  }
  throw new Error('expected parseCatalog to throw');
}

const rateWithFilter = (where: unknown): Record<string, unknown> => ({
  id: 'broken_rate',
  label: { 'zh-CN': '坏', en: 'Broken' },
  description: { 'zh-CN': '坏', en: 'Broken' },
  unit: 'percent',
  polarity: 'higher-better',
  dataset: 'cases',
  measure: { kind: 'rate', numerator: { where }, denominator: { time: { flow: 'closed_on' } } },
});

describe('parseCatalog(input) rejects broken definitions with the path of every problem', () => {
  it('accepts the example catalog', () => {
    expect(() => courtCatalog()).not.toThrow();
  });

  it("an indicator's source is one string (as before) or a text in both languages; half a text is refused by path", () => {
    for (const source of ['最高人民法院', { 'zh-CN': '最高人民法院', en: "Supreme People's Court" }]) {
      const catalog = brokenCatalog();
      catalog.indicators[0]!['source'] = source;
      expect(parseCatalog(catalog).indicators[0]!.source).toEqual(source);
    }
    const catalog = brokenCatalog();
    catalog.indicators[0]!['source'] = { 'zh-CN': '最高人民法院' };
    expect(problemsOf(catalog).message).toMatch(/^catalog\.indicators\[0\]\.source/);
  });

  it('names a filter on an unknown field with its full path and the known fields', () => {
    const catalog = brokenCatalog();
    catalog.indicators.push(rateWithFilter({ and: [{ field: 'appealed' }, { field: 'closed_date', op: 'notNull' }] }));
    const error = problemsOf(catalog);
    expect(error.message).toBe(
      'catalog.indicators[16].measure.numerator.where.and[1].field: unknown field "closed_date" in dataset "cases"; known: case_id, court, district, case_type, procedure, filed_on, closed_on, time_limit_days, excluded_days, disposition, mediable, appealed, appeal_outcome, claim_amount, recovered_amount, review_grade',
    );
    expect(error.issues[0]).toMatchObject({
      code: 'unknown_reference',
      params: { kind: 'field', id: 'closed_date', dataset: 'cases' },
      path: ['indicators', 16, 'measure', 'numerator', 'where', 'and', 1, 'field'],
    });
  });

  it('rejects a rate over a non-boolean filter', () => {
    const catalog = brokenCatalog();
    catalog.indicators.push(rateWithFilter({ field: 'time_limit_days' }));
    const error = problemsOf(catalog);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.code).toBe('non_boolean_filter');
    expect(error.message).toMatch(
      /^catalog\.indicators\[16\]\.measure\.numerator\.where\.field: .*"time_limit_days" is integer/,
    );
  });

  it('rejects unknown keys, naming each', () => {
    const catalog = brokenCatalog();
    (catalog.indicators[0] as Record<string, unknown>)['colour'] = 'red';
    (catalog.indicators[3]!['measure'] as Record<string, unknown>)['weights'] = [1];
    const error = problemsOf(catalog);
    expect(error.issues.map((issue) => issue.message)).toEqual(['unknown key "colour"', 'unknown key "weights"']);
    expect(error.message).toContain('catalog.indicators[0].colour: unknown key "colour"');
    expect(error.message).toContain('catalog.indicators[3].measure.weights: unknown key "weights"');
  });

  it('rejects __proto__, constructor and prototype keys by name before anything else reads them', () => {
    const text = JSON.stringify(courtCatalog()).replace(
      '"unit":"count"',
      '"__proto__":{"polluted":true},"unit":"count"',
    );
    const error = problemsOf(JSON.parse(text));
    expect(error.issues[0]).toMatchObject({ code: 'forbidden_key', path: ['indicators', 0, '__proto__'] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const withConstructor = brokenCatalog();
    (withConstructor.indicators[1]!['measure'] as Record<string, unknown>)['constructor'] = {};
    expect(problemsOf(withConstructor).message).toContain(
      'catalog.indicators[1].measure.constructor: the key "constructor" is not allowed',
    );
  });

  it('rejects a field named like a prototype member', () => {
    const catalog = brokenCatalog();
    const datasets = catalog['datasets'] as { fields: { name: string }[] }[];
    datasets[0]!.fields[0]!.name = 'prototype';
    expect(problemsOf(catalog).message).toContain('catalog.datasets[0].fields[0].name: is a reserved name');
  });

  it('rejects a cycle in composites', () => {
    const catalog = brokenCatalog();
    const label = { 'zh-CN': '指数', en: 'Index' };
    catalog.composites = [
      { id: 'outer', label, children: [{ indicator: 'clearance_rate' }, { composite: 'inner' }] },
      { id: 'inner', label, children: [{ composite: 'outer', weight: 2 }] },
    ];
    const error = problemsOf(catalog);
    expect(error.issues).toEqual([
      {
        code: 'cycle',
        path: ['composites', 0, 'children'],
        message: 'composites form a cycle: outer → inner → outer',
        params: { composites: ['outer', 'inner', 'outer'] },
      },
    ]);
  });

  it('rejects references to unknown datasets, indicators and composites', () => {
    const catalog = brokenCatalog();
    catalog.indicators[0]!['dataset'] = 'courts';
    catalog.indicators[10]!['measure'] = { kind: 'complement', of: 'apeal_rate' };
    catalog.composites = [
      {
        id: 'x',
        label: { 'zh-CN': 'x', en: 'x' },
        children: [{ composite: 'nope' }, { indicator: 'clearance_rate', composite: 'nope' }],
      },
    ];
    const messages = problemsOf(catalog).message.split('\n');
    expect(messages).toEqual([
      'catalog.indicators[0].dataset: unknown dataset "courts"; known: cases',
      expect.stringMatching(
        /^catalog\.indicators\[10\]\.measure\.of: unknown indicator "apeal_rate"; known: filed_cases, /,
      ),
      'catalog.composites[0].children[0].composite: unknown composite "nope"',
      'catalog.composites[0].children[1]: a child names exactly one of "indicator" or "composite"',
    ]);
  });

  it('rejects a complement of something that is not a rate', () => {
    const catalog = brokenCatalog();
    catalog.indicators[10]!['measure'] = { kind: 'complement', of: 'median_trial_days' };
    expect(problemsOf(catalog).message).toBe(
      'catalog.indicators[10].measure.of: "median_trial_days" is a median; a complement needs a rate',
    );
  });

  it('checks operand types, constants and operators against the dataset', () => {
    const catalog = brokenCatalog();
    catalog.indicators.push(
      rateWithFilter({
        or: [
          { field: 'case_type', op: 'eq', value: 'civl' },
          { field: 'case_type', op: 'lt', value: 'civil' },
          { field: 'filed_on', op: 'ge', value: '2019-02-30' },
          { field: 'closed_on', op: 'le', other: 'time_limit_days' },
          { field: 'district', op: 'in', value: 'A' },
          { field: 'appealed', op: 'eq' },
        ],
      }),
    );
    const base = 'catalog.indicators[16].measure.numerator.where.or';
    expect(problemsOf(catalog).message.split('\n')).toEqual([
      `${base}[0].value: "civl" is not a value of "case_type"; expected one of criminal (刑事), civil (民事), commercial (商事), administrative (行政), enforcement (执行); did you mean "civil"?`,
      `${base}[1].op: "lt" compares numbers or dates; "case_type" is enum`,
      `${base}[2].value: "2019-02-30" is not a real date: 2019-02 has 28 days, not 30`,
      `${base}[3].other: cannot compare a date with a number`,
      `${base}[4].value: "in" needs "value": an array of constants`,
      `${base}[5]: "eq" needs exactly one of "value" (a constant) or "other" (another field)`,
    ]);
  });

  it('accepts Chinese synonyms as enum constants', () => {
    const catalog = brokenCatalog();
    catalog.indicators.push(rateWithFilter({ field: 'case_type', op: 'in', value: ['刑事', 'civil'] }));
    expect(() => parseCatalog(catalog)).not.toThrow();
  });

  it('checks thresholds against the polarity', () => {
    const catalog = brokenCatalog();
    catalog.indicators[3]!['thresholds'] = { good: 0.8, warning: 0.9 };
    catalog.indicators[8]!['thresholds'] = { good: 0.1, warning: 0.05 };
    expect(problemsOf(catalog).message.split('\n')).toEqual([
      'catalog.indicators[3].thresholds: for a higher-better indicator "good" (0.8) must be ≥ "warning" (0.9)',
      'catalog.indicators[8].thresholds: for a lower-better indicator "good" (0.1) must be ≤ "warning" (0.05)',
    ]);
  });

  it('explains type errors inside unions by the branch the user meant', () => {
    const catalog = brokenCatalog();
    catalog.indicators[3]!['measure'] = {
      kind: 'rate',
      numerator: { time: { flow: 'closed_on' } },
      denominator: { time: [{ pending: 'middle', from: 'filed_on', to: 'closed_on' }] },
    };
    catalog.indicators[5]!['unit'] = 'percentage';
    const messages = problemsOf(catalog).message.split('\n');
    expect(messages).toContain(
      'catalog.indicators[3].measure.denominator.time[0].pending: expected one of "start", "end", got "middle"',
    );
    expect(messages).toContain(
      'catalog.indicators[5].unit: expected one of "percent", "ratio", "count", "days", "score", "currency", got "percentage"',
    );
  });

  it('returns a validated catalog that evaluate accepts without checking it again', () => {
    const catalog: Catalog = courtCatalog();
    expect(parseCatalog(catalog)).toBe(catalog);
  });
});
