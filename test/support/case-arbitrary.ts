import fc from 'fast-check';
import { formatDay } from '../../src/index.js';
import { dayFromCivil } from '../../src/internal.js';

const first = dayFromCivil(2017, 6, 1);
const last = dayFromCivil(2019, 12, 31);

/** A valid case record: closed on or after filing, or still pending. */
export const caseRecord = fc
  .record({
    id: fc.nat(),
    district: fc.constantFrom('黄浦', '徐汇', '浦东新区'),
    procedure: fc.constantFrom('first_instance', '二审'),
    filed: fc.integer({ min: first, max: last }),
    duration: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null, freq: 5 }),
    limit: fc.constantFrom(null, 30, 90, 180),
    excluded: fc.integer({ min: 0, max: 20 }),
    appealed: fc.option(fc.boolean(), { nil: null, freq: 6 }),
  })
  .map((c) => ({
    case_id: `C${c.id}`,
    district: c.district,
    case_type: 'civil',
    procedure: c.procedure,
    filed_on: formatDay(c.filed),
    closed_on: c.duration === null ? null : formatDay(c.filed + c.duration),
    time_limit_days: c.limit,
    excluded_days: c.duration === null ? 0 : Math.min(c.excluded, c.duration),
    appealed: c.appealed,
  }));

export const caseRecords = fc.array(caseRecord, { minLength: 0, maxLength: 120 });
