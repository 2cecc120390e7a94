/** A day spelled in full (2019-02-30, 2019/2/30, 2019.02.30, 2019年2月30日) that its month does not have. */
export interface MissingDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** The days the month has. */
  readonly days: number;
}

// Quoted or not: a quarantined value is shown as JSON (`"2019-02-30"`).
const SPELLED_DAY = /^"?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*"?$/;

/**
 * `value` read as a year, month and day whose month has fewer days (2019-02-30: February 2019 has
 * 28), else null: a date reader refuses it, and "expected YYYY-MM-DD" alone would not say why.
 */
export function missingDay(value: string): MissingDay | null {
  const parts = SPELLED_DAY.exec(value);
  if (parts === null) return null;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > days ? { year, month, day, days } : null;
}

/** Why a spelled day does not exist, in English: `2019-02 has 28 days, not 30`. */
export function missingDayInEnglish(missing: MissingDay): string {
  return `${missing.year}-${String(missing.month).padStart(2, '0')} has ${missing.days} days, not ${missing.day}`;
}
