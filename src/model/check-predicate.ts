import { dayIssue } from '../errors/day-issue.js';
import type { IssuePath } from '../errors/issue.js';
import type { LawGaugeIssue } from '../errors/issues.js';
import { EN_ISSUES } from '../errors/messages/en.js';
import { parseIsoDay } from '../time/civil-day.js';
import { enumSpellings } from './enum-spellings.js';
import type { Dataset, Field } from './dataset.js';
import { kindOfField, type OperandKind } from './field-types.js';
import type { LeafPredicate, Operand, Predicate, Scalar } from './predicate.js';
import type { TimeRules } from './time-rule.js';

/** Checks filters, operands and time-rule fields of one indicator against its dataset. */
export class DatasetReferenceChecker {
  private readonly fields: ReadonlyMap<string, Field>;

  constructor(
    private readonly dataset: Dataset,
    private readonly issues: LawGaugeIssue[],
  ) {
    this.fields = new Map(dataset.fields.map((field) => [field.name, field]));
  }

  /** The field, or an `unknown_field` issue listing the fields the dataset has. */
  field(name: string, path: IssuePath): Field | undefined {
    const field = this.fields.get(name);
    if (field === undefined) {
      this.issues.push({
        code: 'unknown_reference',
        path,
        message: `unknown field "${name}" in dataset "${this.dataset.id}"; known: ${[...this.fields.keys()].join(', ')}`,
        params: { kind: 'field', id: name, dataset: this.dataset.id, known: [...this.fields.keys()] },
      });
    }
    return field;
  }

  /** A field that must hold dates (for time rules and `days`/`age`). */
  dateField(name: string, path: IssuePath): void {
    const field = this.field(name, path);
    if (field !== undefined && kindOfField(field) !== 'date') {
      this.issues.push({
        code: 'invalid_field_type',
        path,
        message: `field "${name}" is ${field.type}; expected a date or datetime field`,
        params: { field: name, type: field.type, expected: 'date' },
      });
    }
  }

  /** The kind an operand evaluates to, or undefined when it is broken (issues recorded). */
  operand(operand: Operand, path: IssuePath): { kind: OperandKind; field?: Field } | undefined {
    if (typeof operand === 'string') {
      const field = this.field(operand, path);
      return field === undefined ? undefined : { kind: kindOfField(field), field };
    }
    if ('days' in operand) {
      const before = this.issues.length;
      this.dateField(operand.days.from, [...path, 'days', 'from']);
      this.dateField(operand.days.to, [...path, 'days', 'to']);
      if (operand.days.minus !== undefined) this.numericField(operand.days.minus, [...path, 'days', 'minus']);
      return this.issues.length === before ? { kind: 'number' } : undefined;
    }
    if ('plus' in operand) {
      const before = this.issues.length;
      operand.plus.forEach((part, index) => {
        if (typeof part !== 'number') this.numericOperand(part, [...path, 'plus', index]);
      });
      return this.issues.length === before ? { kind: 'number' } : undefined;
    }
    const before = this.issues.length;
    this.dateField(operand.age, [...path, 'age']);
    return this.issues.length === before ? { kind: 'number' } : undefined;
  }

  numericOperand(operand: Operand, path: IssuePath): void {
    const resolved = this.operand(operand, path);
    if (resolved !== undefined && resolved.kind !== 'number') {
      this.issues.push({
        code: 'invalid_field_type',
        path,
        message: `expected a numeric operand (integer or number field, days or age), got a ${resolved.field?.type ?? resolved.kind} field`,
        params: { type: resolved.field?.type ?? resolved.kind, expected: 'numeric_operand' },
      });
    }
  }

  private numericField(name: string, path: IssuePath): void {
    const field = this.field(name, path);
    if (field !== undefined && kindOfField(field) !== 'number') {
      this.issues.push({
        code: 'invalid_field_type',
        path,
        message: `field "${name}" is ${field.type}; expected an integer or number field`,
        params: { field: name, type: field.type, expected: 'number' },
      });
    }
  }

  /** A record set of a measure: its time rules' date fields, then its filter. */
  part(part: { readonly time?: TimeRules | undefined; readonly where?: Predicate | undefined }, path: IssuePath): void {
    if (part.time !== undefined) this.time(part.time, [...path, 'time']);
    if (part.where !== undefined) this.predicate(part.where, [...path, 'where']);
  }

  /** Each rule's date fields: `flow`, or `from` and `to`. */
  time(time: TimeRules, path: IssuePath): void {
    const rules = Array.isArray(time) ? time : [time];
    rules.forEach((rule, index) => {
      const rulePath = Array.isArray(time) ? [...path, index] : path;
      if ('flow' in rule) {
        this.dateField(rule.flow, [...rulePath, 'flow']);
      } else {
        this.dateField(rule.from, [...rulePath, 'from']);
        this.dateField(rule.to, [...rulePath, 'to']);
      }
    });
  }

  predicate(predicate: Predicate, path: IssuePath): void {
    if ('and' in predicate) predicate.and.forEach((item, i) => this.predicate(item, [...path, 'and', i]));
    else if ('or' in predicate) predicate.or.forEach((item, i) => this.predicate(item, [...path, 'or', i]));
    else if ('not' in predicate) this.predicate(predicate.not, [...path, 'not']);
    else this.leaf(predicate, path);
  }

