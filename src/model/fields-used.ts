import { baseIndicator } from '../measures/registry.js';
import type { Catalog } from './catalog.js';
import { operandFields } from './field-types.js';
import type { Indicator } from './indicator.js';
import { measureParts } from './measure-parts.js';
import type { Predicate } from './predicate.js';
import type { TimeRules } from './time-rule.js';
import { predicateOperands } from './predicate-operands.js';

function predicateFields(predicate: Predicate | undefined, out: Set<string>): void {
  if (predicate === undefined) return;
  for (const operand of predicateOperands(predicate)) operandFields(operand).forEach((name) => out.add(name));
}

function timeFields(time: TimeRules | undefined, out: Set<string>): void {
  if (time === undefined) return;
  for (const rule of Array.isArray(time) ? time : [time]) {
    if ('flow' in rule) out.add(rule.flow);
    else {
      out.add(rule.from);
      out.add(rule.to);
    }
  }
}

function indicatorFields(indicator: Indicator, byId: ReadonlyMap<string, Indicator>, out: Set<string>): void {
  const base = baseIndicator(indicator.measure);
  if (base !== undefined) return indicatorFields(byId.get(base)!, byId, out);
  for (const part of measureParts(indicator.measure)) {
    timeFields(part.time, out);
    predicateFields(part.where, out);
    if (part.value !== undefined) operandFields(part.value).forEach((name) => out.add(name));
  }
}

/**
 * The fields each dataset must provide for the given indicators (default: all), in dataset
 * order. Ingesting only these (`ingest(dataset, records, {fields})`) keeps tables small.
 */
export function fieldsUsed(catalog: Catalog, indicatorIds?: readonly string[]): Map<string, string[]> {
  const byId = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator]));
  const used = new Map<string, Set<string>>();
  for (const id of indicatorIds ?? [...byId.keys()]) {
    const indicator = byId.get(id);
    if (indicator === undefined) continue;
    const set = used.get(indicator.dataset) ?? new Set<string>();
    indicatorFields(indicator, byId, set);
    used.set(indicator.dataset, set);
  }
  const out = new Map<string, string[]>();
  for (const [datasetId, names] of used) {
    const dataset = catalog.datasets.find((candidate) => candidate.id === datasetId)!;
    out.set(
      datasetId,
      dataset.fields.map((field) => field.name).filter((name) => names.has(name)),
    );
  }
  return out;
}

/**
 * The fields to read of each dataset the indicators use (default: all), in dataset order: those
 * the indicators use and the `by` fields the dataset has. A reader adds the fields the dataset's
 * key and checks read (the table builder's rule-only fields), so its rules apply to every run.
 */
export function fieldsToRead(
  catalog: Catalog,
  indicatorIds: readonly string[] | undefined,
  by: readonly string[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [datasetId, used] of fieldsUsed(catalog, indicatorIds)) {
    const dataset = catalog.datasets.find((candidate) => candidate.id === datasetId)!;
    out.set(
      datasetId,
      dataset.fields.map((field) => field.name).filter((name) => used.includes(name) || by.includes(name)),
    );
  }
  return out;
}
