import { formatDay } from '../../src/index.js';
import { civilFromDay, dayFromCivil, daysInMonth, seededRandom } from '../../src/internal.js';
import { DISTRICTS } from './districts.js';

export interface PatrolCheckRecord {
  checked_at: string;
  district: string;
  checkpoint: string;
  method: string;
  police_visible: boolean;
  issue_present: boolean;
  engaged: boolean | null;
}

const CHECKPOINTS = ['地铁站口', '商业街', '学校周边', '医院门口', '居民区', '公园', '交通枢纽'];
const REFORM_DAY = dayFromCivil(2019, 4, 1);
/** The import expo (进博会) weeks in 青浦区: more checks and very visible police. */
const EXPO_WEEKS = [2018, 2019, 2020].map((year) => [dayFromCivil(year, 11, 5), dayFromCivil(year, 11, 10)] as const);

function time(random: () => number): string {
  const minutes = 7 * 60 + Math.floor(random() * 15 * 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Street spot checks: `perMonth` per district and month from `fromYear` to `toYear`, visibility
 * by district, rising by about 8 points after the April 2019 patrol reform, plus extra checks
 * in 青浦区 during each import expo.
 */
export function generatePatrolChecks({
  seed = 110,
  fromYear = 2018,
  toYear = 2020,
  perMonth = 6,
} = {}): PatrolCheckRecord[] {
  const random = seededRandom(seed);
  const records: PatrolCheckRecord[] = [];
  const check = (district: (typeof DISTRICTS)[number], dayNumber: number, visibility: number): void => {
    const issue = random() < 0.25;
    records.push({
      checked_at: `${formatDay(dayNumber)} ${time(random)}`,
      district: district.name,
      checkpoint: CHECKPOINTS[Math.floor(random() * CHECKPOINTS.length)]!,
      method: random() < 0.85 ? 'spot_check' : 'gps',
      police_visible: random() < visibility,
      issue_present: issue,
      engaged: issue ? random() < (dayNumber >= REFORM_DAY ? 0.9 : 0.8) : null,
    });
  };
  for (let year = fromYear; year <= toYear; year++) {
    for (let month = 1; month <= 12; month++) {
      for (const district of DISTRICTS) {
        for (let k = 0; k < perMonth; k++) {
          const dayNumber = dayFromCivil(year, month, 1 + Math.floor(random() * daysInMonth(year, month)));
          check(district, dayNumber, Math.min(0.97, district.visibility + (dayNumber >= REFORM_DAY ? 0.08 : 0)));
        }
      }
    }
    const qingpu = DISTRICTS.find((district) => district.name === '青浦区')!;
    for (const [start, end] of EXPO_WEEKS) {
      if (civilFromDay(start).year !== year) continue;
      for (let k = 0; k < 24; k++) check(qingpu, start + Math.floor(random() * (end - start + 1)), 0.97);
    }
  }
  return records;
}
