import { formatDay } from '../../src/index.js';
import { civilFromDay, dayFromCivil, seededRandom } from '../../src/internal.js';
import { DISTRICTS, pickDistrict } from './districts.js';

export interface ProcuratorateCaseRecord {
  accepted_on: string;
  district: string;
  arrest_review: boolean;
  prosecution_review: boolean;
  extra_steps: number;
}

/**
 * Criminal cases accepted by the district procuratorates. Avoidable procedural steps fall after
 * the 2019 introduction of the case-to-proceeding ratio: about 1:1.9 in 2018, 1:1.6 in 2019 and
 * 1:1.4 in 2020.
 */
export function generateProcuratorateCases({
  seed = 140,
  count = 2000,
  fromYear = 2018,
  toYear = 2020,
} = {}): ProcuratorateCaseRecord[] {
  const random = seededRandom(seed);
  const first = dayFromCivil(fromYear, 1, 1);
  const span = dayFromCivil(toYear, 12, 31) - first + 1;
  const meanSteps: Record<number, number> = { 2018: 0.9, 2019: 0.6, 2020: 0.4 };
  const records: ProcuratorateCaseRecord[] = [];
  for (let i = 0; i < count; i++) {
    const accepted = first + Math.floor(random() * span);
    const arrest = random() < 0.6;
    const prosecution = !arrest || random() < 0.85;
    // A few cases reach neither review (e.g. transferred back at once): not counted as 案.
    const counted = random() < 0.97;
    const district = DISTRICTS[pickDistrict(random)]!;
    let steps = 0;
    const mean = (meanSteps[civilFromDay(accepted).year] ?? 0.5) * district.speed;
    while (random() < mean / (1 + mean)) steps++;
    records.push({
      accepted_on: formatDay(accepted),
      district: district.name,
      arrest_review: counted && arrest,
      prosecution_review: counted && prosecution,
      extra_steps: steps,
    });
  }
  return records.sort((a, b) => (a.accepted_on < b.accepted_on ? -1 : a.accepted_on > b.accepted_on ? 1 : 0));
}
