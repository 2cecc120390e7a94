import { operandFields } from '../model/field-types.js';
import { fieldsUsed } from '../model/fields-used.js';
import { predicateOperands } from '../model/predicate-operands.js';
import type { PlanInput } from './aggregate-plan.js';
import type { RowExpressions } from './row-expressions.js';

/**
 * The ingest rules a database does not enforce, for the fields the query reads: required values
 * present, enum values declared, numbers within min/max, and the dataset's record checks. Failing
 * records are quarantined. A key is the database's to enforce (`PRIMARY KEY`/`UNIQUE`): a table
 * has no order that would say which of two records came first.
 */
export function validity(
  input: Pick<PlanInput, 'catalog' | 'dataset' | 'indicators' | 'by' | 'dialect' | 'values' | 'validColumn'>,
  rows: RowExpressions,
): string {
  const d = input.dialect;
  const used = new Set([
    ...(fieldsUsed(
      input.catalog,
      input.indicators.map((indicator) => indicator.id),
    ).get(input.dataset.id) ?? []),
    ...input.by,
  ]);
  // As in process: fields read only by record checks are checked for type and range, not presence.
  const checked = (input.dataset.checks ?? []).flatMap((check) => predicateOperands(check.rule).flatMap(operandFields));
  const ruleOnly = new Set(checked.filter((name) => !used.has(name)));
  const tests: string[] = input.validColumn === undefined ? [] : [d.isTrue(rows.extraColumn(input.validColumn))];
  for (const field of input.dataset.fields) {
    if (!used.has(field.name) && !ruleOnly.has(field.name)) continue;
    const column = rows.column(field.name);
    if (field.required === true && used.has(field.name)) tests.push(d.isNotNull(column));
    const checks: string[] = [];
    if (field.type === 'enum')
      checks.push(`${column} IN (${field.values.map((entry) => input.values.string(entry.value)).join(', ')})`);
    if ((field.type === 'integer' || field.type === 'number') && field.min !== undefined)
      checks.push(`${column} >= ${input.values.number(field.min)}`);
    if ((field.type === 'integer' || field.type === 'number') && field.max !== undefined)
      checks.push(`${column} <= ${input.values.number(field.max)}`);
    if (checks.length > 0) tests.push(`(${d.isNull(column)} OR ${d.isTrue(`(${checks.join(' AND ')})`)})`);
  }
  // A record check is kept unless it is false (as a SQL CHECK): the record is not quarantined
  // when a value it reads is missing. The table must have the columns the checks read.
  for (const check of input.dataset.checks ?? []) tests.push(`NOT ${rows.isTrue({ not: check.rule })}`);
  return tests.length === 0 ? '(1 = 1)' : `(${tests.join(' AND ')})`;
}
