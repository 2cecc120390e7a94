import type { Report } from '../src/index.js';

/**
 * Differences between two engines' Reports: identical structure, groups, periods, counts, flags
 * and statuses; numbers within `tolerance` (relative to their size, and absolute near zero).
 * Returns the first few differences as text, empty when the Reports agree.
 */
export function reportDifferences(expected: readonly Report[], actual: readonly Report[], tolerance = 1e-9): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (out.length >= 12) return;
    if (typeof a === 'number' && typeof b === 'number') {
      if (a === b) return;
      if (Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b))) return;
      out.push(`${path}: ${a} ≠ ${b}`);
      return;
    }
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
      if (a !== b) out.push(`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
      return;
    }
    if (Array.isArray(a) !== Array.isArray(b)) {
      out.push(`${path}: array vs object`);
      return;
    }
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    if (Array.isArray(a) && (a as unknown[]).length !== (b as unknown[]).length)
      out.push(`${path}: length ${(a as unknown[]).length} ≠ ${(b as unknown[]).length}`);
    for (const key of keys)
      walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
  };
  walk(expected, actual, 'reports');
  return out;
}
