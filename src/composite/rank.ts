/** Competition ranks, 1 = highest value; ties share the best rank; nulls get none. */
export function rankDescending(values: readonly (number | null)[]): (number | null)[] {
  return values.map((value) =>
    value === null ? null : 1 + values.filter((other) => other !== null && other > value).length,
  );
}
