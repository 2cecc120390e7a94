/** A Node system error's code (`ENOENT`, `EACCES`, …), or `''`: how a problem names why a file failed in any language. */
export function errnoOf(error: unknown): string {
  const code = error !== null && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}
