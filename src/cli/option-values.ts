import { dayIssue } from '../errors/day-issue.js';
import { parseIsoDay } from '../time/civil-day.js';
import { UsageError } from './usage.js';

/** An option restricted to `allowed` values; `fallback` when it is not given. */
export function choice<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError((messages) => messages.expectedOneOf(name, allowed, value));
  return value as T;
}

/** A comma-separated list of non-empty names. */
export function list(name: string, value: string): string[] {
  const items = value.split(',').map((item) => item.trim());
  if (items.some((item) => item.length === 0)) throw new UsageError((messages) => messages.emptyListItem(name, value));
  return items;
}

/** A number from 0 to 1. */
export function rate(name: string, value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1)
    throw new UsageError((messages) => messages.expectedRate(name, value));
  return number;
}

/** A finite number, as JavaScript reads it (`0.9`, `-2`, `1e3`). */
export function finiteNumber(name: string, value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number))
    throw new UsageError((messages) => messages.expectedNumber(name, value));
  return number;
}

/** A whole number ≥ 1. */
export function positiveInt(name: string, value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1) throw new UsageError((messages) => messages.expectedWholeNumber(name, value));
  return number;
}

/** A real calendar date written YYYY-MM-DD. */
export function isoDate(name: string, value: string): string {
  if (parseIsoDay(value) !== undefined) return value;
  // The library's answer (2019-02-30: "2019-02 has 28 days, not 30"), in the CLI's language.
  const issue = dayIssue(value, []);
  throw new UsageError((messages) => messages.optionProblem(name, issue));
}
