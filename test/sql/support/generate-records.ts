import { formatDay, type Dataset, type Field } from '../../../src/index.js';
import { dayFromCivil, seededRandom } from '../../../src/internal.js';

export const DISTRICTS = [
  '黄浦',
  '徐汇',
  '长宁',
  '静安',
  '普陀',
  '虹口',
  '杨浦',
  '闵行',
  '宝山',
  '嘉定',
  '浦东新区',
  '金山',
  '松江',
  '青浦',
  '奉贤',
  '崇明',
];
/** A district whose only records fall before any reported period: an empty group. */
export const EMPTY_DISTRICT = '临港新片区';

export const FIRST_DAY = dayFromCivil(2017, 6, 1);
export const LAST_DAY = dayFromCivil(2020, 3, 31);
/** Days on period boundaries, where off-by-one errors live. */
const BOUNDARY_DAYS = [
  dayFromCivil(2018, 12, 31),
  dayFromCivil(2019, 1, 1),
  dayFromCivil(2019, 3, 31),
  dayFromCivil(2019, 4, 1),
  dayFromCivil(2019, 6, 30),
  dayFromCivil(2019, 12, 29),
  dayFromCivil(2019, 12, 30),
  dayFromCivil(2020, 2, 29),
];

export type GeneratedValue = string | number | boolean | null;
export type GeneratedRecord = Record<string, GeneratedValue>;

export interface GenerateOptions {
  readonly rows: number;
  readonly seed: number;
  /** Share of records with one invalid value (undeclared enum value, number below its minimum). */
  readonly invalidShare?: number;
}

/** An instant as ISO text; a share fall within 30 minutes of Shanghai midnight, written in UTC. */
function instant(day: number, random: () => number): string {
  const nearMidnight = random() < 0.2;
  const minutes = nearMidnight
    ? random() < 0.5
      ? 1440 - 1 - Math.floor(random() * 30)
      : Math.floor(random() * 30)
    : Math.floor(random() * 1440);
  const shanghaiMillis = day * 86_400_000 + minutes * 60_000;
  return new Date(shanghaiMillis - 8 * 3_600_000).toISOString().replace('.000Z', 'Z');
}

/**
 * Records of any dataset, typed as the catalog says, with nulls in optional fields, days on
 * period boundaries, a group with only early records, and (optionally) invalid values. The
 * first date field is each record's anchor; later date fields fall 0–600 days after it (a few the
 * day before it) or are null (a pending case). Fields with a `default` are filled with it, as ingest does.
 */
export function generateRecords(dataset: Dataset, options: GenerateOptions): GeneratedRecord[] {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const dateFields = dataset.fields.filter((field) => field.type === 'date' || field.type === 'datetime');
  const anchorName = dateFields[0]?.name;
  const records: GeneratedRecord[] = [];
  for (let row = 0; row < options.rows; row++) {
    const early = random() < 0.002;
    const anchor = early
      ? dayFromCivil(2014, 5, 1) + Math.floor(random() * 30)
      : random() < 0.03
        ? pick(BOUNDARY_DAYS)
        : FIRST_DAY + Math.floor(random() * (LAST_DAY - FIRST_DAY + 1));
    const record: GeneratedRecord = {};
    const invalidField =
      random() < (options.invalidShare ?? 0)
        ? pick(dataset.fields.filter((field) => field.type === 'enum' || field.type === 'integer'))
        : undefined;
    for (const field of dataset.fields) {
      record[field.name] = value(field, field === invalidField);
    }
    records.push(record);

    function value(field: Field, invalid: boolean): GeneratedValue {
      const optionalNull = field.required !== true && random() < 0.08;
      switch (field.type) {
        case 'date':
        case 'datetime': {
          let day = anchor;
          if (field.name !== anchorName) {
            if (field.required !== true && random() < 0.25) return null;
            // A few fall the day before the anchor (a case closed before it was filed), which
            // the dataset's checks quarantine in process and in SQL alike.
            const draw = random();
            day = anchor + (draw < 0.003 ? -1 : draw < 0.05 ? 0 : Math.floor(random() * 600));
          }
          return field.type === 'date' ? formatDay(day) : instant(day, random);
        }
        case 'string':
          if (field.name === 'district') return early ? EMPTY_DISTRICT : pick(DISTRICTS);
          if (optionalNull) return null;
          if (field.name.endsWith('_id')) return `R${options.seed}-${row}`;
          return `${field.name}-${Math.floor(random() * 40)}`;
        case 'enum':
          if (invalid) return 'bogus';
          if (optionalNull) return null;
          return pick(field.values).value;
        case 'boolean':
          return optionalNull ? null : random() < 0.55;
        case 'integer': {
          if (invalid) return (field.min ?? 0) - 7;
          if (optionalNull) return field.default ?? null;
          if (field.name === 'time_limit_days') return pick([30, 90, 180, 365]);
          const min = field.min ?? 0;
          const max = field.max ?? min + 40;
          return min + Math.floor(random() * (max - min + 1));
        }
        case 'number':
          return optionalNull ? (field.default ?? null) : Math.round(random() * 1_000_000) / 100;
      }
    }
  }
  return records;
}
