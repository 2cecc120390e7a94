import type { CompositePlace, TypedIssue } from '../errors/issues.js';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { Normalisation } from '../model/composite.js';
import type { Indicator } from '../model/indicator.js';
import { aggregate, contributions } from './aggregate.js';
import { CompositeMathError } from './composite-error.js';
import type { CompositeInputs, PlanNode } from './composite-plan.js';
import { isLeftOut, normalise } from './normalise.js';

/** Values of a node for every unit in one period, with each child's contribution. */
export interface NodeResult {
  readonly values: (number | null)[];
  readonly components: Record<string, (number | null)[]>;
  /** Leaf indicators that entered each unit's value (present and not left out). */
  readonly present: number[];
  /**
   * Leaf indicators left out of this period's aggregate because their normalisation is undefined
   * (every unit equal under min-max or z-scores; see `isLeftOut` in normalise.ts), in tree order.
   */
  readonly leftOut: string[];
}

/** Variations used by the uncertainty analysis: weight multipliers per node child, one normalisation for all leaves. */
export interface TreeVariation {
  readonly weight?: (node: PlanNode, childIndex: number) => number;
  readonly normalisation?: Normalisation;
}

/** Direction and band handling before normalisation: higher results are always better. */
function directed(indicator: Indicator, values: (number | null)[]): { values: (number | null)[]; direction: 1 | -1 } {
  const polarity = indicator.polarity;
  if (typeof polarity === 'object') {
    // Inside the band is best; outside, the further away the worse.
    const [lo, hi] = polarity.band;
    return { values: values.map((x) => (x === null ? null : -Math.max(lo - x, 0, x - hi))), direction: 1 };
  }
  return { values, direction: polarity === 'lower-better' ? -1 : 1 };
}

function wrap(
  error: unknown,
  compositeId: string,
  where: string,
  period: string,
  place: { readonly indicator: string } | { readonly unit: string },
): never {
  if (error instanceof CompositeMathError) {
    const math: CompositeMathError = error;
    const params: CompositePlace = { ...math.params, ...place, period };
    const issue = {
      code: math.code,
      path: [compositeId],
      message: `${where}, period ${period}: ${math.message}`,
      params,
    };
    // The code and its params come from one constructor call; TypeScript cannot follow the pair through a spread.
    throw new LawGaugeError('invalid_data', 'composite', [issue as unknown as TypedIssue]);
  }
  throw error;
}

export function evaluateTree(
  node: PlanNode,
  inputs: CompositeInputs,
  p: number,
  variation: TreeVariation = {},
): NodeResult {
  const unitCount = inputs.units.length;
  const childValues: (number | null)[][] = [];
  const present = new Array<number>(unitCount).fill(0);
  const leftOut: string[] = [];
  for (const child of node.children) {
    if (child.kind === 'indicator') {
      const raw = inputs.units.map((_, u) => inputs.value(child.id, p, u));
      const { values, direction } = directed(child.indicator, raw);
      let normalised: (number | null)[] = [];
      try {
        normalised = normalise(values, variation.normalisation ?? child.normalisation, direction);
      } catch (error) {
        wrap(error, node.composite.id, `indicator "${child.id}"`, inputs.periods[p]!.key, { indicator: child.id });
      }
      // A constant indicator comes back all null: it drops out and the weights renormalise over
      // the other children, exactly as for missing values; the caller flags the period's rows.
      if (isLeftOut(values, normalised)) leftOut.push(child.id);
      childValues.push(normalised);
      normalised.forEach((x, u) => (present[u]! += x === null ? 0 : 1));
    } else {
      const result = evaluateTree(child.node, inputs, p, variation);
      childValues.push(result.values);
      result.present.forEach((count, u) => (present[u]! += count));
      for (const id of result.leftOut) leftOut.push(id);
    }
  }
  const weights = node.children.map((child, index) => child.weight * (variation.weight?.(node, index) ?? 1));
  const values: (number | null)[] = [];
  const components: Record<string, (number | null)[]> = Object.fromEntries(
    node.children.map((child) => [child.id, [] as (number | null)[]]),
  );
  for (let u = 0; u < unitCount; u++) {
    const row = childValues.map((column) => column[u]!);
    let value: number | undefined;
    try {
      value = aggregate(row, weights, node.aggregation, node.minShare);
    } catch (error) {
      wrap(error, node.composite.id, `unit ${JSON.stringify(inputs.units[u])}`, inputs.periods[p]!.key, {
        unit: JSON.stringify(inputs.units[u]),
      });
    }
    values.push(value ?? null);
    const shares = contributions(row, weights);
    node.children.forEach((child, index) => components[child.id]!.push(value === undefined ? null : shares[index]!));
  }
  return { values, components, present, leftOut };
}
