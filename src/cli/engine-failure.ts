/**
 * A database engine failed: refused the connection, lacked a table or column, could not read a
 * file. Carries what the engine was doing, so the one line the CLI prints names the engine and
 * the dataset and table, not only the driver's words.
 */
export class EngineFailure extends Error {
  constructor(
    /** The engine as given, without credentials (`postgres://host/db`). */
    readonly engine: string,
    /** What it was doing: `connect`, or the datasets and their tables or files. */
    readonly target:
      | { readonly kind: 'connect' }
      | { readonly kind: 'datasets'; readonly datasets: readonly (readonly [dataset: string, source: string])[] },
    options: { readonly cause: unknown },
  ) {
    super(`${engine}: engine failure`, options);
    this.name = 'EngineFailure';
  }
}

/** An engine address without its user, password or `password` parameter, for messages. */
export function withoutCredentials(engine: string): string {
  try {
    const url = new URL(engine);
    if (url.host === '') return engine;
    url.username = '';
    url.password = '';
    url.searchParams.delete('password');
    return url.toString();
  } catch {
    // Not a URL (`duckdb:`, a path): whatever comes before the last `@` may hold credentials.
    const at = engine.lastIndexOf('@');
    return at < 0 ? engine : engine.slice(at + 1);
  }
}

/**
 * The driver's own words, on one line: DuckDB appends the failing SQL (`LINE 2: … AS lg_c0 …`),
 * which names lawgauge's internal aliases rather than anything the user wrote.
 */
export function driverDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .split(/\n\s*LINE \d+:/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
}
