/**
 * The benchmark task's answer in a form every engine can produce: for each indicator, month and
 * district (or `*` for the total), the value and, for rates, numerator and denominator.
 */
export interface Cell {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}
export type Cells = Map<string, Cell>;

export const BENCH_INDICATORS = [
  'filed_cases',
  'closed_cases',
  'clearance_rate',
  'on_time_closure_rate',
  'avg_trial_days',
  'median_trial_days',
  'appeal_rate',
] as const;

export function cellKey(indicator: string, month: string, district: string): string {
  return `${indicator}|${month}|${district}`;
}

/** Keys where two answers differ (missing entries count as empty cells), at most `limit`. */
export function differences(a: Cells, b: Cells, tolerance = 1e-9, limit = 5): string[] {
  const out: string[] = [];
  const empty: Cell = { value: null, numerator: null, denominator: null };
  const close = (x: number | null, y: number | null, zeroIsNull: boolean): boolean => {
    const nx = zeroIsNull && x === 0 ? null : x;
    const ny = zeroIsNull && y === 0 ? null : y;
    if (nx === null || ny === null) return nx === ny;
    return Math.abs(nx - ny) <= tolerance * Math.max(1, Math.abs(nx), Math.abs(ny));
  };
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? empty;
    const y = b.get(key) ?? empty;
    const isCount = key.startsWith('filed_cases|') || key.startsWith('closed_cases|');
    if (
      !close(x.value, y.value, isCount) ||
      !close(x.numerator, y.numerator, true) ||
      !close(x.denominator, y.denominator, true)
    ) {
      out.push(`${key}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
      if (out.length >= limit) break;
    }
  }
  return out;
}
