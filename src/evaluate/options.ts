import * as z from 'zod/mini';
import { dayIssue } from '../errors/day-issue.js';
import { invalidArgument, LawGaugeError } from '../errors/law-gauge-error.js';
import type { LawGaugeIssue } from '../errors/issues.js';
import type { Catalog } from '../model/catalog.js';
import { closest } from '../model/closest.js';
import type { Dataset } from '../model/dataset.js';
import { fieldsUsed } from '../model/fields-used.js';
import { findForbiddenKeys } from '../model/forbidden-keys.js';
import { Identifier, IsoDate } from '../model/primitives.js';
import { unknownKey, type OptionKeys } from '../model/option-keys.js';
import { issuesFromZod } from '../model/zod-issues.js';
import { parseIsoDay } from '../time/civil-day.js';
import { PERIOD_UNITS, type PeriodUnit } from '../time/period-unit.js';
import type { Table } from '../table/table.js';

/** Options of `evaluate`. Every option has a default; see {@link EVALUATE_DEFAULTS}. */
export interface EvaluateOptions {
  /** Period unit. Default `month`. */
  readonly period?: PeriodUnit;
  /** First day to report, `YYYY-MM-DD`; the period containing it is reported in full. Default: the earliest date the indicators' time rules read. */
  readonly from?: string;
  /** Last day to report. Default: the latest date the indicators' time rules read. */
  readonly to?: string;
  /** Fields to group by (each must be a string, enum, boolean or integer field). Default none: only the total row. */
  readonly by?: string | readonly string[];
  /** Indicator ids to evaluate, in this order. Default: all, in catalog order. */
  readonly indicators?: readonly string[];
  /** Period-to-date (年初至今): every time rule reads `[1 January, end of period]`. Default false. */
  readonly toDate?: boolean;
  /** Suppress rows with fewer records than this (overrides indicators' `suppressBelow`). Default none. */
  readonly suppressBelow?: number;
  /**
   * Flag rows with n below this `unstable` (overrides indicators' `minSample`): for a rate, n is its
   * denominator, so 1 of 1 cases (100%) is shown as a small sample. Default: each indicator's own.
   */
  readonly minSample?: number;
}

export const EVALUATE_DEFAULTS = { period: 'month', by: [], toDate: false } as const;

/** The keys of {@link EvaluateOptions} (the compiler holds this list and the interface together). */
const EVALUATE_OPTION_KEYS: OptionKeys<EvaluateOptions> = {
  period: true,
  from: true,
  to: true,
  by: true,
  indicators: true,
  toDate: true,
  suppressBelow: true,
  minSample: true,
};

const OptionsSchema = z.strictObject({
  period: z.optional(z.enum(PERIOD_UNITS)),
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
  by: z.optional(z.union([Identifier, z.array(Identifier)])),
  indicators: z.optional(z.array(Identifier)),
  toDate: z.optional(z.boolean()),
  suppressBelow: z.optional(z.int().check(z.gte(1))),
  minSample: z.optional(z.int().check(z.gte(1))),
});

export interface NormalisedOptions {
  readonly period: PeriodUnit;
  readonly from: number | null;
  readonly to: number | null;
  readonly by: readonly string[];
  readonly indicators: readonly string[];
  readonly toDate: boolean;
  readonly suppressBelow: number | null;
  readonly minSample: number | null;
}

const GROUPABLE = new Set(['string', 'enum', 'boolean', 'integer']);

type ParsedOptions = z.infer<typeof OptionsSchema>;

/**
 * Validates options against the catalog and tables; throws one error listing every problem.
 * `more`: the options of the caller besides these (toSql's `dialect`, …), already taken out of
 * `options`, for an unknown key's nearest known one.
 */
export function normaliseOptions(
  catalog: Catalog,
  tables: ReadonlyMap<string, Table> | null,
  options: EvaluateOptions,
  more: Readonly<Record<string, true>> = {},
): NormalisedOptions {
  const data = parseOptionShape(options, [...Object.keys(EVALUATE_OPTION_KEYS), ...Object.keys(more)]);
  const issues: LawGaugeIssue[] = [];
  const { from, to } = dateRange(data, issues);
  const by = data.by === undefined ? [] : typeof data.by === 'string' ? [data.by] : data.by;
  const indicatorIds = data.indicators ?? catalog.indicators.map((indicator) => indicator.id);
  const known = knownIndicators(catalog, indicatorIds, issues);
  const used = fieldsUsed(
    catalog,
    indicatorIds.filter((id) => known.has(id)),
  );
  for (const [datasetId, usedFields] of used) {
    const dataset = catalog.datasets.find((candidate) => candidate.id === datasetId)!;
    // Without tables (SQL engines), only the catalog side is checked.
    const table = tables === null ? null : tables.get(datasetId);
    if (table === undefined) {
      issues.push({
        code: 'missing_table',
        path: ['tables'],
        message: `no table for dataset "${datasetId}"; give one ingested with the catalog's "${datasetId}" definition`,
        params: { dataset: datasetId },
      });
      continue;
    }
    if (table !== null) checkTableFields(dataset, table, usedFields, by, issues);
    checkGroupFields(dataset, by, issues);
  }
  if (issues.length > 0) throw new LawGaugeError('invalid_argument', 'options', issues);
  return {
    period: data.period ?? EVALUATE_DEFAULTS.period,
    from,
    to,
    by,
    indicators: indicatorIds,
    toDate: data.toDate ?? EVALUATE_DEFAULTS.toDate,
    suppressBelow: data.suppressBelow ?? null,
    minSample: data.minSample ?? null,
  };
}

