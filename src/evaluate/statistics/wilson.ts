/** z for a two-sided 95% interval, as DOMAIN.md's golden values use. */
export const Z_95 = 1.959964;

/**
 * Wilson score interval for `successes` out of `trials`; `undefined` when `trials` is 0.
 * Unlike the normal approximation it stays inside [0, 1] and is sound for small samples and
 * for rates near 0 or 1 (15/50 → [0.191036, 0.437504]; 0/50 → [0, 0.071348]).
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  z: number = Z_95,
): { low: number; high: number } | undefined {
  if (trials <= 0) return undefined;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
