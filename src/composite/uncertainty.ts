import { invalidArgument } from '../errors/law-gauge-error.js';
import type { Catalog } from '../model/catalog.js';
import type { Normalisation } from '../model/composite.js';
import { checkOptionKeys, type OptionKeys } from '../model/option-keys.js';
import { parseCatalog } from '../model/parse.js';
import type { GroupValue, Report } from '../model/report.js';
import { quantileSorted } from '../evaluate/statistics/quantile.js';
import { buildPlan, collectInputs } from './composite-plan.js';
import { evaluateTree, type TreeVariation } from './evaluate-tree.js';
import { rankDescending } from './rank.js';
import { seededRandom } from './seeded-random.js';

export interface UncertaintyOptions {
  readonly composite: string;
  /** Period key to analyse. Default: the last period with a value. */
  readonly period?: string;
  /** Default 500. */
  readonly runs?: number;
  /** Each weight is multiplied by a uniform factor in [1 − noise, 1 + noise]. Default 0.25. */
  readonly weightNoise?: number;
  /** Each run uses one of these for every indicator, drawn at random. Default: the composite's own, min-max and percentile rank. */
  readonly normalisations?: readonly Normalisation[];
  /** Default 1. The same seed gives the same result. */
  readonly seed?: number;
}

/** The keys of {@link UncertaintyOptions}: any other is refused, not ignored. */
const UNCERTAINTY_OPTION_KEYS: OptionKeys<UncertaintyOptions> = {
  composite: true,
  period: true,
  runs: true,
  weightNoise: true,
  normalisations: true,
  seed: true,
};

export interface UnitRankInterval {
  readonly group: Record<string, GroupValue>;
  /** Rank with the catalog's own weights and normalisations. */
  readonly nominalRank: number | null;
  readonly medianRank: number | null;
  /** 5th and 95th percentiles of the rank over the runs. */
  readonly low: number | null;
  readonly high: number | null;
}

/**
 * Uncertainty analysis of a composite (OECD/JRC handbook, COINr's `get_sensitivity`): `runs`
 * re-computations with randomly perturbed weights and a randomly chosen normalisation, giving
 * each unit's median rank and 5–95% rank interval. Deterministic for a given seed.
 *
 * @throws LawGaugeError for an option it does not have (`unknown_key`), an unknown composite, runs
 *   or weightNoise out of range, or a period the Reports do not have.
 */
export function compositeUncertainty(
  catalog: Catalog | unknown,
  reports: readonly Report[],
  options: UncertaintyOptions,
): UnitRankInterval[] {
  const given: Partial<UncertaintyOptions> = checkOptionKeys(options, UNCERTAINTY_OPTION_KEYS);
  const parsed = parseCatalog(catalog);
  const plan = buildPlan(parsed, given.composite as string);
  const inputs = collectInputs(plan, reports);
  const runs = given.runs ?? 500;
  const noise = given.weightNoise ?? 0.25;
  if (!Number.isInteger(runs) || runs < 1)
    throw invalidArgument('given.runs', `expected a whole number ≥ 1, got ${runs}`);
  if (!(noise >= 0 && noise < 1)) throw invalidArgument('given.weightNoise', `expected 0 ≤ noise < 1, got ${noise}`);
  const withData = inputs.periods.filter((_, index) =>
    evaluateTree(plan, inputs, index).values.some((value) => value !== null),
  );
  const periodKey = given.period ?? withData.at(-1)?.key;
  const p = inputs.periods.findIndex((period) => period.key === periodKey);
  if (p < 0)
    throw invalidArgument(
      'given.period',
      `no period "${String(periodKey)}" in the Reports; they have ${inputs.periods.map((period) => period.key).join(', ')}`,
    );
  const alternatives: readonly (Normalisation | undefined)[] = given.normalisations ?? [
    undefined,
    { method: 'minMax', range: [0, 100] },
    { method: 'percentileRank' },
  ];
  const random = seededRandom(given.seed ?? 1);
  const nominal = rankDescending(evaluateTree(plan, inputs, p).values);
  const ranks: number[][] = inputs.units.map(() => []);
  for (let run = 0; run < runs; run++) {
    const factors = new Map<object, number[]>();
    const normalisation = alternatives[Math.floor(random() * alternatives.length)];
    const variation: TreeVariation = {
      weight: (node, index) => {
        let list = factors.get(node);
        if (list === undefined) {
          list = node.children.map(() => 1 + (2 * random() - 1) * noise);
          factors.set(node, list);
        }
        return list[index]!;
      },
      ...(normalisation === undefined ? {} : { normalisation }),
    };
    rankDescending(evaluateTree(plan, inputs, p, variation).values).forEach((rank, u) => {
      if (rank !== null) ranks[u]!.push(rank);
    });
  }
  return inputs.units.map((group, u) => {
    const sorted = ranks[u]!.sort((a, b) => a - b);
    return {
      group: { ...group },
      nominalRank: nominal[u] ?? null,
      medianRank: quantileSorted(sorted, 0.5) ?? null,
      low: quantileSorted(sorted, 0.05) ?? null,
      high: quantileSorted(sorted, 0.95) ?? null,
    };
  });
}
