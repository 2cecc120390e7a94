import type { Field } from '../model/dataset.js';
import type { SkipReason } from '../table/table.js';
import { isEmptyValue } from './values/normalize-text.js';

// Blank rows and footer rows of spreadsheet exports hold no record: they are skipped, not
// quarantined. Both CSV readers decide it the same way, from the record as written, and only for
// a row that could not be used (or has the wrong number of fields), so used rows cost nothing.

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Totals labels, compared trimmed, NFKC-normalised, lower-cased, inner spaces collapsed, without what follows a colon. */
const FOOTER_LABELS: ReadonlySet<string> = new Set([
  '合计',
  '总计',
  '小计',
  'total',
  'totals',
  'subtotal',
  'grand total',
]);

/** A label is looked for in the first characters of a cell only: the longest label with room for spaces around it. */
const LABEL_ROOM = 40;

/**
 * Whether a cell is a totals label: `合计`, `总计`, `小计`, `Total`, `Totals`, `Subtotal`, `Grand total`,
 * alone or followed by a colon (`:` or `：`) and any text, the footer's value written into the label's
 * cell (`合计：100件`, `Total: 17`). A label followed by anything but a colon (`合计区`, `合计 2019`) is none.
 */
export function isFooterLabel(cell: string): boolean {
  const head = cell.length > LABEL_ROOM ? cell.slice(0, LABEL_ROOM) : cell;
  let text = head.normalize('NFKC').trim();
  const colon = text.indexOf(':');
  if (colon >= 0) text = text.slice(0, colon).trimEnd();
  else if (cell.length > LABEL_ROOM) return false;
  return FOOTER_LABELS.has(text.replace(/\s+/g, ' ').toLowerCase());
}

/**
 * The cells of one CSV record as written (what follows its line end is ignored), by the readers'
 * rules: quoted fields with `""` escapes and line breaks, text after a closing quote kept as written.
 */
export function recordCells(raw: string): string[] {
  const cells: string[] = [];
  const n = raw.length;
  let i = 0;
  for (;;) {
    let value = '';
    if (i < n && raw.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      for (;;) {
        const q = raw.indexOf('"', j);
        if (q < 0) {
          value += raw.slice(j);
          i = n;
          break;
        }
        if (raw.charCodeAt(q + 1) === QUOTE) {
          value += raw.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        value += raw.slice(j, q);
        i = q + 1;
        break;
      }
    }
    let j = i;
    while (j < n) {
      const c = raw.charCodeAt(j);
      if (c === COMMA || c === LF || c === CR) break;
      j++;
    }
    value += raw.slice(i, j);
    cells.push(value);
    if (j >= n || raw.charCodeAt(j) !== COMMA) return cells;
    i = j + 1;
  }
}

/** Which kept fields (by slot) are required: a footer row has none of them filled. */
export function requiredSlots(fields: readonly Field[]): boolean[] {
  return fields.map((field) => field.required === true);
}

/**
 * Whether a row that cannot be used is `blank` (every cell empty or whitespace) or a `footer` (its
 * first non-empty cell is a totals label, and every required kept field other than that cell is
 * empty), or perhaps a `note` (only its first cell is filled: `制表人：张三`, `数据来源：…`; the table
 * builder quarantines it as usual, and skips it as a note once a footer row is found above it);
 * `null` when it is none of these and is rejected as usual.
 * `raw` is the record as written, `slotOf` maps its columns onto kept fields' slots (−1: not kept),
 * `required` says which slots are required.
 */
export function skipReason(raw: string, slotOf: Int32Array, required: readonly boolean[]): SkipReason | null {
  return skipReasonOfCells(recordCells(raw), slotOf, required);
}

/** {@link skipReason} for a row already split into cells (a workbook's row; `null` is an empty cell). */
export function skipReasonOfCells(
  cells: readonly (string | null)[],
  slotOf: Int32Array,
  required: readonly boolean[],
): SkipReason | null {
  let label = -1;
  for (let column = 0; column < cells.length; column++) {
    if ((cells[column] ?? '').trim().length > 0) {
      label = column;
      break;
    }
  }
  if (label < 0) return 'blank';
  if (!isFooterLabel(cells[label]!)) return label === 0 && onlyFirstFilled(cells) ? 'note' : null;
  for (let column = 0; column < cells.length; column++) {
    const slot = column < slotOf.length ? slotOf[column]! : -1;
    if (column !== label && slot >= 0 && required[slot] === true && !isEmptyValue(cells[column])) return null;
  }
  return 'footer';
}

/** Whether every cell after the first is empty or whitespace. */
function onlyFirstFilled(cells: readonly (string | null)[]): boolean {
  for (let column = 1; column < cells.length; column++) if ((cells[column] ?? '').trim().length > 0) return false;
  return true;
}
