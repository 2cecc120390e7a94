import { LawGaugeError } from '../errors/law-gauge-error.js';
import { TOTAL } from '../model/report-constants.js';

/**
 * A record whose group field holds `*` would give a group row that cannot be told from the total
 * row (every group field `*`), so grouping by that field is refused with the place named.
 * `records` is how many records hold it, when known.
 */
export function totalMarkerClash(dataset: string, field: string, records: number | null): LawGaugeError {
  const holders = records === null ? 'records' : records === 1 ? '1 record' : `${records} records`;
  return new LawGaugeError('invalid_data', `datasets.${dataset}`, [
    {
      code: 'total_marker_value',
      path: [field],
      message: `${holders} ${records === 1 ? 'has' : 'have'} the value "${TOTAL}", which Reports use for the total row; rename it before grouping by "${field}" (e.g. with a mapping's values)`,
      params: records === null ? { dataset, field } : { dataset, field, records },
    },
  ]);
}
