import type { LawGaugeIssue } from '../errors/issues.js';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { Dataset } from '../model/dataset.js';
import { EN_ISSUES } from '../errors/messages/en.js';
import { closestName } from '../model/closest.js';
import { Mapping, MAPPING_ENTRY_KEYS, type DatasetMapping } from '../model/mapping.js';
import { unknownKey } from '../model/option-keys.js';
import { parseWith } from '../model/parse-with.js';
import { datePatternParts, datePatternProblemText, EXCEL_SERIAL } from './values/date-pattern.js';

/** The dataset entries of a mapping (everything but `$schema`). */
export function mappingEntries(mapping: Mapping): [string, DatasetMapping][] {
  return Object.entries(mapping).filter((entry): entry is [string, DatasetMapping] => entry[0] !== '$schema');
}

function checkEntry(id: string, entry: DatasetMapping, dataset: Dataset | undefined, issues: LawGaugeIssue[]): void {
  const fields = dataset === undefined ? null : new Map(dataset.fields.map((field) => [field.name, field]));
  const known = (section: 'columns' | 'values' | 'formats', name: string): boolean => {
    if (fields === null || fields.has(name)) return true;
    // Keys are identifiers (the schema says so), so the nearest field name is the likely one.
    const suggestion = closestName(name, [...fields.keys()]);
    const params = {
      kind: 'field',
      id: name,
      dataset: id,
      known: [...fields.keys()],
      ...(suggestion === undefined ? {} : { suggestion }),
    } as const;
    issues.push({
      code: 'unknown_reference',
      path: [id, section, name],
      message: EN_ISSUES.unknown_reference(params),
      params,
    });
    return false;
  };
  for (const [name, column] of Object.entries(entry.columns ?? {})) {
    if (!known('columns', name) || column !== null) continue;
    // The same rule the readers apply (planColumns), so `validate` and `compute` agree. A field of
    // the key may be marked absent: a run that does not ask for it then reads without the duplicate
    // check (a file without its column is otherwise refused); one that asks for it still needs it.
    const field = fields?.get(name);
    const inKey = dataset?.key?.includes(name) === true;
    if (!inKey && field?.required === true && !('default' in field && field.default !== undefined)) {
      issues.push({
        code: 'required_field_absent',
        path: [id, 'columns', name],
        message: `field "${name}" is required and has no default, so the mapping cannot mark it absent (null)`,
        params: { field: name },
      });
    }
  }
  for (const name of Object.keys(entry.values ?? {})) known('values', name);
  for (const [name, pattern] of Object.entries(entry.formats ?? {})) {
    if (!known('formats', name)) continue;
    const type = fields?.get(name)?.type;
    if (type !== undefined && type !== 'date' && type !== 'datetime') {
      issues.push({
        code: 'invalid_field_type',
        path: [id, 'formats', name],
        message: `field "${name}" is ${type}; formats apply to date and datetime fields only`,
        params: { field: name, type, expected: 'date_format' },
      });
      continue;
    }
    if (pattern === EXCEL_SERIAL) continue;
    const compiled = datePatternParts(pattern);
    if ('kind' in compiled)
      issues.push({
        code: 'invalid_format',
        path: [id, 'formats', name],
        message: datePatternProblemText(compiled),
        params:
          compiled.kind === 'repeated_part'
            ? { format: 'date_pattern', problem: compiled.kind, pattern, part: compiled.part, field: name }
            : { format: 'date_pattern', problem: compiled.kind, pattern, field: name },
      });
  }
}

/**
 * Validates a mapping file. With `datasets`, every dataset and field it names must exist and
 * `formats` may only name date fields; every problem is listed with its path.
 *
 * @throws LawGaugeError (`invalid_definition`) listing every problem.
 */
export function parseMapping(input: unknown, datasets?: readonly Dataset[], root = 'mapping'): Mapping {
  try {
    return parseWith(Mapping, input, root, { check: (mapping) => mappingIssues(mapping, datasets) });
  } catch (error) {
    if (!(error instanceof LawGaugeError)) throw error;
    throw new LawGaugeError(error.code, error.root, error.issues.map(entryKeyNamed));
  }
}

/** A dataset entry's unknown key (`"colums"`) with the key it most likely misspells (`columns`). */
function entryKeyNamed(issue: LawGaugeIssue): LawGaugeIssue {
  if (issue.code !== 'unknown_key' || issue.path.length !== 2 || 'owner' in issue.params) return issue;
  return { ...unknownKey(issue.params.key, MAPPING_ENTRY_KEYS), path: issue.path };
}

/** The problems of a mapping the schema accepted: unknown datasets and fields, formats on non-dates. */
function mappingIssues(mapping: Mapping, datasets: readonly Dataset[] | undefined): LawGaugeIssue[] {
  const issues: LawGaugeIssue[] = [];
  for (const [id, entry] of mappingEntries(mapping)) {
    const dataset = datasets?.find((candidate) => candidate.id === id);
    if (datasets !== undefined && dataset === undefined) {
      const known = datasets.map((candidate) => candidate.id);
      const suggestion = closestName(id, known);
      const params = { kind: 'dataset', id, known, ...(suggestion === undefined ? {} : { suggestion }) } as const;
      issues.push({ code: 'unknown_reference', path: [id], message: EN_ISSUES.unknown_reference(params), params });
      continue;
    }
    checkEntry(id, entry, dataset, issues);
  }
  return issues;
}
