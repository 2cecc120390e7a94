import type { Predicate } from '../model/predicate.js';
import type { TimeRule, TimeRules } from '../model/time-rule.js';
import type { PeriodIndexSql } from './period-index.js';
import { PERIOD_COLUMN, type RowExpressions } from './row-expressions.js';
import { ruleBounds, rulesOf, type RuleBounds } from './rule-bounds.js';

/**
 * The never-null SQL conditions that say whether an expanded row (a record in period
 * `lg_period`) belongs to a part's records, and the time rules and rule sets they refer to, each
 * numbered once in the order first asked for: rule `i` is the columns `lg_s<i>` / `lg_e<i>`.
 */
export class PartConditions {
  readonly rules: RuleBounds[] = [];
  /** Sets of rules (indices into `rules`, ascending) whose membership changes `delta` accumulators follow. */
  readonly ruleSets: number[][] = [];
  private readonly ruleIndex = new Map<string, number>();

  constructor(
    private readonly rows: RowExpressions,
    private readonly periods: PeriodIndexSql,
    /** Every rule as a period-to-date window (`EvaluateOptions.toDate`). */
    private readonly toDate: boolean,
  ) {}

  /** Whether a record may take part in many periods under the rule: a stock rule or a period-to-date span. */
  isLong(rule: TimeRule): boolean {
    return !('flow' in rule) || this.toDate || rule.toDate === true;
  }

  /** The rule's number, given on first sight. */
  ruleNumber(rule: TimeRule): number {
    const toDate = this.toDate || rule.toDate === true;
    const key = JSON.stringify([rule, toDate]);
    let index = this.ruleIndex.get(key);
    if (index === undefined) {
      index = this.rules.push(ruleBounds(rule, toDate, this.rows, this.periods)) - 1;
      this.ruleIndex.set(key, index);
    }
    return index;
  }

  /** The number of the set of the part's rules, given on first sight. */
  ruleSetNumber(time: TimeRules): number {
    const members = [...new Set(rulesOf(time).map((rule) => this.ruleNumber(rule)))].sort((a, b) => a - b);
    const found = this.ruleSets.findIndex((set) => set.join(',') === members.join(','));
    return found >= 0 ? found : this.ruleSets.push(members) - 1;
  }

  /** The row's period is within the part's time rules. */
  time(time: TimeRules): string {
    const conditions = rulesOf(time).map((rule) => {
      const index = this.ruleNumber(rule);
      return this.rows.dialect.isTrue(`(${PERIOD_COLUMN} >= lg_s${index} AND ${PERIOD_COLUMN} < lg_e${index})`);
    });
    // Several rules join their record sets: a record taking part through two rules counts once.
    return conditions.length === 1 ? conditions[0]! : `(${conditions.join(' OR ')})`;
  }

  /** One condition per filter given. */
  filters(where: readonly (Predicate | undefined)[]): string[] {
    return where.filter((item): item is Predicate => item !== undefined).map((item) => this.rows.isTrue(item));
  }

  /** The row is one of the part's records in its period: its time rules and its filters. */
  part(time: TimeRules, where: readonly (Predicate | undefined)[]): string {
    return [this.time(time), ...this.filters(where)].join(' AND ');
  }
}
