import { formatDay } from '../../src/index.js';
import { dayFromCivil, seededRandom } from '../../src/internal.js';
import { DISTRICTS } from './districts.js';

export interface ResidentSurveyRecord {
  surveyed_on: string;
  district: string;
  met_community_officer: boolean | null;
  safety_feeling: number | null;
  police_satisfaction: number | null;
}

export interface SatisfactionSurveyRecord {
  surveyed_on: string;
  respondent_group: string;
  district: string | null;
  satisfaction: number | null;
}

/** A 1–5 answer around `centre`, or null ("说不清") with probability `unsure`. */
function answer(random: () => number, centre: number, unsure: number): number | null {
  if (random() < unsure) return null;
  const spread = (random() + random() + random() - 1.5) * 1.6;
  return Math.min(5, Math.max(1, Math.round(centre + spread)));
}

/** Quarterly resident surveys per district; answers improve a little each year. */
export function generateResidentSurvey({
  seed = 120,
  fromYear = 2018,
  toYear = 2020,
  perQuarter = 20,
} = {}): ResidentSurveyRecord[] {
  const random = seededRandom(seed);
  const records: ResidentSurveyRecord[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const progress = (year - fromYear) * 0.12;
    for (let quarter = 0; quarter < 4; quarter++) {
      for (const district of DISTRICTS) {
        for (let k = 0; k < perQuarter; k++) {
          const surveyed = dayFromCivil(year, quarter * 3 + 2, 1) + Math.floor(random() * 28);
          records.push({
            surveyed_on: formatDay(surveyed),
            district: district.name,
            met_community_officer: random() < 0.08 ? null : random() < 0.5 + district.contentment * 0.3 + progress,
            safety_feeling: answer(random, 3.9 + district.contentment + progress, 0.05),
            police_satisfaction: answer(random, 3.8 + district.contentment + progress, 0.08),
          });
        }
      }
    }
  }
  return records;
}

const GROUPS = [
  { value: 'central', perYear: 40, centre: 4.1 },
  { value: 'judicial_staff', perYear: 120, centre: 3.7 },
  { value: 'public', perYear: 240, centre: 3.9 },
] as const;

/** Yearly "三个满意" surveys of the central government's inspectors, judicial staff and the public. */
export function generateSatisfactionSurvey({
  seed = 130,
  fromYear = 2018,
  toYear = 2020,
} = {}): SatisfactionSurveyRecord[] {
  const random = seededRandom(seed);
  const records: SatisfactionSurveyRecord[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const progress = (year - fromYear) * 0.1;
    for (const group of GROUPS) {
      for (let k = 0; k < group.perYear; k++) {
        const district = group.value === 'central' ? null : DISTRICTS[Math.floor(random() * DISTRICTS.length)]!.name;
        records.push({
          surveyed_on: formatDay(dayFromCivil(year, 11, 1) + Math.floor(random() * 30)),
          respondent_group: group.value,
          district,
          satisfaction: answer(random, group.centre + progress, 0.05),
        });
      }
    }
  }
  return records;
}
