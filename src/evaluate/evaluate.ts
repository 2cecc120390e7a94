import { LawGaugeError } from '../errors/law-gauge-error.js';
import { baseIndicator, measureKind } from '../measures/registry.js';
import type { Catalog } from '../model/catalog.js';
import type { Indicator } from '../model/indicator.js';
import { parseCatalog } from '../model/parse.js';
import type { Report } from '../model/report.js';
import { buildPeriodGrid } from '../time/period-grid.js';
import type { Table } from '../table/table.js';
import { buildReport, resolveDayRange } from './build-report.js';
import type { CellValues } from './cell-values.js';
import { groupIndex } from './group-index.js';
import { inferDayRange } from './infer-range.js';
import type { MeasureContext } from './measure-context.js';
import { normaliseOptions, tableMap, type EvaluateOptions, type NormalisedOptions } from './options.js';
import { TableContext } from './table-context.js';
import { countsLeftOut, emptyFieldExclusions, exclusionScope, type ExclusionScope } from '../model/empty-exclusions.js';
import { countOf } from '../measures/count.js';

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
  const baseOf = (indicator: Indicator): Indicator => {
    const base = baseIndicator(indicator.measure);
    return base === undefined ? indicator : indicatorById.get(base)!;
  };
  const range = resolveDayRange(
    options.from,
    options.to,
    options.from === null || options.to === null ? inferDayRange(indicators.map(baseOf), tables) : null,
  );
  if (range === null) throw noDatesError();
  const { from, to } = range;
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
      const { measure } = indicator;
      cells = measureKind(measure.kind).cells(measure, measureContext(indicator));
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

  const scopes = new Map<string, ExclusionScope>();
  const scopeOf = (datasetId: string): ExclusionScope => {
    let scope = scopes.get(datasetId);
    if (scope === undefined) {
      scope = exclusionScope(catalog.datasets.find((dataset) => dataset.id === datasetId)!);
      scopes.set(datasetId, scope);
    }
    return scope;
  };

  return indicators.map((indicator): Report => {
    const table = contextOf(indicator.dataset);
    return buildReport({
      catalog,
      indicator,
      grid,
      from,
      to,
      toDate: options.toDate,
      groups: groupIndex(table, options.by),
      cells: cellsOf(indicator.id),
      suppressBelow: options.suppressBelow ?? indicator.suppressBelow ?? null,
      minSample: options.minSample ?? indicator.minSample ?? null,
      quality: table.table.quality,
      excluded: emptyFieldExclusions(baseOf(indicator).measure, scopeOf(indicator.dataset)).map(
        ({ field, time, all, kept }) => {
          const context = measureContext(indicator);
          const allCounts = countOf(context, all === undefined ? { time } : { time, where: all });
          return { field, counts: countsLeftOut(allCounts, countOf(context, { time, where: kept })) };
        },
      ),
    });
  });
}

/** The error for an evaluation without `from`/`to` over tables that hold no dated records. */
export function noDatesError(): LawGaugeError {
  return new LawGaugeError('invalid_argument', 'options', [
    {
      code: 'missing_range',
      path: ['from'],
      message: 'the tables hold no dated records to infer the period range from; give "from" and "to"',
      params: { reason: 'no_dates' },
    },
  ]);
}