  private leaf(leaf: LeafPredicate, path: IssuePath): void {
    const operand = this.operand(leaf.field, [...path, 'field']);
    const op = leaf.op;
    if (op === undefined) {
      if (operand !== undefined && operand.kind !== 'boolean') {
        this.issues.push({
          code: 'non_boolean_filter',
          path: [...path, 'field'],
          message: `a filter without "op" tests that a boolean field is true, but ${typeof leaf.field === 'string' ? `"${leaf.field}" is ${operand.field?.type ?? operand.kind}` : 'this operand is numeric'}; add an "op"`,
          params:
            typeof leaf.field === 'string'
              ? { field: leaf.field, type: operand.field?.type ?? operand.kind }
              : { type: 'number' },
        });
      }
      this.forbid(leaf, ['value', 'other'], path, 'a filter without "op"');
      return;
    }
    if (op === 'isNull' || op === 'notNull') {
      this.forbid(leaf, ['value', 'other'], path, `"${op}"`);
      return;
    }
    if (op === 'in' || op === 'notIn') {
      this.forbid(leaf, ['other'], path, `"${op}"`);
      if (!Array.isArray(leaf.value)) {
        this.issues.push({
          code: 'invalid_comparison',
          path: [...path, 'value'],
          message: `"${op}" needs "value": an array of constants`,
          params: { op, needs: 'list' },
        });
      } else if (operand !== undefined) {
        leaf.value.forEach((constant, i) => this.constant(constant, operand, [...path, 'value', i]));
      }
      return;
    }
    const ordered = op !== 'eq' && op !== 'ne';
    if (operand !== undefined && ordered && operand.kind !== 'number' && operand.kind !== 'date') {
      this.issues.push({
        code: 'invalid_operator',
        path: [...path, 'op'],
        message: `"${op}" compares numbers or dates; "${String(leaf.field)}" is ${operand.field?.type ?? operand.kind}`,
        params: { op, field: String(leaf.field), type: operand.field?.type ?? operand.kind },
      });
    }
    if ((leaf.value === undefined) === (leaf.other === undefined)) {
      this.issues.push({
        code: 'invalid_comparison',
        path,
        message: `"${op}" needs exactly one of "value" (a constant) or "other" (another field)`,
        params: { op, needs: 'value_or_other' },
      });
      return;
    }
    if (leaf.other !== undefined) {
      const other = this.operand(leaf.other, [...path, 'other']);
      if (operand !== undefined && other !== undefined && other.kind !== operand.kind) {
        this.issues.push({
          code: 'incompatible_operands',
          path: [...path, 'other'],
          message: `cannot compare a ${operand.kind} with a ${other.kind}`,
          params: { left: operand.kind, right: other.kind },
        });
      }
    } else if (Array.isArray(leaf.value)) {
      this.issues.push({
        code: 'invalid_comparison',
        path: [...path, 'value'],
        message: `"${op}" takes one constant; use "in" for a list`,
        params: { op, needs: 'one' },
      });
    } else if (operand !== undefined) {
      this.constant(leaf.value as Scalar, operand, [...path, 'value']);
    }
  }

  private forbid(leaf: LeafPredicate, keys: readonly ('value' | 'other')[], path: IssuePath, what: string): void {
    for (const key of keys) {
      if (leaf[key] !== undefined)
        this.issues.push({
          code: 'unknown_key',
          path: [...path, key],
          message: `${what} takes no "${key}"`,
          params: { key, owner: 'filter', op: leaf.op ?? '' },
        });
    }
  }

  private constant(constant: Scalar, operand: { kind: OperandKind; field?: Field }, path: IssuePath): void {
    const field = operand.field;
    switch (operand.kind) {
      case 'number':
        if (typeof constant !== 'number' || !Number.isFinite(constant))
          this.mismatch(constant, 'a number', 'number', path);
        return;
      case 'boolean':
        if (typeof constant !== 'boolean') this.mismatch(constant, 'true or false', 'boolean', path);
        return;
      case 'date':
        if (typeof constant !== 'string' || parseIsoDay(constant) === undefined) {
          // Spelled YYYY-MM-DD but no day of the calendar (2019-02-30): said as every date check says it.
          const issue = dayIssue(constant, path);
          if (issue.code === 'invalid_date') this.issues.push(issue);
          else this.mismatch(constant, 'a date "YYYY-MM-DD"', 'date', path);
        }
        return;
      case 'string':
        if (typeof constant !== 'string') this.mismatch(constant, 'a string', 'string', path);
        return;
      case 'enum': {
        if (field?.type !== 'enum') return;
        const lower = typeof constant === 'string' ? constant.trim().toLowerCase() : undefined;
        const known = field.values.some(
          (entry) =>
            entry.value.toLowerCase() === lower ||
            (entry.synonyms ?? []).some((synonym) => synonym.toLowerCase() === lower),
        );
        if (!known) {
          const params = {
            value: JSON.stringify(constant),
            field: field.name,
            allowed: field.values.map((entry) => entry.value),
            ...enumSpellings(field, constant),
          };
          this.issues.push({
            code: 'unknown_enum_value',
            path,
            message: EN_ISSUES.unknown_enum_value(params),
            params,
          });
        }
      }
    }
  }

  private mismatch(
    constant: Scalar,
    expected: string,
    kind: 'number' | 'boolean' | 'date' | 'string',
    path: IssuePath,
  ): void {
    this.issues.push({
      code: 'invalid_constant',
      path,
      message: `expected ${expected}, got ${JSON.stringify(constant)}`,
      params: { expected: kind, value: JSON.stringify(constant) },
    });
  }
}
