/** Display width in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    width +=
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000
        ? 2
        : 1;
  }
  return width;
}

/** The escapes a terminal table shows for control characters that would break its lines. */
const CONTROL_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A cell as one line of a terminal table: a line break, tab or other control character in a value
 * (`"黄浦区\r\n（二庭）"` read from a quoted CSV field) is shown as its escape (`黄浦区\r\n（二庭）`)
 * instead of breaking the row and every column after it.
 */
export function tableCell(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => {
    const known = CONTROL_ESCAPES[char];
    return known ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * Rows as aligned text columns; `right` marks columns aligned right (numbers). Cells are shown by
 * {@link tableCell}: a value's control characters as escapes, so each row stays one line.
 */
export function alignTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: ReadonlySet<number> = new Set(),
): string {
  const shownHeader = header.map(tableCell);
  const shownRows = rows.map((row) => row.map(tableCell));
  const widths = shownHeader.map((cell) => displayWidth(cell));
  // A loop, not Math.max(...rows): a spread of a month-by-district table's 100k rows overflows the stack.
  for (const row of shownRows)
    header.forEach((_, column) => (widths[column] = Math.max(widths[column]!, displayWidth(row[column] ?? ''))));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => {
        const gap = ' '.repeat(widths[column]! - displayWidth(cell));
        return right.has(column) ? gap + cell : column === row.length - 1 ? cell : cell + gap;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(shownHeader), rule, ...shownRows.map(line)].join('\n');
}
