import { dayFromCivil, formatDay, seededRandom } from '../src/index.js';

/**
 * Deterministic synthetic court cases with realistic shapes (case mix, procedures, trial
 * durations with a long tail, pending cases at the extraction date). Used by the benchmark and
 * the differential tests; the same seed always gives the same records.
 */

export const SHANGHAI_DISTRICTS = [
  '黄浦区', '徐汇区', '长宁区', '静安区', '普陀区', '虹口区', '杨浦区', '闵行区',
  '宝山区', '嘉定区', '浦东新区', '金山区', '松江区', '青浦区', '奉贤区', '崇明区',
] as const;

const CASE_TYPES: readonly (readonly [string, number, string])[] = [
  ['civil', 0.45, '民'],
  ['commercial', 0.2, '商'],
  ['criminal', 0.12, '刑'],
  ['administrative', 0.03, '行'],
  ['enforcement', 0.2, '执'],
];

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

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export function generateCases({ count, seed = 2019, first = '2016-01-01', last = '2019-12-31' }: GenerateOptions): CaseRecord[] {
  const random = seededRandom(seed);
  const [fy, fm, fd] = first.split('-').map(Number) as [number, number, number];
  const [ly, lm, ld] = last.split('-').map(Number) as [number, number, number];
  const firstDay = dayFromCivil(fy, fm, fd);
  const lastDay = dayFromCivil(ly, lm, ld);
  const span = lastDay - firstDay + 1;
  const records: CaseRecord[] = new Array<CaseRecord>(count);
  for (let i = 0; i < count; i++) {
    const districtIndex = Math.floor(random() * SHANGHAI_DISTRICTS.length);
    let roll = random();
    let typeIndex = 0;
    while (typeIndex < CASE_TYPES.length - 1 && roll >= CASE_TYPES[typeIndex]![1]) roll -= CASE_TYPES[typeIndex++]![1];
    const [caseType, , short] = CASE_TYPES[typeIndex]!;
    const procedureRoll = random();
    const procedure = caseType === 'enforcement' ? 'enforcement' : procedureRoll < 0.8 ? 'first_instance' : procedureRoll < 0.97 ? 'second_instance' : 'retrial';
    const filed = firstDay + Math.floor(random() * span);
    // Trial durations: mostly exponential around two months, with a long tail.
    const duration = random() < 0.04 ? 300 + Math.floor(random() * 600) : Math.floor(-Math.log(1 - random()) * 60);
    const excluded = random() < 0.85 ? 0 : Math.min(duration, 1 + Math.floor(random() * 60));
    const closedDay = filed + duration;
    const closed = closedDay <= lastDay;
    const limit = random() < 0.05 ? null : caseType === 'criminal' ? 90 : procedure === 'second_instance' ? 90 : caseType === 'enforcement' ? 180 : random() < 0.5 ? 90 : 180;
    const firstInstance = procedure === 'first_instance';
    // About 3% of closed first-instance cases lack the appeal field, as real exports do.
    const appealed = closed && firstInstance ? (random() < 0.03 ? null : random() < 0.15) : null;
    const disposition = !closed ? null : caseType === 'enforcement' ? 'other' : pick(random, ['judgment', 'judgment', 'mediation', 'withdrawal', 'dismissal', 'other']);
    const claim = caseType === 'enforcement' ? Math.round(random() * 5_000_000) / 100 : null;
    records[i] = {
      case_id: `(${formatDay(filed).slice(0, 4)})沪${String(districtIndex + 1).padStart(2, '0')}${short}${firstInstance ? '初' : procedure === 'enforcement' ? '' : '终'}${i + 1}号`,
      court: `court_${districtIndex + 1}`,
      district: SHANGHAI_DISTRICTS[districtIndex]!,
      case_type: caseType,
      procedure,
      filed_on: formatDay(filed),
      closed_on: closed ? formatDay(closedDay) : null,
      time_limit_days: limit,
      excluded_days: excluded,
      disposition,
      mediable: caseType === 'civil' || caseType === 'commercial',
      appealed,
      appeal_outcome: appealed === true ? pick(random, ['upheld', 'upheld', 'upheld', 'amended', 'remanded', 'withdrawn']) : null,
      claim_amount: claim,
      recovered_amount: claim === null || !closed ? null : Math.round(claim * random() * 100) / 100,
      review_grade: closed && random() < 0.1 ? pick(random, ['excellent', 'pass', 'pass', 'pass', 'flawed', 'fail']) : null,
    };
  }
  return records;
}
