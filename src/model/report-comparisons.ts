import * as z from 'zod/mini';
import {
  ASSURANCES,
  FUNNEL_POSITIONS,
  MIN_BASELINE,
  SPC_CHARTS,
  SPC_RULES,
  SPC_SERIES_FLAGS,
  VARIATIONS,
} from '../compare/compare-constants.js';
import { FORMAT_RULE_WORDS } from '../errors/messages/en.js';
import { hasOrderedFunnelLimits, hasOrderedSpcLines, hasRulesInOrder, hasVariationOfRules } from './contract-rules.js';
import { GroupValue } from './group-value.js';
import { FiniteNumber, Identifier, PeriodKey } from './primitives.js';

/*
 * The comparisons a Report carries when asked (`withSpc`, `withFunnel`, the CLI's `--spc` and
 * `--funnel`): per row, its place on its series' process-behaviour chart and in its period's
 * funnel; per Report, how they were computed and what holds for each series and period. The
 * shapes are those `spc()` and `funnel()` return (src/compare), which `carriedSpc` and
 * `carriedFunnel` give back. DOMAIN.md, "Comparing honestly", defines every number.
 */

/** A proportion: a funnel's target and limits. */
const Proportion = z.number().check(z.gte(0), z.lte(1));

/** A row's place on its series' chart (`spc()`'s RowSpc); limits are null where its phase's baseline is too short. */
export const ReportRowSpc = z
  .strictObject({
    centre: z.nullable(FiniteNumber),
    lower: z.nullable(FiniteNumber),
    upper: z.nullable(FiniteNumber),
    twoSigmaLower: z.nullable(FiniteNumber),
    twoSigmaUpper: z.nullable(FiniteNumber),
    /** The NHS rules the row breaks, in SPC_RULES order; empty when none. */
    rules: z.array(z.enum(SPC_RULES)),
    variation: z.enum(VARIATIONS),
  })
  .check(
    z.refine(hasRulesInOrder, FORMAT_RULE_WORDS.spc_rules_order),
    z.refine(hasVariationOfRules, FORMAT_RULE_WORDS.spc_variation),
    z.refine(hasOrderedSpcLines, FORMAT_RULE_WORDS.spc_lines_order),
  );
export type ReportRowSpc = z.infer<typeof ReportRowSpc>;

/** A group row's place in its period's funnel (`funnel()`'s RowFunnel). */
export const ReportRowFunnel = z
  .strictObject({
    target: Proportion,
    lower95: Proportion,
    upper95: Proportion,
    lower998: Proportion,
    upper998: Proportion,
    position: z.enum(FUNNEL_POSITIONS),
  })
  .check(z.refine(hasOrderedFunnelLimits, FORMAT_RULE_WORDS.funnel_limits_order));
export type ReportRowFunnel = z.infer<typeof ReportRowFunnel>;

/** How a Report's SPC charts were drawn, and what holds for each series (one group's rows; the total's too). */
export const ReportSpc = z.strictObject({
  chart: z.enum(SPC_CHARTS),
  /** The target assurance was judged against: the one asked for, else the indicator's; null for none. */
  target: z.nullable(FiniteNumber),
  /** The number of values that set each phase's limits, as asked; absent: all of them. */
  baseline: z.optional(z.int().check(z.gte(MIN_BASELINE))),
  /** The periods where a new phase starts, as asked (e.g. a reform). */
  phases: z.array(PeriodKey),
  series: z.array(
    z.strictObject({
      group: z.record(Identifier, GroupValue),
      /** Each phase's first period with a value, and how many values its baseline holds. */
      phases: z.array(z.strictObject({ period: PeriodKey, baseline: z.int().check(z.gte(1)) })),
      assurance: z.nullable(z.enum(ASSURANCES)),
      flags: z.array(z.enum(SPC_SERIES_FLAGS)),
    }),
  ),
});
export type ReportSpc = z.infer<typeof ReportSpc>;

/** How a Report's funnels were drawn, and each period's overdispersion. */
export const ReportFunnel = z.strictObject({
  overdispersion: z.boolean(),
  /** The one period compared, as asked; absent: every period. */
  period: z.optional(PeriodKey),
  /** The target as asked; null: each period's Σ numerators / Σ denominators over its groups. */
  target: z.nullable(Proportion),
  periods: z.array(
    z.strictObject({
      period: PeriodKey,
      /** The number of groups that entered the period's funnel. */
      k: z.int().check(z.gte(0)),
      /** Null when overdispersion is off or cannot be estimated. */
      phi: z.nullable(z.number().check(z.gte(0))),
      tau2: z.number().check(z.gte(0)),
    }),
  ),
});
export type ReportFunnel = z.infer<typeof ReportFunnel>;
