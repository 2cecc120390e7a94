/** A JSON number token: `-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`, matched from a position. */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** Texts with neither an exponent nor 16 digits in a row hold no number a double cannot keep. */
const MAYBE_UNFAITHFUL = /[eE]|\d{16}/;

/** True when `Number(token)` is not what the token says: overflow, underflow to 0, or more digits than a double keeps. */
function unfaithful(token: string): boolean {
  const value = Number(token);
  if (!Number.isFinite(value)) return true;
  const mantissa = token.replace(/[eE].*$/, '');
  if (value === 0) return /[1-9]/.test(mantissa);
  return (
    mantissa
      .replace(/^[-0.]+/, '')
      .replace(/\./, '')
      .replace(/0+$/, '').length > 15
  );
}

/**
 * JSON text whose numbers are all what they say, so that `JSON.parse` loses nothing silently:
 * `1e309` (Infinity), `1e-400` (0) and `1.0000000000000001` (1) become the strings `"1e309"`,
 * `"1e-400"` and `"1.0000000000000001"`, which ingest then reads by the same rules as a CSV cell
 * (quarantined with the value as written). Strings are passed over; other numbers are untouched.
 */
export function jsonNumbersAsWritten(text: string): string {
  if (!MAYBE_UNFAITHFUL.test(text)) return text;
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (code === 0x22) {
      // Skip a string, escapes included.
      i++;
      while (i < text.length && text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c ? 2 : 1;
      i++;
      continue;
    }
    if (code !== 0x2d && (code < 0x30 || code > 0x39)) {
      i++;
      continue;
    }
    NUMBER.lastIndex = i;
    const token = NUMBER.exec(text)?.[0];
    if (token === undefined || token.length === 0) {
      i++;
      continue;
    }
    if (unfaithful(token)) {
      parts.push(text.slice(copied, i), JSON.stringify(token));
      copied = i + token.length;
    }
    i += token.length;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
