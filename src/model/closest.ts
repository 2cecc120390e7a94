/**
 * The edit distance of `a` and `b`: insertions, deletions, substitutions and transpositions of two
 * neighbouring characters (`widht` → `width` is 1), each costing 1 (optimal string alignment).
 * Counted in UTF-16 code units: options and commands are ASCII.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate `typed` most likely misspells: the nearest by edit distance, when it is at most
 * `limit` — by default 1 for names of up to 4 characters and 2 for longer ones (so `--fo` suggests
 * nothing, `--formt` suggests `--format`); the first in `candidates`' order on a tie; undefined
 * when none is close.
 */
export function closest(
  typed: string,
  candidates: readonly string[],
  limit = typed.length <= 4 ? 1 : 2,
): string | undefined {
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(typed.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
