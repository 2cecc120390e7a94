import type { Indicator } from '../model/indicator.js';
import { measureParts } from '../model/measure-parts.js';
import type { Table } from '../table/table.js';
import type { DayColumn } from '../table/column.js';

/**
 * The date fields whose values bound an indicator's reported range: its flow fields, or for a
 * stock-only indicator its opening fields. (A complement's caller passes its base indicator.)
 */
export function rangeFieldNames(indicator: Indicator): string[] {
  const rules = measureParts(indicator.measure).flatMap(({ time }) =>
    time === undefined ? [] : Array.isArray(time) ? time : [time],
  );
  const flows = rules.flatMap((rule) => ('flow' in rule ? [rule.flow] : []));
  return flows.length > 0 ? flows : rules.flatMap((rule) => ('from' in rule ? [rule.from] : []));
}

/**
 * The day range of the events the indicators count: the earliest and latest value of their
 * flow fields (for stock-only indicators, of their opening fields). `null` when there is none.
 */
export function inferDayRange(
  indicators: readonly Indicator[],
  tables: ReadonlyMap<string, Table>,
): { from: number; to: number } | null {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const indicator of indicators) {
    const table = tables.get(indicator.dataset)!;
    for (const name of rangeFieldNames(indicator)) {
      const { values, validity } = table.columns.get(name) as DayColumn;
      for (let row = 0; row < table.length; row++) {
        if (validity !== null && (validity[row >> 3]! & (1 << (row & 7))) === 0) continue;
        const day = values[row]!;
        if (day < from) from = day;
        if (day > to) to = day;
      }
    }
  }
  return from <= to ? { from, to } : null;
}
