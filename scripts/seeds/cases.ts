import { formatDay } from '../../src/index.js';
import { civilFromDay, dayFromCivil, seededRandom } from '../../src/internal.js';
import { DISTRICTS, pickDistrict } from './districts.js';

/**
 * Deterministic synthetic court cases: a realistic case mix, procedures, trial durations with a
 * long tail, district differences in speed, a filing peak in January before the Spring Festival
 * and a dip in February, durations shortening by about 6% a year, and cases still pending on the
 * extraction date (`last`). Used by the seeds, the benchmark and the differential tests.
 */
export interface CaseRecord {
  case_id: string;
  court: string;
  district: string;
  case_type: string;
  procedure: string;
  filed_on: string;
  closed_on: string | null;
  time_limit_days: number | null;
  excluded_days: number;
  disposition: string | null;
  mediable: boolean;
  appealed: boolean | null;
  appeal_outcome: string | null;
  claim_amount: number | null;
  recovered_amount: number | null;
  review_grade: string | null;
}

export interface GenerateOptions {
  readonly count: number;
  readonly seed?: number;
  /** First and last filing dates; data is "extracted" on `last`, so later closings are pending. */
  readonly first?: string;
  readonly last?: string;
}

const CASE_TYPES: readonly (readonly [string, number, string])[] = [
  ['civil', 0.45, '民'],
  ['commercial', 0.2, '商'],
  ['criminal', 0.12, '刑'],
  ['administrative', 0.03, '行'],
  ['enforcement', 0.2, '执'],
];

/** Relative filing volume by month: a rush in January before the Spring Festival, a dip in February. */
const MONTH_WEIGHT = [1.35, 0.65, 1.05, 1.0, 0.95, 1.05, 1.0, 0.9, 1.0, 0.9, 1.0, 1.15];
const MAX_MONTH_WEIGHT = Math.max(...MONTH_WEIGHT);

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function day(text: string): number {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return dayFromCivil(y, m, d);
}

export function generateCases({
  count,
  seed = 2019,
  first = '2016-01-01',
  last = '2019-12-31',
}: GenerateOptions): CaseRecord[] {
  const random = seededRandom(seed);
  const firstDay = day(first);
  const lastDay = day(last);
  const span = lastDay - firstDay + 1;
  const firstYear = civilFromDay(firstDay).year;
  const records: CaseRecord[] = new Array<CaseRecord>(count);
  for (let i = 0; i < count; i++) {
    const districtIndex = pickDistrict(random);
    const district = DISTRICTS[districtIndex]!;
    let roll = random();
    let typeIndex = 0;
    while (typeIndex < CASE_TYPES.length - 1 && roll >= CASE_TYPES[typeIndex]![1]) roll -= CASE_TYPES[typeIndex++]![1];
    const [caseType, , short] = CASE_TYPES[typeIndex]!;
    const procedureRoll = random();
    const procedure =
      caseType === 'enforcement'
        ? 'enforcement'
        : procedureRoll < 0.8
          ? 'first_instance'
          : procedureRoll < 0.97
            ? 'second_instance'
            : 'retrial';
    let filed = firstDay + Math.floor(random() * span);
    // Seasonal volume by rejection: redraw the day until its month's weight accepts it.
    while (random() * MAX_MONTH_WEIGHT > MONTH_WEIGHT[civilFromDay(filed).month - 1]!)
      filed = firstDay + Math.floor(random() * span);
    const yearsIn = civilFromDay(filed).year - firstYear;
    const pace = district.speed * 0.94 ** yearsIn;
    // Trial durations: mostly exponential around two months, with a long tail.
    const duration = Math.round((random() < 0.04 ? 300 + random() * 600 : -Math.log(1 - random()) * 60) * pace);
    const excluded = random() < 0.85 ? 0 : Math.min(duration, 1 + Math.floor(random() * 60));
    const closedDay = filed + duration;
    const closed = closedDay <= lastDay;
    const limit =
      random() < 0.05
        ? null
        : caseType === 'criminal'
          ? 90
          : procedure === 'second_instance'
            ? 90
            : caseType === 'enforcement'
              ? 180
              : random() < 0.5
                ? 90
                : 180;
    const firstInstance = procedure === 'first_instance';
    // About 3% of closed first-instance cases lack the appeal field, as real exports do.
    const appealed = closed && firstInstance ? (random() < 0.03 ? null : random() < 0.15) : null;
    const disposition = !closed
      ? null
      : caseType === 'enforcement'
        ? 'other'
        : pick(random, ['judgment', 'judgment', 'mediation', 'withdrawal', 'dismissal', 'other']);
    const claim = caseType === 'enforcement' ? Math.round(random() * 5_000_000) / 100 : null;
    records[i] = {
      case_id: `(${civilFromDay(filed).year})沪${String(districtIndex + 1).padStart(2, '0')}${short}${firstInstance ? '初' : procedure === 'enforcement' ? '' : '终'}${i + 1}号`,
      court: `${district.name.replace(/区$/, '')}法院`,
      district: district.name,
      case_type: caseType,
      procedure,
      filed_on: formatDay(filed),
      closed_on: closed ? formatDay(closedDay) : null,
      time_limit_days: limit,
      excluded_days: excluded,
      disposition,
      mediable: caseType === 'civil' || caseType === 'commercial',
      appealed,
      appeal_outcome:
        appealed === true ? pick(random, ['upheld', 'upheld', 'upheld', 'amended', 'remanded', 'withdrawn']) : null,
      claim_amount: claim,
      recovered_amount: claim === null || !closed ? null : Math.round(claim * random() * 100) / 100,
      review_grade:
        closed && random() < 0.1 ? pick(random, ['excellent', 'pass', 'pass', 'pass', 'flawed', 'fail']) : null,
    };
  }
  return records;
}
