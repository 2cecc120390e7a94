import type { Catalog } from '../model/catalog.js';
import type { Indicator } from '../model/indicator.js';
import { baseIndicator } from '../measures/registry.js';
import { rangeFieldNames } from '../evaluate/infer-range.js';
import { buildPeriodGrid } from '../time/period-grid.js';
import { validity } from './validity.js';
import type { SqlDialect } from './dialect.js';
import { PeriodIndexSql } from './period-index.js';
import { RowExpressions } from './row-expressions.js';
import type { SqlValues } from './sql-values.js';

/** The range fields of the indicators (a complement reads its base's), each once. */
function rangeFields(indicators: readonly Indicator[], byId: ReadonlyMap<string, Indicator>): string[] {
  const base = (indicator: Indicator): Indicator => {
    const id = baseIndicator(indicator.measure);
    return id === undefined ? indicator : byId.get(id)!;
  };
  return [...new Set(indicators.flatMap((indicator) => rangeFieldNames(base(indicator))))];
}

/**
 * The earliest and latest day number of the range fields over a dataset's valid records: one
 * small query, run before the aggregate query when the options give no `from` or `to`.
 * Columns: min and max of each field, in `fields` order.
 */
export function rangeQuery(input: {
  catalog: Catalog;
  dataset: Catalog['datasets'][number];
  table: string;
  columnNames: Readonly<Record<string, string>>;
  validColumn?: string | undefined;
  indicators: readonly Indicator[];
  by: readonly string[];
  dialect: SqlDialect;
  values: SqlValues;
}): { sql: string; fields: string[] } {
  const byId = new Map(input.catalog.indicators.map((indicator) => [indicator.id, indicator]));
  const fields = rangeFields(input.indicators, byId);
  // The range query reads no period, so any grid serves the expression builder.
  const rows = new RowExpressions(
    input.dataset,
    input.columnNames,
    input.dialect,
    input.values,
    new PeriodIndexSql(input.dialect, buildPeriodGrid('year', 0, 0)),
  );
  const days = fields.map((name) => rows.dayNumber(name));
  const valid = validity(input, rows);
  const columns = rows.selectedColumns().map((column) => `${column.sql} AS ${column.alias}`);
  const select = days.flatMap((day) => [`min(${day})`, `max(${day})`]);
  return {
    sql: `SELECT ${select.join(', ')}\nFROM (SELECT ${columns.join(', ')} FROM ${input.table}) AS lg_source\nWHERE ${valid}`,
    fields,
  };
}
