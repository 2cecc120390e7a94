const LEADS = 0xfe - 0x81 + 1;
const TRAILS = 190;
/** GB18030's byte order mark, a four-byte sequence read as U+FEFF (whose UTF-8 the CSV reader drops at the start). */
export const GB18030_BOM = [0x84, 0x31, 0x95, 0x33] as const;

/** Index of a two-byte sequence in the table: lead 0x81–0xFE, trail 0x40–0x7E or 0x80–0xFE; else -1. */
function pairIndex(lead: number, trail: number): number {
  if (trail >= 0x40 && trail <= 0x7e) return (lead - 0x81) * TRAILS + trail - 0x40;
  if (trail >= 0x80 && trail <= 0xfe) return (lead - 0x81) * TRAILS + trail - 0x41;
  return -1;
}

let pairTable: Uint16Array | null = null;

/**
 * The character (a UTF-16 code unit from U+0080 on, not a surrogate nor U+FFFD) of every two-byte
 * sequence, 0 where it is anything else; read from `TextDecoder` itself, so the table says what
 * the decoder says. Every pair is decoded in one call, each followed by a line feed (not a trail
 * byte, so it ends every pair); when the output does not split into one piece per pair, each pair
 * is decoded on its own.
 */
function pairs(): Uint16Array {
  if (pairTable !== null) return pairTable;
  const table = new Uint16Array(LEADS * TRAILS);
  const bytes = new Uint8Array(LEADS * TRAILS * 3);
  let at = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      bytes[at++] = lead;
      bytes[at++] = trail;
      bytes[at++] = 0x0a;
    }
  const decoder = new TextDecoder('gb18030');
  let pieces = decoder.decode(bytes).split('\n');
  if (pieces.length !== LEADS * TRAILS + 1)
    pieces = Array.from({ length: LEADS * TRAILS }, (_, index) =>
      decoder.decode(bytes.subarray(index * 3, index * 3 + 2)),
    );
  for (let index = 0; index < LEADS * TRAILS; index++) {
    const piece = pieces[index]!;
    const unit = piece.charCodeAt(0);
    const plain = piece.length === 1 && unit >= 0x80 && unit !== 0xfffd && (unit < 0xd800 || unit > 0xdfff);
    table[index] = plain ? unit : 0;
  }
  pairTable = table;
  return table;
}

/**
 * Turns a GB18030 byte stream into UTF-8, chunk by chunk: the bytes `TextDecoder('gb18030')` then
 * `TextEncoder` would give, without a string per chunk (decoding the 120 MiB benchmark file took
 * longer than reading its records). ASCII is copied and two-byte characters — all of GBK, every
 * Chinese character of a GBK-era export — come from a table built once from the decoder; from the
 * first sequence outside these (a four-byte character other than the BOM, a byte that is not
 * GB18030), the rest of the stream goes through `TextDecoder`, which starts there as it would at
 * the start of a character. So the output is the decoder's in every case, and U+FFFD stands for
 * bytes that are not GB18030 as it does from the decoder.
 */
export class Gb18030ToUtf8 {
  private readonly table = pairs();
  private readonly encoder = new TextEncoder();
  /** Reused for every chunk: the CSV reader copies what it keeps. */
  private out = new Uint8Array(0);
  /** A lead byte that ended the last chunk, its trail byte being the next chunk's first; -1: none. */
  private lead = -1;
  /** Once a sequence outside the table is met, the decoder reads the rest. */
  private decoder: InstanceType<typeof TextDecoder> | null = null;

  /** The UTF-8 of the next chunk (a view of a buffer the next call reuses). */
  push(chunk: Uint8Array): Uint8Array {
    const n = chunk.length;
    // Two-byte characters become at most three bytes, the BOM three, ASCII one.
    this.room(Math.ceil(((n + 1) * 3) / 2));
    if (this.decoder !== null) return this.decoded(chunk, 0, 0);
    const { table } = this;
    const out = this.out;
    let o = 0;
    let i = 0;
    if (this.lead >= 0 && n > 0) {
      const index = pairIndex(this.lead, chunk[0]!);
      const unit = index < 0 ? 0 : table[index]!;
      if (unit === 0) return this.decoded(chunk, 0, 0);
      o = writeUnit(out, o, unit);
      this.lead = -1;
      i = 1;
    }
    while (i < n) {
      const byte = chunk[i]!;
      if (byte < 0x80) {
        out[o++] = byte;
        i++;
        continue;
      }
      if (byte === 0x80 || byte === 0xff) return this.decoded(chunk, i, o);
      if (i + 1 >= n) {
        this.lead = byte;
        break;
      }
      const index = pairIndex(byte, chunk[i + 1]!);
      const unit = index < 0 ? 0 : table[index]!;
      if (unit !== 0) {
        o = writeUnit(out, o, unit);
        i += 2;
      } else if (
        i + 3 < n &&
        byte === GB18030_BOM[0] &&
        chunk[i + 1] === GB18030_BOM[1] &&
        chunk[i + 2] === GB18030_BOM[2] &&
        chunk[i + 3] === GB18030_BOM[3]
      ) {
        o = writeUnit(out, o, 0xfeff);
        i += 4;
      } else return this.decoded(chunk, i, o);
    }
    return out.subarray(0, o);
  }

  /** The UTF-8 of what the stream ends with: a lead byte left over, or what the decoder holds. */
  end(): Uint8Array {
    let text = '';
    if (this.decoder !== null) text = this.decoder.decode();
    else if (this.lead >= 0) text = new TextDecoder('gb18030').decode(Uint8Array.of(this.lead));
    this.lead = -1;
    this.room(text.length * 3);
    return this.out.subarray(0, this.encoder.encodeInto(text, this.out).written);
  }

  /**
   * `chunk` from `from` on read by the decoder (started here, first given a lead byte left over),
   * after the `written` bytes of output so far.
   */
  private decoded(chunk: Uint8Array, from: number, written: number): Uint8Array {
    if (this.decoder === null) {
      this.decoder = new TextDecoder('gb18030');
      if (this.lead >= 0) this.decoder.decode(Uint8Array.of(this.lead), { stream: true });
      this.lead = -1;
    }
    const text = this.decoder.decode(chunk.subarray(from), { stream: true });
    this.room(written + text.length * 3);
    // The decoder gives whole characters only, so no surrogate pair is split between chunks.
    return this.out.subarray(0, written + this.encoder.encodeInto(text, this.out.subarray(written)).written);
  }

  /** Output room for `length` bytes, keeping what was written. */
  private room(length: number): void {
    if (length <= this.out.length) return;
    const larger = new Uint8Array(Math.max(length, this.out.length * 2));
    larger.set(this.out);
    this.out = larger;
  }
}

/** Writes a BMP code unit from U+0080 on (not a surrogate) as UTF-8; returns the end. */
function writeUnit(out: Uint8Array, at: number, unit: number): number {
  if (unit < 0x800) {
    out[at] = 0xc0 | (unit >> 6);
    out[at + 1] = 0x80 | (unit & 0x3f);
    return at + 2;
  }
  out[at] = 0xe0 | (unit >> 12);
  out[at + 1] = 0x80 | ((unit >> 6) & 0x3f);
  out[at + 2] = 0x80 | (unit & 0x3f);
  return at + 3;
}
