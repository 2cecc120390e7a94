import { dayFromCivil, isValidCivilDate } from '../../time/civil-day.js';
import { shanghaiDayFromEpochMs, shanghaiDayFromOffsetTime } from '../../time/shanghai.js';
import { normalizeText } from './normalize-text.js';

/**
 * `2019-03-05`, `2019/3/5`, `2019.3.5`, `2019年3月5日`, `20190305`, each optionally followed by a
 * time (`14:30`, `T14:30:15.250`) and an offset (`Z`, `+08:00`, `-0500`; at most ±14:00, minutes
 * below 60 — anything else is no real offset, so the value is rejected).
 */
const DATE_TEXT =
  /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})[日号]?|(\d{2})(\d{2}))(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

export const DATE_FORMATS_HINT =
  'YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日 or YYYYMMDD, optionally with a time and offset';

function digit(code: number): number {
  return code - 48;
}

/** Fast path for the common `YYYY-MM-DD`. */
function parseIsoFast(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = digit(text.charCodeAt(i));
    if (d < 0 || d > 9) return undefined;
    year = year * 10 + d;
  }
  const m1 = digit(text.charCodeAt(5));
  const m2 = digit(text.charCodeAt(6));
  const d1 = digit(text.charCodeAt(8));
  const d2 = digit(text.charCodeAt(9));
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return undefined;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  return isValidCivilDate(year, month, day) ? dayFromCivil(year, month, day) : Number.NaN;
}

/** Real UTC offsets run from −12:00 to +14:00; ±14:00 is accepted either way. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** The offset in minutes east of UTC, or `undefined` for an impossible one (beyond ±14:00, or minutes ≥ 60). */
function offsetMinutes(text: string): number | undefined {
  if (text === 'Z') return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  const total = hours * 60 + minutes;
  if (minutes >= 60 || total > MAX_OFFSET_MINUTES) return undefined;
  return sign * total;
}

/**
 * The Shanghai civil day of a date or datetime value, or `undefined` when it cannot be read.
 * Text without an offset is a Shanghai wall-clock date; text with one, and `Date` objects, are
 * instants converted to Shanghai. Numbers are rejected (spreadsheet serial dates are ambiguous).
 */
export function parseShanghaiDay(raw: unknown): number | undefined {
  if (typeof raw === 'string') {
    const fast = parseIsoFast(raw);
    if (fast !== undefined) return Number.isNaN(fast) ? undefined : fast;
    const match = DATE_TEXT.exec(normalizeText(raw));
    if (match === null) return undefined;
    const year = Number(match[1]);
    const month = Number(match[3] ?? match[5] ?? match[7]);
    const day = Number(match[4] ?? match[6] ?? match[8]);
    if (!isValidCivilDate(year, month, day)) return undefined;
    const civil = dayFromCivil(year, month, day);
    if (match[9] === undefined) return civil;
    const hours = Number(match[9]);
    const minutes = Number(match[10]);
    const seconds = match[11] === undefined ? 0 : Number(match[11]);
    if (hours > 24 || minutes > 59 || seconds > 60 || (hours === 24 && (minutes > 0 || seconds > 0))) return undefined;
    if (match[12] === undefined) return hours === 24 ? civil + 1 : civil;
    const offset = offsetMinutes(match[12]);
    return offset === undefined ? undefined : shanghaiDayFromOffsetTime(civil, hours * 60 + minutes, offset);
  }
  if (raw instanceof Date) {
    const time = raw.getTime();
    return Number.isNaN(time) ? undefined : shanghaiDayFromEpochMs(time);
  }
  return undefined;
}