/**
 * The options' own shape: forbidden keys and the schema, thrown at once (nothing else can be
 * checked); an unknown option names the nearest of `known` when one is close.
 */
function parseOptionShape(options: EvaluateOptions, known: readonly string[]): ParsedOptions {
  const forbidden = findForbiddenKeys(options);
  const parsed = OptionsSchema.safeParse(options, { reportInput: true });
  if (forbidden.length > 0 || !parsed.success) {
    throw new LawGaugeError('invalid_argument', 'options', [
      ...forbidden,
      ...(parsed.success
        ? []
        : issuesFromZod(parsed.error.issues).map((issue) =>
            issue.code === 'unknown_key' && issue.path.length === 1 ? unknownKey(issue.params.key, known) : issue,
          )),
    ]);
  }
  return parsed.data;
}

/** `from` and `to` as day numbers (null when not given or not real dates), `from` not after `to`. */
function dateRange(data: ParsedOptions, issues: LawGaugeIssue[]): { from: number | null; to: number | null } {
  const from = data.from === undefined ? null : (parseIsoDay(data.from) ?? null);
  const to = data.to === undefined ? null : (parseIsoDay(data.to) ?? null);
  if (data.from !== undefined && from === null) issues.push(dayIssue(data.from, ['from']));
  if (data.to !== undefined && to === null) issues.push(dayIssue(data.to, ['to']));
  if (from !== null && to !== null && from > to)
    issues.push({
      code: 'invalid_range',
      path: ['from'],
      message: `from ${data.from} is after to ${data.to}`,
      params: { kind: 'from_after_to', from: data.from!, to: data.to! },
    });
  return { from, to };
}

/**
 * The problem of an indicator id `catalog` lacks, at `path`: the catalog's ids, and the nearest
 * one when one is close (`clearence_rate` → `clearance_rate`). One wording for `evaluate`'s
 * options and a dashboard panel's `compute.indicator`.
 */
export function unknownIndicator(catalog: Catalog, id: string, path: readonly (string | number)[]): LawGaugeIssue {
  const known = catalog.indicators.map((indicator) => indicator.id);
  const suggestion = closest(id, known);
  return {
    code: 'unknown_reference',
    path: [...path],
    message: `unknown indicator "${id}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}; known: ${known.join(', ')}`,
    params: { kind: 'indicator', id, known, ...(suggestion === undefined ? {} : { suggestion }) },
  };
}

/** The catalog's indicators by id, with a problem for each requested id it lacks. */
function knownIndicators(
  catalog: Catalog,
  indicatorIds: readonly string[],
  issues: LawGaugeIssue[],
): ReadonlyMap<string, Catalog['indicators'][number]> {
  const known = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator]));
  indicatorIds.forEach((id, index) => {
    if (!known.has(id)) issues.push(unknownIndicator(catalog, id, ['indicators', index]));
  });
  return known;
}

/** Only the fields these indicators read (and group by) must be in the table, with the catalog's type. */
function checkTableFields(
  dataset: Dataset,
  table: Table,
  usedFields: readonly string[],
  by: readonly string[],
  issues: LawGaugeIssue[],
): void {
  for (const field of dataset.fields) {
    if (!usedFields.includes(field.name) && !by.includes(field.name)) continue;
    const column = table.columns.get(field.name);
    if (column === undefined || column.type !== field.type) {
      issues.push({
        code: 'incompatible_table',
        path: ['tables', dataset.id],
        message: `field "${field.name}" of dataset "${dataset.id}" is ${field.type} in the catalog but ${column === undefined ? 'missing' : column.type} in the table`,
        params: {
          field: field.name,
          dataset: dataset.id,
          type: field.type,
          got: column === undefined ? 'missing' : column.type,
        },
      });
    }
  }
}

/** Each `by` field is in the dataset and of a type rows can be grouped by. */
function checkGroupFields(dataset: Dataset, by: readonly string[], issues: LawGaugeIssue[]): void {
  by.forEach((name, index) => {
    const field = dataset.fields.find((candidate) => candidate.name === name);
    if (field === undefined) {
      issues.push({
        code: 'unknown_reference',
        path: ['by', index],
        message: `unknown field "${name}" in dataset "${dataset.id}"; known: ${dataset.fields.map((f) => f.name).join(', ')}`,
        params: { kind: 'field', id: name, dataset: dataset.id, known: dataset.fields.map((f) => f.name) },
      });
    } else if (!GROUPABLE.has(field.type)) {
      issues.push({
        code: 'invalid_group',
        path: ['by', index],
        message: `cannot group by the ${field.type} field "${name}"; group by string, enum, boolean or integer fields (dates are grouped by period)`,
        params: { field: name, type: field.type },
      });
    }
  });
}

/** Accepts tables as a Map or a plain object keyed by dataset id. */
export function tableMap(
  tables: ReadonlyMap<string, Table> | Readonly<Record<string, Table>>,
): ReadonlyMap<string, Table> {
  if (tables instanceof Map) return tables;
  if (tables === null || typeof tables !== 'object')
    throw invalidArgument('tables', 'expected an object or Map of tables keyed by dataset id');
  return new Map(Object.entries(tables));
}
