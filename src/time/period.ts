import { civilFromDay, dayFromCivil, isoWeekday, isValidCivilDate, formatDay } from './civil-day.js';
import type { PeriodUnit } from './period-unit.js';

/**
 * Calendar periods as day-number ranges. A period is `[start, end]`, both inclusive, and is named
 * by a key: `2019-03-05`, `2019-W10`, `2019-03`, `2019-Q1`, `2019`.
 */

/** First day of the ISO week-numbering year `isoYear` (the Monday of the week holding 4 January). */
function isoYearStart(isoYear: number): number {
  const january4 = dayFromCivil(isoYear, 1, 4);
  return january4 - (isoWeekday(january4) - 1);
}

/** Start day of the period of `unit` that contains `day`. */
export function periodStartOf(day: number, unit: PeriodUnit): number {
  switch (unit) {
    case 'day':
      return day;
    case 'week':
      return day - (isoWeekday(day) - 1);
    case 'month': {
      const { year, month } = civilFromDay(day);
      return dayFromCivil(year, month, 1);
    }
    case 'quarter': {
      const { year, month } = civilFromDay(day);
      return dayFromCivil(year, month - ((month - 1) % 3), 1);
    }
    case 'year':
      return dayFromCivil(civilFromDay(day).year, 1, 1);
  }
}

/** Start day of the period after the one starting at `start`. */
export function nextPeriodStart(start: number, unit: PeriodUnit): number {
  switch (unit) {
    case 'day':
      return start + 1;
    case 'week':
      return start + 7;
    case 'month': {
      const { year, month } = civilFromDay(start);
      return month === 12 ? dayFromCivil(year + 1, 1, 1) : dayFromCivil(year, month + 1, 1);
    }
    case 'quarter': {
      const { year, month } = civilFromDay(start);
      return month >= 10 ? dayFromCivil(year + 1, 1, 1) : dayFromCivil(year, month + 3, 1);
    }
    case 'year':
      return dayFromCivil(civilFromDay(start).year + 1, 1, 1);
  }
}

/** Last day (inclusive) of the period starting at `start`. */
export function periodEnd(start: number, unit: PeriodUnit): number {
  return nextPeriodStart(start, unit) - 1;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** ISO week-numbering year and week of the week starting at `weekStart` (a Monday). */
function isoWeekOf(weekStart: number): { isoYear: number; week: number } {
  const thursday = weekStart + 3;
  const isoYear = civilFromDay(thursday).year;
  return { isoYear, week: Math.floor((weekStart - isoYearStart(isoYear)) / 7) + 1 };
}

/** The key naming the period that starts at `start`. */
export function periodKey(start: number, unit: PeriodUnit): string {
  switch (unit) {
    case 'day':
      return formatDay(start);
    case 'week': {
      const { isoYear, week } = isoWeekOf(start);
      return `${isoYear}-W${pad2(week)}`;
    }
    case 'month': {
      const { year, month } = civilFromDay(start);
      return `${year}-${pad2(month)}`;
    }
    case 'quarter': {
      const { year, month } = civilFromDay(start);
      return `${year}-Q${(month + 2) / 3}`;
    }
    case 'year':
      return String(civilFromDay(start).year);
  }
}

export interface ParsedPeriod {
  readonly unit: PeriodUnit;
  readonly start: number;
  readonly end: number;
}

/**
 * What a period key names, read from its text alone: the unit, the (ISO week-numbering, for a
 * week) year, and the quarter, month, week or date within it.
 */
export type PeriodKeyParts =
  | { readonly unit: 'year'; readonly year: number }
  | { readonly unit: 'quarter'; readonly year: number; readonly quarter: number }
  | { readonly unit: 'month'; readonly year: number; readonly month: number }
  | { readonly unit: 'week'; readonly year: number; readonly week: number }
  | { readonly unit: 'day'; readonly year: number; readonly month: number; readonly day: number };

const PERIOD_KEY = /^(\d{4})(?:-(\d{2})-(\d{2})|-W(\d{2})|-(\d{2})|-Q([1-4]))?$/;

/** How many ISO weeks (52 or 53) the ISO week-numbering year `isoYear` has. */
function isoWeeksIn(isoYear: number): number {
  return (isoYearStart(isoYear + 1) - isoYearStart(isoYear)) / 7;
}

/**
 * Reads a period key into its parts; `undefined` when the text is not a key of a real period (no
 * 2019-13, 2019-02-30 or week 53 of a 52-week year). The one definition of a valid key: it needs
 * no day arithmetic, so code that only checks or labels keys (the widgets) carries none.
 */
export function periodKeyParts(key: string): PeriodKeyParts | undefined {
  const match = PERIOD_KEY.exec(key);
  if (match === null) return undefined;
  const year = Number(match[1]);
  if (year < 1) return undefined;
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    const day = Number(match[3]);
    return isValidCivilDate(year, month, day) ? { unit: 'day', year, month, day } : undefined;
  }
  if (match[4] !== undefined) {
    const week = Number(match[4]);
    return week >= 1 && week <= isoWeeksIn(year) ? { unit: 'week', year, week } : undefined;
  }
  if (match[5] !== undefined) {
    const month = Number(match[5]);
    return month >= 1 && month <= 12 ? { unit: 'month', year, month } : undefined;
  }
  if (match[6] !== undefined) return { unit: 'quarter', year, quarter: Number(match[6]) };
  return { unit: 'year', year };
}

/** First day of the period a key names. */
function startOf(parts: PeriodKeyParts): number {
  switch (parts.unit) {
    case 'day':
      return dayFromCivil(parts.year, parts.month, parts.day);
    case 'week':
      return isoYearStart(parts.year) + (parts.week - 1) * 7;
    case 'month':
      return dayFromCivil(parts.year, parts.month, 1);
    case 'quarter':
      return dayFromCivil(parts.year, (parts.quarter - 1) * 3 + 1, 1);
    case 'year':
      return dayFromCivil(parts.year, 1, 1);
  }
}

/** Parses a period key into its days; `undefined` when the text is not a valid key (see {@link periodKeyParts}). */
export function parsePeriodKey(key: string): ParsedPeriod | undefined {
  const parts = periodKeyParts(key);
  if (parts === undefined) return undefined;
  const start = startOf(parts);
  return { unit: parts.unit, start, end: periodEnd(start, parts.unit) };
}

/**
 * Start of the same period one year earlier, or `undefined` when there is none
 * (29 February, or ISO week 53 in a year with 52 weeks).
 */
export function yearAgoStart(start: number, unit: PeriodUnit): number | undefined {
  if (unit === 'week') {
    const { isoYear, week } = isoWeekOf(start);
    const candidate = isoYearStart(isoYear - 1) + (week - 1) * 7;
    return isoWeekOf(candidate).isoYear === isoYear - 1 ? candidate : undefined;
  }
  const { year, month, day } = civilFromDay(start);
  return isValidCivilDate(year - 1, month, day) ? dayFromCivil(year - 1, month, day) : undefined;
}
