import { dayFromCivil, isValidCivilDate } from '../../time/civil-day.js';

// Byte-level readers for the plainest spellings in a UTF-8 CSV cell. Each returns exactly what the
// text parsers return for the same text, or `undefined` to say "decode and use the text parser".

const ZERO = 48;
const MINUS = 45;
const DOT = 46;

function digitAt(bytes: Uint8Array, index: number): number {
  const digit = bytes[index]! - ZERO;
  return digit >= 0 && digit <= 9 ? digit : -1;
}

/** `-?[0-9]{1,9}` → the integer. */
export function asciiInteger(bytes: Uint8Array, start: number, end: number): number | undefined {
  const negative = bytes[start] === MINUS;
  let i = negative ? start + 1 : start;
  if (i >= end || end - i > 9) return undefined;
  let value = 0;
  for (; i < end; i++) {
    const digit = digitAt(bytes, i);
    if (digit < 0) return undefined;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * `-?[0-9]+(\.[0-9]+)?` with at most 15 digits → the number. Mantissa and power of ten are both
 * exact doubles, so their quotient is the correctly rounded value, the same as `Number(text)`.
 */
export function asciiDecimal(bytes: Uint8Array, start: number, end: number): number | undefined {
  const negative = bytes[start] === MINUS;
  let i = negative ? start + 1 : start;
  if (i >= end) return undefined;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i++) {
    if (bytes[i] === DOT) {
      if (fraction >= 0 || digits === 0) return undefined;
      fraction = 0;
      continue;
    }
    const digit = digitAt(bytes, i);
    if (digit < 0) return undefined;
    mantissa = mantissa * 10 + digit;
    digits++;
    if (fraction >= 0) fraction++;
  }
  if (digits === 0 || digits > 15 || fraction === 0) return undefined;
  const value = fraction > 0 ? mantissa / POWERS[fraction]! : mantissa;
  return negative ? -value : value;
}

/** `YYYY-M-D`, `YYYY/M/D` or `YYYY.M.D` (one or two digits, the same separator twice) → the day number. */
export function asciiDay(bytes: Uint8Array, start: number, end: number): number | undefined {
  const length = end - start;
  if (length < 8 || length > 10) return undefined;
  let year = 0;
  for (let i = start; i < start + 4; i++) {
    const digit = digitAt(bytes, i);
    if (digit < 0) return undefined;
    year = year * 10 + digit;
  }
  const separator = bytes[start + 4]!;
  if (separator !== MINUS && separator !== DOT && separator !== 47) return undefined;
  let i = start + 5;
  let month = 0;
  let count = 0;
  for (; i < end && bytes[i] !== separator; i++, count++) {
    const digit = digitAt(bytes, i);
    if (digit < 0 || count === 2) return undefined;
    month = month * 10 + digit;
  }
  if (count === 0 || i >= end) return undefined;
  let day = 0;
  count = 0;
  for (i++; i < end; i++, count++) {
    const digit = digitAt(bytes, i);
    if (digit < 0 || count === 2) return undefined;
    day = day * 10 + digit;
  }
  if (count === 0 || !isValidCivilDate(year, month, day)) return undefined;
  return dayFromCivil(year, month, day);
}
