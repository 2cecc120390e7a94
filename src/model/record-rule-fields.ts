import type { Dataset } from './dataset.js';
import { operandFields } from './field-types.js';
import { predicateOperands } from './predicate-operands.js';

/**
 * The fields a dataset's record rules read (its key and its checks), in dataset order. They are
 * read whenever the dataset is, whatever the indicators need: a duplicate or impossible record is
 * left out of every indicator, or the indicators would disagree on how many records there are.
 */
export function recordRuleFields(dataset: Dataset): string[] {
  const names = new Set<string>(dataset.key ?? []);
  for (const check of dataset.checks ?? []) {
    for (const operand of predicateOperands(check.rule)) operandFields(operand).forEach((name) => names.add(name));
  }
  return dataset.fields.map((field) => field.name).filter((name) => names.has(name));
}
