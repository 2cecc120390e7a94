import { civilFromDay, dayFromCivil } from '../../time/civil-day.js';

const EPOCH_1900 = dayFromCivil(1899, 12, 30);
const EPOCH_1904 = dayFromCivil(1904, 1, 1);

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function clock(seconds: number): string {
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

/**
 * The civil date (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` when it has a time of day, rounded to the
 * second) of a date-formatted cell's serial number, which the ingest date parser reads.
 * 1900 system: serial 1 is 1900-01-01 and Excel counts a 1900-02-29 that never was (serial 60,
 * given as `1900-02-29`, so it is rejected as no real date); serials below 1 are a time alone
 * (`HH:MM:SS`). 1904 system: serial 0 is 1904-01-01. A negative or non-finite serial is given as
 * its number, which no date field accepts.
 */
export function serialDateText(serial: number, date1904: boolean): string {
  if (!Number.isFinite(serial) || serial < 0) return String(serial);
  let whole = Math.floor(serial);
  let seconds = Math.round((serial - whole) * 86400);
  if (seconds === 86400) {
    whole++;
    seconds = 0;
  }
  let text: string;
  if (date1904) text = isoDay(EPOCH_1904 + whole);
  else if (whole === 0) return clock(seconds);
  else if (whole === 60) text = '1900-02-29';
  else text = isoDay(EPOCH_1900 + whole + (whole < 60 ? 1 : 0));
  return seconds === 0 ? text : `${text}T${clock(seconds)}`;
}

function isoDay(day: number): string {
  const { year, month, day: date } = civilFromDay(day);
  return `${year}-${two(month)}-${two(date)}`;
}
