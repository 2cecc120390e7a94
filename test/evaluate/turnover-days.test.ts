import { describe, expect, it } from 'vitest';
import { evaluate, ingest, LawGaugeError, parseCatalog } from '../../src/index.js';
import { casesDataset, courtCatalog } from '../support/court-catalog.js';
import { rowOf } from '../support/report-lookup.js';

/*
 * The turnoverDays measure kind (court catalog: disposition_time) across period lengths and a leap year.
 *   A filed 2019-06-01, closed 2020-03-01 · B filed 2020-01-10, pending · C filed 2020-01-05, closed 2020-02-10
 */
const catalog = courtCatalog();
const cases = ingest(casesDataset(catalog), [
  {
    case_id: 'A',
    district: '黄浦区',
    case_type: 'civil',
    procedure: 'first_instance',
    filed_on: '2019-06-01',
    closed_on: '2020-03-01',
  },
  { case_id: 'B', district: '黄浦区', case_type: 'civil', procedure: 'first_instance', filed_on: '2020-01-10' },
  {
    case_id: 'C',
    district: '黄浦区',
    case_type: 'civil',
    procedure: 'first_instance',
    filed_on: '2020-01-05',
    closed_on: '2020-02-10',
  },
]);
const valueAt = (options: Parameters<typeof evaluate>[2], period: string): number | null =>
  rowOf(evaluate(catalog, { cases }, { ...options, indicators: ['disposition_time'] }), 'disposition_time', period)
    .value;

describe('turnoverDays: stock ÷ flow × the flow window’s days, at most 365', () => {
  it('a leap year counts 365 days: 2020 has C and A closed, B pending → 365 × 1 ÷ 2', () => {
    expect(valueAt({ from: '2020-01-01', to: '2020-12-31', period: 'year' }, '2020')).toBe(182.5);
    // Period-to-date at December: 1 January … 31 December is 366 days, capped at 365 as well.
    expect(valueAt({ from: '2020-12-01', to: '2020-12-31', toDate: true }, '2020-12')).toBe(182.5);
  });

  it('February 2020 has 29 days: C closed, A and B pending at its end → 29 × 2 ÷ 1', () => {
    expect(valueAt({ from: '2020-02-01', to: '2020-02-29' }, '2020-02')).toBe(58);
  });

  it('a week counts 7 days and a day 1: 2020-W07 (10–16 February) and 2020-02-10, C closed, A and B pending', () => {
    expect(valueAt({ from: '2020-02-10', to: '2020-02-16', period: 'week' }, '2020-W07')).toBe(14);
    expect(valueAt({ from: '2020-02-10', to: '2020-02-10', period: 'day' }, '2020-02-10')).toBe(2);
  });

  it('counts its stock and flow as the row’s numerator and denominator, n = the flow', () => {
    const [report] = evaluate(
      catalog,
      { cases },
      { from: '2020-02-01', to: '2020-02-29', indicators: ['disposition_time'] },
    );
    expect(report!.rows[0]).toMatchObject({ numerator: 2, denominator: 1, n: 1, ci: null });
  });
});

describe('turnoverDays: the catalog check', () => {
  const withMeasure = (measure: unknown): unknown => {
    const copy = JSON.parse(JSON.stringify(courtCatalog())) as { indicators: Record<string, unknown>[] };
    const index = copy.indicators.findIndex((indicator) => indicator['id'] === 'disposition_time');
    copy.indicators[index] = { ...copy.indicators[index], measure };
    return copy;
  };
  const problems = (measure: unknown): { code: string; path: string }[] => {
    try {
      parseCatalog(withMeasure(measure));
    } catch (error) {
      if (error instanceof LawGaugeError)
        return error.issues.map((issue) => ({ code: issue.code, path: issue.path.join('.') }));
      throw error;
    }
    return [];
  };
  const pending = { pending: 'end', from: 'filed_on', to: 'closed_on' };

  it('refuses a flow rule as the stock and a stock rule as the flow (a swap)', () => {
    expect(problems({ kind: 'turnoverDays', stock: { time: { flow: 'closed_on' } }, flow: { time: pending } })).toEqual(
      [
        { code: 'invalid_time_rule', path: 'indicators.15.measure.stock.time' },
        { code: 'invalid_time_rule', path: 'indicators.15.measure.flow.time' },
      ],
    );
  });

  it('refuses flow rules that disagree on toDate, naming the rule list', () => {
    const flow = { time: [{ flow: 'closed_on' }, { flow: 'filed_on', toDate: true }] };
    expect(problems({ kind: 'turnoverDays', stock: { time: pending }, flow })).toEqual([
      { code: 'invalid_time_rule', path: 'indicators.15.measure.flow.time' },
    ]);
    expect(problems({ kind: 'turnoverDays', stock: { time: [pending] }, flow: { time: [pending] } })).toEqual([
      { code: 'invalid_time_rule', path: 'indicators.15.measure.flow.time.0' },
    ]);
  });
});
