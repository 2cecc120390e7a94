import type { DefinitionIssue, IssuePath } from '../errors/issue.js';
import type { Dataset } from './dataset.js';

/** Duplicate names, inverted ranges and enum spellings that would collide on ingest. */
export function checkDataset(dataset: Dataset, path: IssuePath, issues: DefinitionIssue[]): void {
  const seen = new Set<string>();
  dataset.fields.forEach((field, index) => {
    const fieldPath = [...path, 'fields', index];
    if (seen.has(field.name)) issues.push({ code: 'duplicate_id', path: [...fieldPath, 'name'], message: `duplicate field "${field.name}" in dataset "${dataset.id}"` });
    seen.add(field.name);
    if ((field.type === 'integer' || field.type === 'number') && field.min !== undefined && field.max !== undefined && field.min > field.max) {
      issues.push({ code: 'invalid_range', path: [...fieldPath, 'min'], message: `min ${field.min} is above max ${field.max}` });
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
            });
          }
          spellings.set(key, entry.value);
        }
      });
    }
  });
}
