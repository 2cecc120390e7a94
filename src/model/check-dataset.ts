import type { IssuePath } from '../errors/issue.js';
import type { LawGaugeIssue } from '../errors/issues.js';
import { DatasetReferenceChecker } from './check-predicate.js';
import type { Dataset } from './dataset.js';
import { predicateOperands, readsAge } from './predicate-operands.js';

/**
 * Duplicate names, inverted ranges, enum spellings that would collide on ingest, and record rules
 * (key and checks) that name unknown fields, compare the wrong kinds or depend on the period.
 */
export function checkDataset(dataset: Dataset, path: IssuePath, issues: LawGaugeIssue[]): void {
  const seen = new Set<string>();
  dataset.fields.forEach((field, index) => {
    const fieldPath = [...path, 'fields', index];
    if (seen.has(field.name))
      issues.push({
        code: 'duplicate_id',
        path: [...fieldPath, 'name'],
        message: `duplicate field "${field.name}" in dataset "${dataset.id}"`,
        params: { kind: 'field', id: field.name, dataset: dataset.id },
      });
    seen.add(field.name);
    if (
      (field.type === 'integer' || field.type === 'number') &&
      field.min !== undefined &&
      field.max !== undefined &&
      field.min > field.max
    ) {
      issues.push({
        code: 'invalid_range',
        path: [...fieldPath, 'min'],
        message: `min ${field.min} is above max ${field.max}`,
        params: { kind: 'min_max', min: field.min, max: field.max },
      });
    }
    if (field.type === 'enum') {
      const spellings = new Map<string, string>();
      field.values.forEach((entry, valueIndex) => {
        for (const spelling of [entry.value, ...(entry.synonyms ?? [])]) {
          const key = spelling.trim().toLowerCase();
          const owner = spellings.get(key);
          if (owner !== undefined && owner !== entry.value) {
            issues.push({
              code: 'duplicate_id',
              path: [...fieldPath, 'values', valueIndex],
              message: `"${spelling}" would mean both "${owner}" and "${entry.value}"`,
              params: { kind: 'spelling', id: spelling, first: owner, second: entry.value },
            });
          }
          spellings.set(key, entry.value);
        }
      });
    }
  });
  checkRecordRules(dataset, path, issues);
}

function checkRecordRules(dataset: Dataset, path: IssuePath, issues: LawGaugeIssue[]): void {
  const checker = new DatasetReferenceChecker(dataset, issues);
  const inKey = new Set<string>();
  (dataset.key ?? []).forEach((name, index) => {
    const keyPath = [...path, 'key', index];
    if (inKey.has(name))
      issues.push({
        code: 'duplicate_id',
        path: keyPath,
        message: `field "${name}" is twice in the key of dataset "${dataset.id}"`,
        params: { kind: 'key_field', id: name, dataset: dataset.id },
      });
    inKey.add(name);
    const field = checker.field(name, keyPath);
    if (field?.type === 'datetime') {
      // Instants are stored as the civil day they fall on: two records an hour apart would collide.
      issues.push({
        code: 'invalid_field_type',
        path: keyPath,
        message: `key field "${name}" of dataset "${dataset.id}" is a datetime, stored by day; a key must tell records apart exactly`,
        params: { field: name, dataset: dataset.id, type: 'datetime', expected: 'exact_key' },
      });
    }
    if (field !== undefined && field.required !== true) {
      issues.push({
        code: 'optional_key_field',
        path: keyPath,
        message: `key field "${name}" of dataset "${dataset.id}" must be required (a record without it could not be told apart)`,
        params: { field: name, dataset: dataset.id },
      });
    }
  });
  const ids = new Set<string>();
  (dataset.checks ?? []).forEach((check, index) => {
    const checkPath = [...path, 'checks', index];
    if (ids.has(check.id))
      issues.push({
        code: 'duplicate_id',
        path: [...checkPath, 'id'],
        message: `duplicate check "${check.id}" in dataset "${dataset.id}"`,
        params: { kind: 'check', id: check.id, dataset: dataset.id },
      });
    ids.add(check.id);
    if (predicateOperands(check.rule).some(readsAge)) {
      issues.push({
        code: 'period_dependent_check',
        path: [...checkPath, 'rule'],
        message: `check "${check.id}" reads "age", which depends on the period; a record check must hold for the record alone`,
        params: { check: check.id },
      });
      return;
    }
    checker.predicate(check.rule, [...checkPath, 'rule']);
  });
}
