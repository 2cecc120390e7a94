/** Markers that data exports use for "no value". Compared after trimming; ASCII ones case-insensitively. */
const EMPTY_MARKERS: ReadonlySet<string> = new Set(['', '-', '--', '—', '——', '–', '－', '/', '／', '暂无', 'n/a', 'na', 'null', '#n/a']);

/** True for `null`, `undefined` and the empty markers (`''`, `-`, `—`, `/`, `暂无`, `N/A`, …). */
export function isEmptyValue(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw !== 'string') return false;
  const text = raw.trim();
  return text.length === 0 || (text.length <= 4 && EMPTY_MARKERS.has(text.toLowerCase()));
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
