import { periodKeyParts } from '../time/period.js';
import { PANEL_OPTIONS, PANEL_OPTIONS_OF, type PanelWidget } from '../dashboard/dashboard-constants.js';
import { FORBIDDEN_KEYS } from './forbidden-key-names.js';
import { PROPORTION_MEASURES, SPC_RULES } from '../compare/compare-constants.js';
import { TOTAL } from './report-constants.js';

/*
 * The refinements of the contracts (Report, ReformReport, Dashboard) that JSON Schema cannot state:
 * each a named, zod-free predicate, so the schemas refine with it (`z.refine(isPeriodKey, …)`)
 * and the checkers generated from those schemas (scripts/generate-checkers.ts) import and call
 * the same function. A refinement written inline in a schema has no name to import: the
 * generator stops on it and names the place.
 */

/** A name other than `__proto__`, `constructor` and `prototype`, which could reach an object's prototype. */
export function isAllowedName(name: string): boolean {
  return !FORBIDDEN_KEYS.has(name);
}

/** A date that exists: `YYYY-MM-DD` and no 2019-02-30 (a day's period key). */
export function isCalendarDate(text: string): boolean {
  return periodKeyParts(text)?.unit === 'day';
}

/** A period key naming a real period: 2019, 2019-Q1, 2019-03, 2019-W10, 2019-03-05 (no 2019-13, no markup). */
export function isPeriodKey(text: string): boolean {
  return periodKeyParts(text) !== undefined;
}

/** A dashboard panel gives exactly one of `src` and `compute`. */
export function hasOneSource(panel: { readonly src?: unknown; readonly compute?: unknown }): boolean {
  return (panel.src === undefined) !== (panel.compute === undefined);
}

/**
 * A dashboard panel sets only options its widget takes (PANEL_OPTIONS_OF): another would be
 * dropped silently. A panel naming no known widget passes here, as does a key that is no option
 * at all: the `widget` field and the options' key schema refuse those (and zod's record leaves
 * such a key out of what this refinement sees).
 */
export function takesItsOptions(panel: { readonly widget?: unknown; readonly options?: unknown }): boolean {
  const { widget, options } = panel;
  if (typeof widget !== 'string' || !Object.hasOwn(PANEL_OPTIONS_OF, widget)) return true;
  if (options === null || typeof options !== 'object') return true;
  const taken: readonly string[] = PANEL_OPTIONS_OF[widget as PanelWidget];
  const known: readonly string[] = PANEL_OPTIONS;
  return Object.keys(options).every((key) => taken.includes(key) || !known.includes(key));
}

/**
 * A dashboard panel's `phases` option (an `indicator-spc` panel's phase starts) is period keys
 * separated by spaces, e.g. `2019-04` or `2019-04 2020-01`: what the widget's attribute takes.
 * A panel without it passes.
 */
export function hasPeriodKeyPhases(panel: { readonly options?: unknown }): boolean {
  const { options } = panel;
  if (options === null || typeof options !== 'object') return true;
  const phases: unknown = (options as Readonly<Record<string, unknown>>)['phases'];
  if (typeof phases !== 'string') return true;
  const keys = phases.split(/\s+/).filter(Boolean);
  return keys.length > 0 && keys.every(isPeriodKey);
}

/**
 * A dashboard map panel's drill-down templates each hold `{group}`, where the selected region's
 * group value goes (a template without it would open the same level under every region), and a
 * level's geometry (`drill-geometry-src`) comes only with its Report (`drill-src`). A panel
 * without them passes.
 */
export function hasDrillTemplates(panel: { readonly options?: unknown }): boolean {
  const { options } = panel;
  if (options === null || typeof options !== 'object') return true;
  const { 'drill-src': report, 'drill-geometry-src': geometry } = options as Readonly<Record<string, unknown>>;
  const holdsGroup = (template: unknown): boolean => typeof template !== 'string' || template.includes('{group}');
  return holdsGroup(report) && holdsGroup(geometry) && (geometry === undefined || report !== undefined);
}

// ——— Comparisons a Report carries (spc(), funnel()): what JSON Schema cannot tie together. Each
// reads loosely (a part of the wrong shape is the schema's to refuse, and passes here).

type Fields = Readonly<Record<string, unknown>>;
/** `value[key]` when `value` is an object. */
const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Fields)[key] : undefined;
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** A row's SPC rules: each of SPC_RULES at most once, in that order (a rule the enum refuses is skipped here). */
export function hasRulesInOrder(spc: Fields): boolean {
  const at = list(spc['rules'])
    .map((rule) => (SPC_RULES as readonly unknown[]).indexOf(rule))
    .filter((index) => index >= 0);
  return at.every((index, i) => i === 0 || index > at[i - 1]!);
}

/** A row's variation is `common` exactly when it breaks no rule. */
export function hasVariationOfRules(spc: Fields): boolean {
  const { rules, variation } = spc;
  return !Array.isArray(rules) || typeof variation !== 'string' || (rules.length === 0) === (variation === 'common');
}

