import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, ingest, type Report } from '../../src/index.js';
import { caseRecords } from '../support/case-arbitrary.js';
import { casesDataset, courtCatalog } from '../support/court-catalog.js';

const catalog = courtCatalog();
const dataset = casesDataset(catalog);
const rates = catalog.indicators
  .filter((indicator) => indicator.measure.kind === 'rate' || indicator.measure.kind === 'complement')
  .map((indicator) => indicator.id);
const options = { from: '2018-01-01', to: '2019-12-31', period: 'quarter', by: 'district' } as const;
const settings = { seed: 1127, numRuns: 60 };

const run = (records: readonly unknown[]): Report[] => evaluate(catalog, { cases: ingest(dataset, records) }, options);

/** Cells keyed by indicator, period and group, for comparing evaluations of different tables. */
function cells(reports: readonly Report[]): Map<string, Report['rows'][number]> {
  const out = new Map<string, Report['rows'][number]>();
  for (const report of reports)
    for (const row of report.rows)
      out.set(`${report.indicator.id}|${row.period}|${String(row.group['district'])}`, row);
  return out;
}

describe('evaluate() invariants (fast-check, seeded)', () => {
  it('does not depend on row order', () => {
    fc.assert(
      fc.property(caseRecords, fc.integer(), (records, seed) => {
        const shuffled = fc.sample(
          fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }),
          { seed, numRuns: 1 },
        )[0]!;
        expect(JSON.stringify(run(shuffled))).toBe(JSON.stringify(run(records)));
      }),
      settings,
    );
  });

  it('adds the groups up to the total row, for every count, numerator and denominator', () => {
    fc.assert(
      fc.property(caseRecords, (records) => {
        for (const report of run(records)) {
          const byPeriod = new Map<string, Report['rows']>();
          for (const row of report.rows) byPeriod.set(row.period, [...(byPeriod.get(row.period) ?? []), row]);
          for (const rows of byPeriod.values()) {
            const total = rows.find((row) => row.group['district'] === '*')!;
            const groups = rows.filter((row) => row !== total);
            const sum = (pick: (row: (typeof rows)[number]) => number | null): number =>
              groups.reduce((acc, row) => acc + (pick(row) ?? 0), 0);
            if (report.indicator.measure === 'count') expect(total.value).toBe(sum((row) => row.value));
            if (total.numerator !== null) expect(total.numerator).toBe(sum((row) => row.numerator));
            if (total.denominator !== null) expect(total.denominator).toBe(sum((row) => row.denominator));
            expect(total.n).toBe(sum((row) => row.n));
          }
        }
      }),
      settings,
    );
  });

  it('keeps every rate in [0, 1], and gives no value exactly when the denominator is 0', () => {
    fc.assert(
      fc.property(caseRecords, (records) => {
        for (const report of run(records).filter((r) => rates.includes(r.indicator.id))) {
          for (const row of report.rows) {
            if (row.denominator === 0) expect(row).toMatchObject({ value: null, flag: 'no-data' });
            else {
              expect(row.value).toBeGreaterThanOrEqual(0);
              expect(row.value).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      settings,
    );
  });

  it('gives the same rates when two halves are evaluated separately and their counts merged', () => {
    fc.assert(
      fc.property(caseRecords, fc.nat(), (records, cut) => {
        const at = records.length === 0 ? 0 : cut % records.length;
        const whole = cells(run(records));
        const left = cells(run(records.slice(0, at)));
        const right = cells(run(records.slice(at)));
        for (const [key, row] of whole) {
          if (!rates.some((id) => key.startsWith(`${id}|`))) continue;
          // A group absent from one half has no rows there: it contributes nothing.
          const numerator = (left.get(key)?.numerator ?? 0) + (right.get(key)?.numerator ?? 0);
          const denominator = (left.get(key)?.denominator ?? 0) + (right.get(key)?.denominator ?? 0);
          expect([numerator, denominator]).toEqual([row.numerator, row.denominator]);
          expect(row.value).toBe(denominator === 0 ? null : numerator / denominator);
        }
      }),
      settings,
    );
  });

  it('with suppression, no hidden cell can be recovered from the total: hidden groups per period are none or at least two holding at least k records, and show no numbers', () => {
    fc.assert(
      fc.property(caseRecords, fc.integer({ min: 1, max: 12 }), (records, k) => {
        const table = ingest(dataset, records);
        const open = cells(evaluate(catalog, { cases: table }, options));
        for (const report of evaluate(catalog, { cases: table }, { ...options, suppressBelow: k })) {
          const byPeriod = new Map<string, Report['rows']>();
          for (const row of report.rows) byPeriod.set(row.period, [...(byPeriod.get(row.period) ?? []), row]);
          for (const rows of byPeriod.values()) {
            const total = rows.find((row) => row.group['district'] === '*')!;
            const hidden = rows.filter((row) => row !== total && row.flag === 'suppressed');
            for (const row of [...hidden, ...(total.flag === 'suppressed' ? [total] : [])])
              expect(row).toMatchObject({ value: null, numerator: null, denominator: null, n: null, ci: null });
            if (total.flag === 'suppressed' || hidden.length === 0) continue;
            expect(hidden.length).toBeGreaterThanOrEqual(2);
            const records = hidden.reduce(
              (sum, row) => sum + open.get(`${report.indicator.id}|${row.period}|${String(row.group['district'])}`)!.n!,
              0,
            );
            expect(records).toBeGreaterThanOrEqual(k);
          }
        }
      }),
      settings,
    );
  });
});
