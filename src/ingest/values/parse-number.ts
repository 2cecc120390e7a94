import { normalizeText } from './normalize-text.js';

// The fraction is one optional group: `\d+\.?\d*` could split a run of digits two ways and
// backtracked quadratically on a long cell of digits followed by anything else.
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** A digit 1–9 before any exponent: the written number is not zero. */
const NONZERO_MANTISSA = /^[^eE]*[1-9]/;

/**
 * The number written in `text` (already normalised), `Infinity`/`-Infinity` when it overflows a
 * double, `NaN` when it is written with non-zero digits but rounds to 0 (underflow), or
 * `undefined` when it is not a number at all.
 */
function numberOfText(text: string): number | undefined {
  let value: number;
  if (PLAIN_NUMBER.test(text)) value = Number(text);
  else if (GROUPED_NUMBER.test(text)) value = Number(text.replaceAll(',', ''));
  else return undefined;
  // Only an exponent can overflow or underflow: 1e309 → Infinity, 1e-400 → 0.
  if (value === 0 && NONZERO_MANTISSA.test(text)) return Number.NaN;
  return value;
}

/**
 * A finite number from a number or from text (`1234.5`, `1,234.5`, `１２３４`), or `undefined`.
 * Empty text never becomes 0: callers test emptiness first. Text that overflows a double (`1e309`)
 * or underflows to 0 (`1e-400`) gives `undefined`, like `NaN` and `±Infinity` given as numbers;
 * {@link numberProblem} says which.
 */
export function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const value = numberOfText(normalizeText(raw));
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/**
 * Why {@link parseNumber} gave `undefined` for `raw`: `not_finite` for `NaN`, `±Infinity` and text
 * beyond ±1.8e308 (a double's range), `underflow` for text with non-zero digits that rounds to 0,
 * `not_a_number` for anything else. `undefined` when `raw` is a finite number after all.
 */
export function numberProblem(raw: unknown): 'not_finite' | 'underflow' | 'not_a_number' | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? undefined : 'not_finite';
  if (typeof raw !== 'string') return 'not_a_number';
  const value = numberOfText(normalizeText(raw));
  if (value === undefined) return 'not_a_number';
  if (Number.isNaN(value)) return 'underflow';
  return Number.isFinite(value) ? undefined : 'not_finite';
}

/**
 * Whether the number written in `raw` (text {@link parseNumber} reads) is exactly a whole number
 * as written, not merely after rounding to a double: `90`, `90.0`, `1e2`, `2.5e1` and `100e-2` are;
 * `0.5`, `1e-400` and `1.0000000000000001` (which round to 0 and 1) are not. Numbers (not text)
 * are judged by `Number.isInteger`.
 */
export function isWholeNumberText(raw: unknown): boolean {
  if (typeof raw === 'number') return Number.isInteger(raw);
  if (typeof raw !== 'string') return false;
  const text = normalizeText(raw).replaceAll(',', '');
  // Plain digits, the common case.
  if (/^[+-]?\d+$/.test(text)) return true;
  const match = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (match === null) return false;
  const fraction = withoutTrailingZeros(match[2] ?? '');
  const digits = `${match[1]}${fraction}`.replace(/^0+/, '');
  if (digits === '') return true; // zero, however written
  // The value is digits × 10^(exponent − fraction digits); trailing zeros of the digits count too.
  const trailingZeros = digits.length - withoutTrailingZeros(digits).length;
  const exponent = match[3] === undefined ? 0 : Number(match[3]);
  return exponent - fraction.length + trailingZeros >= 0;
}

/** `text` without its trailing zeros; a loop, as `/0+$/` retries from every zero of a long run (quadratic). */
function withoutTrailingZeros(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 48) end--;
  return text.slice(0, end);
}
