import type { Measure } from '../model/measure.js';
import { measureParts } from '../model/measure-parts.js';
import type { RecordSet } from '../measures/measure-kind.js';

/**
 * A measure's parts as the plan reads them. A part without its own time rule (a subset numerator)
 * reads the first part's records that match both filters.
 */
export function recordSets(measure: Measure): RecordSet[] {
  const parts = measureParts(measure);
  return parts.map((part) => {
    const values = part.value === undefined ? [] : [part.value];
    return part.time !== undefined
      ? { time: part.time, where: [part.where], values }
      : { time: parts[0]!.time!, where: [parts[0]!.where, part.where], values };
  });
}
