import type { Dataset, Field } from '../model/dataset.js';
import type { LeafPredicate, Operand, Predicate, Scalar } from '../model/predicate.js';
import { enumCodes } from '../ingest/column-builders.js';
import { normalizeText } from '../ingest/values/normalize-text.js';
import { parseIsoDay } from '../time/civil-day.js';
import type { SqlDialect } from './dialect.js';
import type { PeriodIndexSql } from './period-index.js';
import type { SqlValues } from './sql-values.js';

/** The column holding the period position of each expanded record. */
export const PERIOD_COLUMN = 'lg_period';

/**
 * Operands and filters of one dataset as SQL over safely named columns: every field the query
 * reads is selected once from the table, under its quoted name, as `lg_c0`, `lg_c1`, …, and all
 * other SQL refers to those aliases only. Filters follow the core's three-valued logic exactly
 * (see `tri.ts`): each one compiles to two never-null conditions, "is TRUE" and "is FALSE", so
 * that engines with incomplete NULL logic (ClickHouse: `NULL AND 0` is NULL) agree.
 */
export class RowExpressions {
  private readonly aliases = new Map<string, string>();
  private readonly extras = new Map<string, string>();
  private readonly fields: ReadonlyMap<string, Field>;

  constructor(
    readonly dataset: Dataset,
    private readonly columnNames: Readonly<Record<string, string>>,
    readonly dialect: SqlDialect,
    readonly values: SqlValues,
    readonly periods: PeriodIndexSql,
  ) {
    this.fields = new Map(dataset.fields.map((field) => [field.name, field]));
  }

  field(name: string): Field {
    const field = this.fields.get(name);
    if (field === undefined) throw new Error(`dataset "${this.dataset.id}" has no field "${name}"`);
    return field;
  }

  /** The alias a field is read under, registering it on first use. */
  column(name: string): string {
    this.field(name);
    let alias = this.aliases.get(name);
    if (alias === undefined) {
      alias = `lg_c${this.aliases.size}`;
      this.aliases.set(name, alias);
    }
    return alias;
  }

  /** A table column that is no field (e.g. a source's own validity flag), read under `lg_x0`, `lg_x1`, …. */
  extraColumn(columnName: string): string {
    let alias = this.extras.get(columnName);
    if (alias === undefined) {
      alias = `lg_x${this.extras.size}`;
      this.extras.set(columnName, alias);
    }
    return alias;
  }

  /** `quoted table column AS alias` for every column read, in first-use order. */
  selectedColumns(): { sql: string; alias: string }[] {
    return [
      ...[...this.aliases].map(([field, alias]) => ({
        alias,
        sql: this.dialect.quoteIdentifier(this.columnNames[field] ?? field),
      })),
      ...[...this.extras].map(([column, alias]) => ({ alias, sql: this.dialect.quoteIdentifier(column) })),
    ];
  }

  /** A date or datetime field as a civil DATE (instants in Asia/Shanghai, as the core stores them). */
  date(name: string): string {
    const field = this.field(name);
    const column = this.column(name);
    return field.type === 'datetime' ? this.dialect.shanghaiDate(column) : column;
  }

  dayNumber(name: string): string {
    return this.dialect.dayNumber(this.date(name));
  }

  /** A numeric operand (numbers, day numbers for dates, 1/0 for booleans); null stays null. */
  numeric(operand: Operand): string {
    const d = this.dialect;
    if (typeof operand === 'string') {
      const field = this.field(operand);
      if (field.type === 'date' || field.type === 'datetime') return this.dayNumber(operand);
      if (field.type === 'boolean') return d.booleanNumber(this.column(operand));
      return this.column(operand);
    }
    if ('days' in operand) {
      const { from, to, minus } = operand.days;
      const excluded = minus === undefined ? '' : ` - COALESCE(${this.numeric(minus)}, 0)`;
      return `(${this.dayNumber(to)} - ${this.dayNumber(from)}${excluded})`;
    }
    if ('plus' in operand) {
      return `(${operand.plus.map((part) => (typeof part === 'number' ? this.values.number(part) : this.numeric(part))).join(' + ')})`;
    }
    // Whole days from the field to the last day of the period being evaluated.
    return `(${this.periods.periodEnd(PERIOD_COLUMN)} - ${this.dayNumber(operand.age)})`;
  }

  /** A never-null condition: the filter is TRUE for the record (and period). */
  isTrue(predicate: Predicate): string {
    return this.truth(predicate, true);
  }

  private truth(predicate: Predicate, wanted: boolean): string {
    if ('not' in predicate) return this.truth(predicate.not, !wanted);
    if ('and' in predicate || 'or' in predicate) {
      const isAnd = 'and' in predicate;
      const items = (isAnd ? predicate.and : predicate.or).map((item) => this.truth(item, wanted));
      // TRUE of an AND needs every item TRUE; FALSE of an AND needs one item FALSE (and mirrored for OR).
      const joiner = isAnd === wanted ? ' AND ' : ' OR ';
      return `(${items.join(joiner)})`;
    }
    return this.leaf(predicate, wanted);
  }

  private leaf(leaf: LeafPredicate, wanted: boolean): string {
    const d = this.dialect;
    const op = leaf.op;
    const field = typeof leaf.field === 'string' ? this.field(leaf.field) : undefined;
    const text = field !== undefined && (field.type === 'enum' || field.type === 'string');
    const left = text ? this.column(field.name) : this.numeric(leaf.field);
    if (op === 'isNull' || op === 'notNull') return (op === 'isNull') === wanted ? d.isNull(left) : d.isNotNull(left);
    let comparison: string;
    if (op === undefined) comparison = `${left} = 1`;
    else if (op === 'in' || op === 'notIn') {
      const constants = (leaf.value as readonly Scalar[]).map((constant) => this.constant(constant, field));
      if (constants.length === 0) comparison = op === 'in' ? `${left} <> ${left}` : `${left} = ${left}`;
      else comparison = `${left} ${op === 'in' ? 'IN' : 'NOT IN'} (${constants.join(', ')})`;
    } else {
      const right =
        leaf.other !== undefined
          ? text
            ? this.column(leaf.other as string)
            : this.numeric(leaf.other)
          : this.constant(leaf.value as Scalar, field);
      comparison = `${left} ${SQL_OPERATORS[op]} ${right}`;
    }
    return d.isTrue(wanted ? `(${comparison})` : `NOT (${comparison})`);
  }

  /** A constant as SQL: enum spellings resolved to the canonical value, dates as day numbers. */
  private constant(constant: Scalar, field: Field | undefined): string {
    if (field !== undefined && field.type === 'enum') {
      const code = enumCodes(field).get(normalizeText(String(constant)).toLowerCase());
      return this.values.string(code === undefined ? String(constant) : field.values[code]!.value);
    }
    if (field !== undefined && field.type === 'string') return this.values.string(String(constant));
    if (typeof constant === 'number') return this.values.number(constant);
    if (typeof constant === 'boolean') return constant ? '1' : '0';
    const day = parseIsoDay(constant);
    if (day === undefined) throw new Error(`"${constant}" is not a date`);
    return this.values.number(day);
  }
}

const SQL_OPERATORS = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' } as const;
