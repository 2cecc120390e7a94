import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { Catalog } from '../model/catalog.js';
import type { Indicator } from '../model/indicator.js';
import { parseCatalog } from '../model/parse.js';
import { REPORT_SCHEMA_ID, type Report } from '../model/report.js';
import { formatDay } from '../time/civil-day.js';
import { buildPeriodGrid } from '../time/period-grid.js';
import type { Table } from '../table/table.js';
import type { CellValues } from './cell-values.js';
import { groupIndex } from './group-index.js';
import { inferDayRange } from './infer-range.js';
import { measureCells } from './measures/measure-cells.js';
import type { MeasureContext } from './measures/measure-context.js';
import { normaliseOptions, tableMap, type EvaluateOptions, type NormalisedOptions } from './options.js';
import { reportRows } from './report-rows.js';
import { TableContext } from './table-context.js';

/**
 * Computes indicator Reports from tables.
 *
 * `catalog` is validated once (a catalog returned by `parseCatalog` is not checked again);
 * `tables` maps dataset ids to tables from `ingest`. Each Report holds, for every reported
 * period, one row per group and a total row (`*`), with value, numerator, denominator, n,
 * interval, status, flag and changes, and the data-quality counts of its dataset. The output is
 * deterministic: the same input gives byte-identical JSON.
 *
 * @throws LawGaugeError naming every problem in the catalog or the options.
 */
export function evaluate(
  catalog: Catalog | unknown,
  tables: ReadonlyMap<string, Table> | Readonly<Record<string, Table>>,
  options: EvaluateOptions = {},
): Report[] {
  const parsed = parseCatalog(catalog);
  const byDataset = tableMap(tables);
  return evaluateParsed(parsed, byDataset, normaliseOptions(parsed, byDataset, options));
}

/** `evaluate` on a validated catalog and normalised options. */
function evaluateParsed(catalog: Catalog, tables: ReadonlyMap<string, Table>, options: NormalisedOptions): Report[] {
  const indicatorById = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator]));
  const indicators = options.indicators.map((id) => indicatorById.get(id)!);
  const baseOf = (indicator: Indicator): Indicator =>
    indicator.measure.kind === 'complement' ? indicatorById.get(indicator.measure.of)! : indicator;
  let from = options.from;
  let to = options.to;
  if (from === null || to === null) {
    const range = inferDayRange(indicators.map(baseOf), tables);
    if (range === null) {
      throw new LawGaugeError('invalid_argument', 'options', [
        { code: 'no_dates', path: ['from'], message: 'the tables hold no dated records to infer the period range from; give "from" and "to"' },
      ]);
    }
    from ??= range.from;
    to ??= range.to;
    if (from > to) [from, to] = options.from === null ? [to, to] : [from, from];
  }
  const grid = buildPeriodGrid(options.period, from, to);
  const contexts = new Map<string, TableContext>();
  const contextOf = (datasetId: string): TableContext => {
    let context = contexts.get(datasetId);
    if (context === undefined) {
      context = new TableContext(tables.get(datasetId)!);
      contexts.set(datasetId, context);
    }
    return context;
  };
  const cellCache = new Map<string, CellValues>();
  const cellsOf = (id: string): CellValues => {
    let cells = cellCache.get(id);
    if (cells === undefined) {
      const indicator = indicatorById.get(id)!;
      cells = measureCells(indicator.measure, measureContext(indicator));
      cellCache.set(id, cells);
    }
    return cells;
  };
  const measureContext = (indicator: Indicator): MeasureContext => {
    const table = contextOf(indicator.dataset);
    const groups = groupIndex(table, options.by);
    return {
      table,
      grid,
      toDate: options.toDate,
      layout: { groups: groups.count, periods: grid.count, rowGroup: groups.rowGroup, periodEnds: grid.ends },
      cellsOf,
    };
  };

  return indicators.map((indicator): Report => {
    const table = contextOf(indicator.dataset);
    const cells = cellsOf(indicator.id);
    const suppressBelow = options.suppressBelow ?? indicator.suppressBelow ?? null;
    return {
      schema: REPORT_SCHEMA_ID,
      indicator: {
        id: indicator.id,
        label: indicator.label,
        description: indicator.description,
        unit: indicator.unit,
        polarity: indicator.polarity,
        target: indicator.target ?? null,
        thresholds: indicator.thresholds ?? null,
        minSample: indicator.minSample ?? null,
        display: indicator.display ?? null,
        methodology: indicator.methodology ?? null,
        source: indicator.source ?? null,
        measure: indicator.measure.kind,
        dataset: indicator.dataset,
        catalog: { id: catalog.id, version: catalog.version ?? null },
      },
      period: { unit: grid.unit, from: formatDay(from), to: formatDay(to), toDate: options.toDate },
      groupBy: [...options.by],
      suppressBelow,
      rows: reportRows({ indicator, grid, groups: groupIndex(table, options.by), cells, suppressBelow }),
      quality: { [indicator.dataset]: { ...table.table.quality } },
    };
  });
}
