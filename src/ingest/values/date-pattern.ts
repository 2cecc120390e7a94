import { dayFromCivil, isValidCivilDate } from '../../time/civil-day.js';
import type { DayReader } from '../column-builders.js';
import { normalizeText } from './normalize-text.js';
import { parseShanghaiDay } from './parse-day.js';

/** The text a workbook's date cell reads as (see serialDateText). */
const ISO_CELL = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2})?$/;

/**
 * A workbook's reader of a pattern: its date cells read as ISO text (2019-03-05, 2019-03-05T14:30:00)
 * whatever their display format; the workbook typed them dates, so the pattern (for the column's
 * text cells) is not asked of them.
 */
export function withWorkbookDates(reader: DayReader): DayReader {
  return {
    ...reader,
    parse: (raw) =>
      reader.parse(raw) ?? (typeof raw === 'string' && ISO_CELL.test(raw) ? parseShanghaiDay(raw) : undefined),
  };
}

/** A number, or text that is only a number (a serial day as a CSV export writes it). */
function isNumberText(raw: unknown): boolean {
  return typeof raw === 'number' || (typeof raw === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(normalizeText(raw)));
}

/** The mapping `formats` value for spreadsheet serial day numbers (Excel's 1900 date system). */
export const EXCEL_SERIAL = 'excel-serial';

/** Pattern tokens, longest first so `MM` wins over `M`. */
const TOKENS = ['YYYY', 'MM', 'M', 'DD', 'D', 'HH', 'H', 'mm', 'ss'] as const;
type Token = (typeof TOKENS)[number];
const TOKEN_REGEX: Record<Token, string> = {
  YYYY: '(\\d{4})',
  MM: '(\\d{2})',
  M: '(\\d{1,2})',
  DD: '(\\d{2})',
  D: '(\\d{1,2})',
  HH: '(\\d{2})',
  H: '(\\d{1,2})',
  mm: '(\\d{2})',
  ss: '(\\d{2})',
};

/** 1970-01-01 as an Excel 1900-system serial. */
export const EXCEL_UNIX_EPOCH = 25569;

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is the 29 February 1900 that
 * never was (Lotus 1-2-3's leap-year bug, kept by Excel), so it is rejected and serials below it
 * are one day later than the arithmetic suggests. A fraction is a time of day and is dropped.
 */
function excelSerialDay(raw: unknown): number | undefined {
  const serial =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(normalizeText(raw))
        ? Number(normalizeText(raw))
        : Number.NaN;
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const whole = Math.floor(serial);
  if (whole === 60) return undefined;
  return whole - EXCEL_UNIX_EPOCH + (whole < 60 ? 1 : 0);
}

/** A date pattern as a regular expression (JavaScript and RE2 alike) and the group of each part (0 = absent). */
export interface DatePatternRegex {
  readonly source: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** What is wrong with a date pattern: a part given twice (`part` is Y, M, D, H, m or s), or a missing year, month or day. */
export type DatePatternProblem =
  | { readonly kind: 'repeated_part'; readonly pattern: string; readonly part: string }
  | { readonly kind: 'incomplete'; readonly pattern: string };

/** The English wording of a pattern problem (the CLI words it in other languages from the same fields). */
export function datePatternProblemText(problem: DatePatternProblem): string {
  return problem.kind === 'repeated_part'
    ? `"${problem.pattern}" has the ${problem.part} part twice`
    : `"${problem.pattern}" must contain YYYY, M or MM, and D or DD (or be "${EXCEL_SERIAL}")`;
}

/** The regular expression of a date pattern (not `excel-serial`), or what is wrong with the pattern. */
export function datePatternRegex(pattern: string): DatePatternRegex | string {
  const compiled = datePatternParts(pattern);
  return 'kind' in compiled ? datePatternProblemText(compiled) : compiled;
}

/** The regular expression of a date pattern (not `excel-serial`), or its problem. */
export function datePatternParts(pattern: string): DatePatternRegex | DatePatternProblem {
  let source = '^';
  const order: Token[] = [];
  for (let i = 0; i < pattern.length;) {
    const token = TOKENS.find((candidate) => pattern.startsWith(candidate, i));
    if (token === undefined) {
      source += pattern[i]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      i++;
      continue;
    }
    if (
      order.includes(token) ||
      (token.length === 1 && order.includes(`${token}${token}` as Token)) ||
      (token.length === 2 && token !== 'mm' && token !== 'ss' && order.includes(token[0] as Token))
    ) {
      return { kind: 'repeated_part', pattern, part: token[0]! };
    }
    order.push(token);
    source += TOKEN_REGEX[token];
    i += token.length;
  }
  const has = (...tokens: Token[]) => tokens.some((token) => order.includes(token));
  if (!has('YYYY') || !has('MM', 'M') || !has('DD', 'D')) return { kind: 'incomplete', pattern };
  const at = (token: Token): number => order.indexOf(token) + 1;
  return {
    source: `${source}$`,
    year: at('YYYY'),
    month: has('MM') ? at('MM') : at('M'),
    day: has('DD') ? at('DD') : at('D'),
    hour: has('HH') ? at('HH') : has('H') ? at('H') : 0,
    minute: at('mm'),
    second: at('ss'),
  };
}

/**
 * Compiles a mapping date format (`DD/MM/YYYY`, `YYYY年M月D日 HH:mm`, … or `excel-serial`) into a
 * reader. Tokens: `YYYY`, `MM`/`M` (month), `DD`/`D` (day), `HH`/`H`, `mm`, `ss`; every other
 * character is literal. A time is read and checked but does not move the Shanghai civil date.
 *
 * @returns the reader, or a message saying what is wrong with the pattern.
 */
export function compileDatePattern(pattern: string): DayReader | string {
  // `excel-serial` says how the column's numbers are read; its dates written as dates (a workbook's
  // date cells, 2019/3/5 typed in a CSV) read as without a format.
  if (pattern === EXCEL_SERIAL)
    return {
      parse: (raw) => (isNumberText(raw) ? excelSerialDay(raw) : parseShanghaiDay(raw)),
      hint: 'an Excel serial day number (1900 date system)',
      pattern,
    };
  const compiled = datePatternRegex(pattern);
  if (typeof compiled === 'string') return compiled;
  const { source, year, month, day, hour, minute, second } = compiled;
  const regex = new RegExp(source);
  return {
    hint: `the date format "${pattern}"`,
    pattern,
    parse(raw: unknown): number | undefined {
      if (typeof raw !== 'string') return undefined;
      const match = regex.exec(normalizeText(raw));
      if (match === null) return undefined;
      const y = Number(match[year]);
      const m = Number(match[month]);
      const d = Number(match[day]);
      if (!isValidCivilDate(y, m, d)) return undefined;
      if (hour > 0 && Number(match[hour]) > 23) return undefined;
      if (minute > 0 && Number(match[minute]) > 59) return undefined;
      if (second > 0 && Number(match[second]) > 59) return undefined;
      return dayFromCivil(y, m, d);
    },
  };
}
