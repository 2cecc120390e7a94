import type { SqlDialect } from './dialect.js';
import { numberLiteral } from './dialect.js';

/**
 * Turns constants from catalogs and options into SQL. With `bind`, strings become parameters
 * (`$1`, `$2`, …) where the engine takes them; otherwise, and always for ClickHouse, escaped
 * literals by the engine's rules. Numbers are numeric literals (a finite number's text cannot
 * change a query's shape).
 */
export class SqlValues {
  readonly params: string[] = [];
  private readonly positions = new Map<string, number>();

  constructor(
    readonly dialect: SqlDialect,
    private readonly bind: boolean,
  ) {}

  string(value: string): string {
    if (!this.bind || this.dialect.placeholder === null) return this.dialect.stringLiteral(value);
    let position = this.positions.get(value);
    if (position === undefined) {
      position = this.params.push(value);
      this.positions.set(value, position);
    }
    // A typed placeholder, so that engines never have to guess a parameter's type.
    return `CAST(${this.dialect.placeholder(position)} AS VARCHAR)`;
  }

  number(value: number): string {
    return numberLiteral(value);
  }
}
