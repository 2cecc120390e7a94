/** Markers that data exports use for "no value". Compared after trimming; ASCII ones case-insensitively. */
export const EMPTY_MARKERS: ReadonlySet<string> = new Set([
  '',
  '-',
  '--',
  '—',
  '——',
  '–',
  '－',
  '/',
  '／',
  '暂无',
  'n/a',
  'na',
  'null',
  '#n/a',
]);

/** A printable ASCII or CJK character: certainly not whitespace that `trim` would remove. */
function isPlainEdge(code: number): boolean {
  return (code > 32 && code < 127) || (code >= 0x4e00 && code <= 0x9fff);
}

/** Longer than any empty marker, with nothing to trim at either end: text read as it is. */
export function isPlainText(text: string): boolean {
  return text.length > 4 && isPlainEdge(text.charCodeAt(0)) && isPlainEdge(text.charCodeAt(text.length - 1));
}

/** True for `null`, `undefined` and the empty markers (`''`, `-`, `—`, `/`, `暂无`, `N/A`, …). */
export function isEmptyValue(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw !== 'string') return false;
  // Fast path for the common case: longer than any marker and no space to trim at either end.
  if (isPlainText(raw)) return false;
  const text = raw.trim();
  if (text.length === 0) return true;
  if (text.length > 4) return false;
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return false; // a digit: a number, never a marker
  if (EMPTY_MARKERS.has(text)) return true;
  const lower = text.toLowerCase();
  return lower !== text && EMPTY_MARKERS.has(lower);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Trims and, for text with non-ASCII characters, applies NFKC so full-width digits and
 * punctuation (`２０１９／３／５`, `１２．５`) read like their ASCII forms.
 */
export function normalizeText(text: string): string {
  const trimmed = text.trim();
  return isAscii(trimmed) ? trimmed : trimmed.normalize('NFKC');
}
