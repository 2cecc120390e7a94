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

// ——— Comparisons a Report carries (spc(), funnel()): what JSON Schema cannot tie together.

type Fields = Readonly<Record<string, unknown>>;
const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** A row's SPC rules: each of SPC_RULES at most once, in that order (a rule the enum refuses is skipped here). */
export function hasRulesInOrder(spc: Fields): boolean {
  if (!Array.isArray(spc['rules'])) return true;
  let last = -1;
  for (const rule of spc['rules'] as unknown[]) {
    const at = (SPC_RULES as readonly unknown[]).indexOf(rule);
    if (at < 0) continue;
    if (at <= last) return false;
    last = at;
  }
  return true;
}

/** A row's variation is `common` exactly when it breaks no rule. */
export function hasVariationOfRules(spc: Fields): boolean {
  const { rules, variation } = spc;
  if (!Array.isArray(rules) || typeof variation !== 'string') return true;
  return (rules.length === 0) === (variation === 'common');
}

/**
 * A row's SPC lines in order: lower ≤ centre ≤ upper and twoSigmaLower ≤ centre ≤ twoSigmaUpper,
 * each pair given or null together. (A p′ chart's limits are clipped to [0, 1] and its two-sigma
 * lines are not, so a two-sigma line may lie beyond its limit.)
 */
export function hasOrderedSpcLines(spc: Fields): boolean {
  const centre = numberOrNull(spc['centre']);
  for (const [low, high] of [
    ['lower', 'upper'],
    ['twoSigmaLower', 'twoSigmaUpper'],
  ] as const) {
    const lower = numberOrNull(spc[low]);
    const upper = numberOrNull(spc[high]);
    if ((lower === null) !== (upper === null)) return false;
    if (lower === null || upper === null) continue;
    if (lower > upper || (centre !== null && (centre < lower || centre > upper))) return false;
  }
  return true;
}

/** A row's funnel limits nest around its target: lower998 ≤ lower95 ≤ target ≤ upper95 ≤ upper998. */
export function hasOrderedFunnelLimits(funnel: Fields): boolean {
  const lines = ['lower998', 'lower95', 'target', 'upper95', 'upper998'].map((key) => numberOrNull(funnel[key]));
  for (let i = 1; i < lines.length; i++) {
    const below = lines[i - 1]!;
    const above = lines[i]!;
    if (below !== null && above !== null && below > above) return false;
  }
  return true;
}

/** A row without a value, or suppressed, takes no part in a comparison: it carries no `spc` and no `funnel`. */
export function comparesOnlyWhatTakesPart(row: Fields): boolean {
  if (row['spc'] === undefined && row['funnel'] === undefined) return true;
  return row['value'] !== null && row['flag'] !== 'suppressed';
}

/** A row's funnel belongs to a group (never the total row, `*` in every group field) with y of n > 0. */
export function isFunnelUnit(row: Fields): boolean {
  if (row['funnel'] === undefined) return true;
  const group = row['group'];
  const values = group !== null && typeof group === 'object' ? Object.values(group) : [];
  const denominator = row['denominator'];
  return (
    values.some((value) => value !== TOTAL) &&
    row['numerator'] !== null &&
    typeof denominator === 'number' &&
    denominator > 0
  );
}

/** Rows carry `spc` (`funnel`) only when the Report says how they were computed in its own `spc` (`funnel`). */
export function hasComparisonSummaries(report: Fields): boolean {
  const rows = Array.isArray(report['rows']) ? (report['rows'] as unknown[]) : [];
  const carries = (key: string): boolean =>
    rows.some((row) => row !== null && typeof row === 'object' && (row as Fields)[key] !== undefined);
  return (report['spc'] !== undefined || !carries('spc')) && (report['funnel'] !== undefined || !carries('funnel'));
}

/** A p′ chart or a funnel plot is of proportions: only a rate's Report (PROPORTION_MEASURES) carries one. */
export function comparesProportionsOfRates(report: Fields): boolean {
  const spc = report['spc'];
  const pprime = spc !== null && typeof spc === 'object' && (spc as Fields)['chart'] === 'pprime';
  if (!pprime && report['funnel'] === undefined) return true;
  const indicator = report['indicator'];
  const measure = indicator !== null && typeof indicator === 'object' ? (indicator as Fields)['measure'] : undefined;
  return typeof measure === 'string' && PROPORTION_MEASURES.includes(measure);
}

/** The periods a Report's `spc` and `funnel` name (phases, a funnel's period and periods) are periods of its rows. */
export function namesItsPeriods(report: Fields): boolean {
  const rows = Array.isArray(report['rows']) ? (report['rows'] as unknown[]) : [];
  const periods = new Set(
    rows.map((row) => (row !== null && typeof row === 'object' ? (row as Fields)['period'] : null)),
  );
  const named: unknown[] = [];
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const field = (value: unknown, key: string): unknown =>
    value !== null && typeof value === 'object' ? (value as Fields)[key] : undefined;
  const { spc, funnel } = report;
  named.push(...list(field(spc, 'phases')));
  for (const series of list(field(spc, 'series')))
    named.push(...list(field(series, 'phases')).map((phase) => field(phase, 'period')));
  if (field(funnel, 'period') !== undefined) named.push(field(funnel, 'period'));
  named.push(...list(field(funnel, 'periods')).map((period) => field(period, 'period')));
  return named.every((period) => typeof period !== 'string' || periods.has(period));
}
