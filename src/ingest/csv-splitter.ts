import { RecordBoundaries } from './record-boundaries.js';

/** A run of whole records cut from a CSV file: its bytes (a buffer of its own) and its first byte's offset in the file. */
export interface CsvSegment {
  readonly bytes: Uint8Array;
  readonly offset: number;
}

/** The longest stretch without a record end the splitter holds before giving up (the reader's longest record). */
export const MAX_UNSPLIT_BYTES = 64 * 1024 * 1024;
/** The first segment is cut early (at most this long, or a part's length), so the header is known before the first part is read. */
const FIRST_SCAN_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Cuts a CSV file read in blocks into segments of whole records, about `partBytes` long each, at
 * the record ends {@link RecordBoundaries} finds: the first segment as soon as a record ends (it
 * holds the header), the others once `partBytes` have gathered. Each segment's bytes are a buffer
 * of their own, so they can be transferred to a worker. `push` returns null when
 * `maxUnsplit` bytes ({@link MAX_UNSPLIT_BYTES}) gather without a record end (a quote left open, or a file whose lines
 * end in CR alone): such a file is read in one piece instead.
 */
export class CsvSplitter {
  private readonly boundaries = new RecordBoundaries();
  private buffer: Uint8Array;
  private filled = 0;
  /** End of the last whole record in `buffer`, 0 for none. */
  private cut = 0;
  /** File offset of `buffer[0]`. */
  private offset = 0;
  private first = true;

  constructor(
    private readonly partBytes: number,
    /** The byte order mark the scan starts after, when the file starts with it. */
    private readonly bom: readonly number[],
    private readonly maxUnsplit = MAX_UNSPLIT_BYTES,
  ) {
    this.buffer = new Uint8Array(partBytes + (1 << 20));
  }

  /** Takes the next block of the file (copied); returns the segments it completes, or null (see above). */
  push(block: Uint8Array): CsvSegment[] | null {
    if (this.filled + block.length > this.buffer.length) {
      const larger = new Uint8Array(Math.max(this.buffer.length * 2, this.filled + block.length));
      larger.set(this.buffer.subarray(0, this.filled));
      this.buffer = larger;
    }
    const from = this.filled;
    this.buffer.set(block, from);
    this.filled += block.length;
    const segments: CsvSegment[] = [];
    let scanFrom = from;
    if (this.first && from === 0 && startsWith(block, this.bom)) scanFrom = this.bom.length;
    while (scanFrom < this.filled) {
      const end = this.first
        ? Math.min(this.filled, scanFrom + Math.min(FIRST_SCAN_BYTES, this.partBytes))
        : this.filled;
      const cut = this.boundaries.scan(this.buffer.subarray(scanFrom, end));
      if (cut >= 0) this.cut = scanFrom + cut;
      scanFrom = end;
      if (this.cut > 0 && (this.first || this.cut >= this.partBytes)) {
        segments.push(this.take());
        this.first = false;
        scanFrom -= segments[segments.length - 1]!.bytes.length;
      }
    }
    if (this.filled - this.cut > this.maxUnsplit) return null;
    return segments;
  }

  /** The rest of the file (possibly empty). */
  end(): CsvSegment {
    this.cut = this.filled;
    return this.take();
  }

  /** Hands out `buffer[0, cut)` and moves what follows into a new buffer. */
  private take(): CsvSegment {
    const cut = this.cut;
    const segment = { bytes: this.buffer.subarray(0, cut), offset: this.offset };
    const rest = this.buffer.subarray(cut, this.filled);
    this.buffer = new Uint8Array(Math.max(this.partBytes + (1 << 20), rest.length * 2));
    this.buffer.set(rest);
    this.filled = rest.length;
    this.offset += cut;
    this.cut = 0;
    return segment;
  }
}
