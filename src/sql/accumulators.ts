/**
 * One aggregate the query returns per (group, period) cell; conditions are never null. With
 * `delta`, the accumulator sums the changes of a record's membership in rule set `delta` (+1 where
 * it starts taking part, −1 where it stops) and `condition` holds only the filters: the finishing
 * step turns the changes into running totals over the periods (see AggregatePlan.events).
 */
export type Accumulator = (
  | { readonly kind: 'count'; readonly condition: string }
  | { readonly kind: 'countValues' | 'sum' | 'min' | 'max'; readonly value: string; readonly condition: string }
  | { readonly kind: 'quantile'; readonly value: string; readonly condition: string; readonly p: number }
) & { readonly delta?: number };

/** The accumulators of one query, in the order first asked for; equal requests share one. */
export class Accumulators {
  readonly list: Accumulator[] = [];
  private readonly index = new Map<string, number>();

  /** The accumulator's position in the query's results. */
  add(accumulator: Accumulator): number {
    const key = JSON.stringify(accumulator);
    let position = this.index.get(key);
    if (position === undefined) {
      position = this.list.push(accumulator) - 1;
      this.index.set(key, position);
    }
    return position;
  }
}