/** Whether `lines` (numbers or null) ascend, nulls skipped. */
function ascending(lines: readonly (number | null)[]): boolean {
  const given = lines.filter((line) => line !== null);
  return given.every((line, i) => i === 0 || given[i - 1]! <= line);
}

/**
 * A row's SPC lines in order: lower ≤ centre ≤ upper and twoSigmaLower ≤ centre ≤ twoSigmaUpper,
 * each pair given or null together. (A p′ chart's limits are clipped to [0, 1] and its two-sigma
 * lines are not, so a two-sigma line may lie beyond its limit.)
 */
export function hasOrderedSpcLines(spc: Fields): boolean {
  const centre = numberOrNull(spc['centre']);
  return [
    ['lower', 'upper'],
    ['twoSigmaLower', 'twoSigmaUpper'],
  ].every(([low, high]) => {
    const lower = numberOrNull(spc[low!]);
    const upper = numberOrNull(spc[high!]);
    return (lower === null) === (upper === null) && ascending([lower, centre, upper]);
  });
}

/** A row's funnel limits nest around its target: lower998 ≤ lower95 ≤ target ≤ upper95 ≤ upper998. */
export function hasOrderedFunnelLimits(funnel: Fields): boolean {
  return ascending(['lower998', 'lower95', 'target', 'upper95', 'upper998'].map((key) => numberOrNull(funnel[key])));
}

/** The measure kinds whose value is the row's numerator ÷ denominator (a complement's numerator is what it counts). */
const VALUE_OF_PARTS_MEASURES: readonly string[] = ['rate', 'ratio', 'complement'];
/** How far a value may be from numerator ÷ denominator, relative: a SQL engine's division, rounded otherwise. */
const PARTS_TOLERANCE = 1e-9;

/**
 * The rows of a rate, a ratio or a complement whose value is not their numerator ÷ denominator
 * (their indices): a value edited or damaged by hand (1e15 from 14 of 25) is refused, not drawn.
 * Rows missing any of the three, or with a zero denominator, are not tied.
 */
export function rowsOffTheirParts(report: {
  readonly indicator: { readonly measure: string };
  readonly rows: readonly {
    readonly value: number | null;
    readonly numerator: number | null;
    readonly denominator: number | null;
  }[];
}): number[] {
  if (!VALUE_OF_PARTS_MEASURES.includes(report.indicator.measure)) return [];
  const off: number[] = [];
  report.rows.forEach(({ value, numerator, denominator }, index) => {
    if (value === null || numerator === null || denominator === null || denominator === 0) return;
    const parts = numerator / denominator;
    if (Math.abs(value - parts) > PARTS_TOLERANCE * Math.max(1, Math.abs(parts))) off.push(index);
  });
  return off;
}

/** A row without a value, or suppressed, takes no part in a comparison: it carries no `spc` and no `funnel`. */
export function comparesOnlyWhatTakesPart(row: Fields): boolean {
  return (
    (row['spc'] === undefined && row['funnel'] === undefined) || (row['value'] !== null && row['flag'] !== 'suppressed')
  );
}

/** A row's funnel belongs to a group (never the total row, `*` in every group field) with y of n > 0. */
export function isFunnelUnit(row: Fields): boolean {
  const group = row['group'];
  const denominator = row['denominator'];
  return (
    row['funnel'] === undefined ||
    (Object.values(group !== null && typeof group === 'object' ? group : {}).some((value) => value !== TOTAL) &&
      row['numerator'] !== null &&
      typeof denominator === 'number' &&
      denominator > 0)
  );
}

/** Rows carry `spc` (`funnel`) only when the Report says how they were computed in its own `spc` (`funnel`). */
export function hasComparisonSummaries(report: Fields): boolean {
  return ['spc', 'funnel'].every(
    (key) => report[key] !== undefined || !list(report['rows']).some((row) => field(row, key) !== undefined),
  );
}

/** A p′ chart or a funnel plot is of proportions: only a rate's Report (PROPORTION_MEASURES) carries one. */
export function comparesProportionsOfRates(report: Fields): boolean {
  const measure = field(report['indicator'], 'measure');
  return (
    (field(report['spc'], 'chart') !== 'pprime' && report['funnel'] === undefined) ||
    (typeof measure === 'string' && PROPORTION_MEASURES.includes(measure))
  );
}

/** The periods a Report's `spc` and `funnel` name (phases, a funnel's period and periods) are periods of its rows. */
export function namesItsPeriods(report: Fields): boolean {
  const { spc, funnel } = report;
  const named = [
    ...list(field(spc, 'phases')),
    ...list(field(spc, 'series')).flatMap((series) =>
      list(field(series, 'phases')).map((phase) => field(phase, 'period')),
    ),
    field(funnel, 'period'),
    ...list(field(funnel, 'periods')).map((period) => field(period, 'period')),
  ].filter((period) => typeof period === 'string');
  // A Report without SPC or funnel names none: its rows' periods are not gathered.
  if (named.length === 0) return true;
  const periods = new Set(list(report['rows']).map((row) => field(row, 'period')));
  return named.every((period) => periods.has(period));
}
