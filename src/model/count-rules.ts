import type * as z from 'zod/mini';
import { COUNT_FIELDS } from './report-constants.js';
import type { Report } from './report.js';

/**
 * The measure kind's rules ({@link COUNT_FIELDS}) on a Report of the right shape: counts are whole
 * numbers ≥ 0, and a rate, a share of counts, is ≥ 0. JSON Schema cannot state them (they tie a
 * row's fields to `indicator.measure`), so they run after the schema (report-rules.ts). The
 * issues are zod's, as `z.int().check(z.gte(0))` would give them, before they are worded (the
 * widgets word them only on demand).
 */
export function countZodIssues(report: Report): z.core.$ZodIssue[] {
  const kind = report.indicator.measure;
  // Own keys only: a kind named `constructor` reads nothing from Object.prototype.
  const fields = Object.hasOwn(COUNT_FIELDS, kind) ? COUNT_FIELDS[kind]! : [];
  const rows = report.rows;
  const issues: Partial<z.core.$ZodIssue>[] = [];
  const atLeastZero = (input: number, path: (string | number)[]): void =>
    void issues.push({ code: 'too_small', origin: 'number', minimum: 0, inclusive: true, input, path });
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (const field of fields) {
      const value = row[field];
      if (value === null) continue;
      if (!Number.isInteger(value))
        issues.push({ code: 'invalid_type', expected: 'int', input: value, path: ['rows', r, field] });
      else if (value < 0) atLeastZero(value, ['rows', r, field]);
    }
    if (kind === 'rate' && row.value !== null && row.value < 0) atLeastZero(row.value, ['rows', r, 'value']);
  }
  return issues as z.core.$ZodIssue[];
}
