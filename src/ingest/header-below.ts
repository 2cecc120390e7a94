import { LawGaugeError } from '../errors/law-gauge-error.js';
import { EN_ISSUES } from '../errors/messages/en.js';
import type { ColumnPlan } from './plan-columns.js';

/** Rows after a first row that is not the header looked at for one that is (a title above it). */
export const HEADER_LOOKAHEAD = 9;

/**
 * Whether an error planning the first row's columns is the one a title row above the header gives:
 * fields without a column, and perhaps blank headings, nothing else (a repeated heading is the
 * header's own error, thrown at once).
 */
export function isMissingColumns(error: unknown): error is LawGaugeError {
  return (
    error instanceof LawGaugeError &&
    error.issues.some((issue) => issue.code === 'missing_column') &&
    error.issues.every((issue) => issue.code === 'missing_column' || issue.code === 'blank_header')
  );
}

/**
 * A first row that was not the header (its `error`) and the rows read after it, while they are
 * looked at for the header: when one of them (`plan` does not throw) is, the error says so with a
 * `header_below` issue (first) naming its line and row; the reader does not take it without being told.
 */
export class HeaderSearch {
  readonly rows: { readonly cells: readonly string[]; readonly line: number; readonly row: number }[] = [];

  constructor(readonly error: LawGaugeError) {}

  get full(): boolean {
    return this.rows.length >= HEADER_LOOKAHEAD;
  }

  /** The first row's error, with where the header seems to be when a later row plans. */
  withHint(plan: (cells: readonly string[], line: number) => ColumnPlan): LawGaugeError {
    for (const { cells, line, row } of this.rows) {
      try {
        plan(cells, line);
      } catch {
        continue;
      }
      const params = { line, row };
      // First: the first row's own issues (every field missing, blank headings) follow.
      return new LawGaugeError(this.error.code, this.error.root, [
        { code: 'header_below', path: ['header'], message: EN_ISSUES.header_below(params), params },
        ...this.error.issues,
      ]);
    }
    return this.error;
  }
}
