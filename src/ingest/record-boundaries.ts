const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Finds where records end in CSV bytes read in blocks, by the CSV parser's own rules, so a file
 * can be cut into parts that each start a record and be parsed in parallel: a quote opens a quoted
 * field only at a field's start (after a comma, a line break, or where the scan starts), `""`
 * inside quotes is a quote, and text after a closing quote runs to the next comma or line break.
 * A line feed outside quotes ends a record. Only quotes are looked at byte by byte; stretches
 * without one are searched by the engine's `indexOf`/`lastIndexOf`.
 *
 * The bytes must be UTF-8 or GB18030: in both, a quote, comma, CR or LF byte is never part of a
 * multi-byte character, so a cut after a line feed is also a character boundary.
 */
export class RecordBoundaries {
  /** Inside a quoted field. */
  private quoted = false;
  /** Inside quotes, the last block ended with a quote: the next byte says whether it closes. */
  private quoteAtEnd = false;
  /** The byte before the next block (LF at the start: the scan starts at a record's start). */
  private previous = LF;

  /**
   * Scans the next block; returns the index in it just past the last line feed that ends a
   * record, or -1 when none in the block does.
   */
  scan(bytes: Uint8Array): number {
    const n = bytes.length;
    if (n === 0) return -1;
    let cut = -1;
    let i = 0;
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      if (bytes[0] === QUOTE) i = 1;
      else this.quoted = false;
    }
    while (i < n) {
      const q = bytes.indexOf(QUOTE, i);
      if (this.quoted) {
        if (q < 0) break;
        if (q + 1 >= n) {
          this.quoteAtEnd = true;
          break;
        }
        if (bytes[q + 1] === QUOTE) i = q + 2;
        else {
          this.quoted = false;
          i = q + 1;
        }
        continue;
      }
      const stop = q < 0 ? n : q;
      if (stop > i) {
        const lf = bytes.lastIndexOf(LF, stop - 1);
        if (lf >= i) cut = lf + 1;
      }
      if (q < 0) break;
      const before = q > 0 ? bytes[q - 1]! : this.previous;
      if (before === COMMA || before === LF || before === CR) this.quoted = true;
      i = q + 1;
    }
    this.previous = bytes[n - 1]!;
    return cut;
  }
}
