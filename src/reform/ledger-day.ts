import { parseIsoDay } from '../time/civil-day.js';

/** A ledger date (checked by the schema) as a Shanghai day number; null while the ledger leaves it empty. */
export const ledgerDay = (text: string | null | undefined): number | null =>
  text === null || text === undefined ? null : parseIsoDay(text)!;

/** The ledger date is filled in and on or before `asOf`. */
export const doneBy = (text: string | null | undefined, asOf: number): boolean => {
  const day = ledgerDay(text);
  return day !== null && day <= asOf;
};
