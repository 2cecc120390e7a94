/** GB18030's byte order mark, a four-byte sequence read as U+FEFF (whose UTF-8 the CSV reader drops at the start). */
export const GB18030_BOM = [0x84, 0x31, 0x95, 0x33] as const;

const LEADS = 0xfe - 0x81 + 1;
const TRAILS = 190;
/** Four-byte pointers up to this one are BMP characters (the WHATWG index "gb18030 ranges"). */
const LAST_BMP_POINTER = 39419;
/** Four-byte pointers from this one to {@link LAST_POINTER} are U+10000 on, in order. */
const FIRST_ASTRAL_POINTER = 189000;
const LAST_POINTER = 1237575;
/** The pointer of the BOM, read without building the four-byte table. */
const BOM_POINTER = fourBytePointer(GB18030_BOM[0], GB18030_BOM[1], GB18030_BOM[2], GB18030_BOM[3]);
const REPLACEMENT = 0xfffd;
/** The single byte 0x80 (WHATWG's gb18030 decoder: U+20AC, as in GBK). */
const EURO = 0x20ac;
/** The longest unfinished sequence: lead, digit, lead (a fourth byte would end it). */
const MAX_HELD = 3;

/**
 * A sequence that is not GB18030, which the transcoder wrote as U+FFFD: where that U+FFFD starts
 * in the output of the call that wrote it, where the sequence starts in the file, and its first
 * byte. A U+FFFD the file itself encodes (`84 31 A4 37`) is no error.
 */
export interface Gb18030Error {
  readonly output: number;
  readonly offset: number;
  readonly byte: number;
}

/** The WHATWG pointer of a four-byte sequence: lead 0x81–0xFE, digit, lead, digit. */
function fourBytePointer(first: number, second: number, third: number, fourth: number): number {
  return (first - 0x81) * 12600 + (second - 0x30) * 1260 + (third - 0x81) * 10 + fourth - 0x30;
}

/**
 * What `TextDecoder('gb18030')` reads each of `count` sequences as: one call decodes them all,
 * each written by `write` at its offset and followed by a line feed (which ends any sequence and
 * is never part of one); when the output does not split into one piece per sequence, each is
 * decoded on its own.
 */
function decodedEach(
  count: number,
  length: number,
  write: (bytes: Uint8Array, at: number, index: number) => void,
): string[] {
  const bytes = new Uint8Array(count * (length + 1));
  for (let index = 0; index < count; index++) {
    const at = index * (length + 1);
    write(bytes, at, index);
    bytes[at + length] = 0x0a;
  }
  const decoder = new TextDecoder('gb18030');
  const pieces = decoder.decode(bytes).split('\n');
  if (pieces.length === count + 1) return pieces;
  return Array.from({ length: count }, (_, index) =>
    decoder.decode(bytes.subarray(index * (length + 1), index * (length + 1) + length)),
  );
}

/** A lone surrogate is written as U+FFFD, as `TextEncoder` writes it. */
const isSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdfff;

let pairTable: Uint16Array | null = null;

/**
 * The character (a UTF-16 code unit from U+0080 on, not a surrogate nor U+FFFD) of every two-byte
 * sequence (lead 0x81–0xFE, trail 0x40–0x7E or 0x80–0xFE) at `lead << 8 | trail`, 0 for any other
 * two bytes and where the decoder reads the pair as anything else (an error: none does today): one
 * look-up per pair, no test of the trail byte's range. Read from `TextDecoder` itself, so the table
 * says what the decoder says.
 */
function pairs(): Uint16Array {
  if (pairTable !== null) return pairTable;
  const pieces = decodedEach(LEADS * TRAILS, 2, (bytes, at, index) => {
    const trail = index % TRAILS;
    bytes[at] = 0x81 + Math.floor(index / TRAILS);
    bytes[at + 1] = trail + (trail < 0x3f ? 0x40 : 0x41);
  });
  const table = new Uint16Array(0x10000);
  for (let index = 0; index < LEADS * TRAILS; index++) {
    const piece = pieces[index]!;
    const unit = piece.charCodeAt(0);
    const plain = piece.length === 1 && unit >= 0x80 && unit !== REPLACEMENT && !isSurrogate(unit);
    const trail = index % TRAILS;
    table[((0x81 + Math.floor(index / TRAILS)) << 8) | (trail + (trail < 0x3f ? 0x40 : 0x41))] = plain ? unit : 0;
  }
  pairTable = table;
  return table;
}

let bmpTable: Uint16Array | null = null;

/**
 * The character of every four-byte sequence whose pointer is at most {@link LAST_BMP_POINTER} (all
 * BMP, U+FFFD where the decoder gives anything else), read from `TextDecoder`; built at the first
 * such sequence other than the BOM (a GBK-era export has none).
 */
function bmpFourBytes(): Uint16Array {
  if (bmpTable !== null) return bmpTable;
  const pieces = decodedEach(LAST_BMP_POINTER + 1, 4, (bytes, at, pointer) => {
    bytes[at] = 0x81 + Math.floor(pointer / 12600);
    bytes[at + 1] = 0x30 + (Math.floor(pointer / 1260) % 10);
    bytes[at + 2] = 0x81 + (Math.floor(pointer / 10) % 126);
    bytes[at + 3] = 0x30 + (pointer % 10);
  });
  const table = new Uint16Array(LAST_BMP_POINTER + 1);
  for (let pointer = 0; pointer < table.length; pointer++) {
    const piece = pieces[pointer]!;
    const unit = piece.charCodeAt(0);
    table[pointer] = piece.length === 1 && unit >= 0x80 && !isSurrogate(unit) ? unit : REPLACEMENT;
  }
  bmpTable = table;
  return table;
}

/** Whether GB18030 has a character at a four-byte pointer (WHATWG: its code point is not null). */
function isFourBytePointer(pointer: number): boolean {
  return pointer <= LAST_BMP_POINTER || (pointer >= FIRST_ASTRAL_POINTER && pointer <= LAST_POINTER);
}

/** The code point of a four-byte sequence's pointer; U+FFFD for a pointer GB18030 leaves out. */
function fourByteCodePoint(pointer: number): number {
  if (pointer === BOM_POINTER) return 0xfeff;
  if (pointer <= LAST_BMP_POINTER) return bmpFourBytes()[pointer]!;
  if (pointer >= FIRST_ASTRAL_POINTER && pointer <= LAST_POINTER) return 0x10000 + pointer - FIRST_ASTRAL_POINTER;
  return REPLACEMENT;
}

/**
 * Turns a GB18030 byte stream into UTF-8, chunk by chunk: the bytes `TextDecoder('gb18030')` then
 * `TextEncoder` give for the whole stream at once, however it is cut, without a string per chunk
 * (decoding the 120 MiB benchmark file took longer than reading its records). It is WHATWG's
 * gb18030 decoder run a sequence at a time: ASCII is copied; two-byte characters — all of GBK,
 * every Chinese character of a GBK-era export — and four-byte BMP characters come from tables
 * built once from `TextDecoder`, four-byte characters from U+10000 on by the standard's formula;
 * a byte that is not GB18030, or a sequence broken off, is U+FFFD, and the bytes after its first
 * that can start a character are read again (an ASCII byte after a lead; the digit and lead of a
 * four-byte sequence whose third or fourth byte is wrong). A sequence a chunk ends inside is held
 * (at most three bytes) and read with the next chunk, so no decoder state crosses a chunk boundary
 * (Node's streaming `TextDecoder('gb18030')` throws a TypeError on some such cuts).
 */
export class Gb18030ToUtf8 {
  private readonly pairs = pairs();
  /** Reused for every chunk: the CSV reader copies what it keeps. */
  private out = new Uint8Array(0);
  /** The start of a sequence the last chunk ended inside, and the next chunk's first bytes after it. */
  private readonly held = new Uint8Array(MAX_HELD + 4);
  private heldLength = 0;
  /** Where {@link convert} stopped reading. */
  private stoppedAt = 0;
  /** The file offset of the next chunk's first byte. */
  private offset = 0;
  /** The file offset of `bytes[0]` in the current {@link convert}. */
  private convertOffset = 0;
  /**
   * The sequences that are not GB18030 in the output of the last `push` or `end`, in order (empty
   * for a clean chunk): the CSV reader quarantines the records holding them.
   */
  readonly errors: Gb18030Error[] = [];

  /**
   * The UTF-8 of the next chunk (a view of a buffer the next call reuses); `offset` is its first
   * byte's place in the file when it does not follow the last chunk (a range read after another
   * reader's), for {@link errors}.
   */
  push(chunk: Uint8Array, offset = this.offset): Uint8Array {
    const n = chunk.length;
    if (this.errors.length > 0) this.errors.length = 0;
    this.offset = offset + n;
    // At most three bytes out for each byte in (U+FFFD for a byte that is not GB18030).
    this.room((n + MAX_HELD) * 3);
    let o = 0;
    let from = 0;
    if (this.heldLength > 0) {
      // The held bytes and enough of the chunk to end any sequence starting among them.
      const { held } = this;
      const kept = this.heldLength;
      const taken = Math.min(n, held.length - kept);
      held.set(chunk.subarray(0, taken), kept);
      this.convertOffset = offset - kept;
      o = this.convert(held, kept, kept + taken, 0);
      const at = this.stoppedAt;
      if (at < kept) {
        // Still unfinished: the chunk was shorter than the rest of the sequence.
        held.copyWithin(0, at, kept + taken);
        this.heldLength = kept + taken - at;
        return this.out.subarray(0, o);
      }
      from = at - kept;
      this.heldLength = 0;
    }
    const rest = chunk.subarray(from);
    this.convertOffset = offset + from;
    o = this.convert(rest, rest.length, rest.length, o);
    const at = this.stoppedAt;
    this.held.set(rest.subarray(at));
    this.heldLength = rest.length - at;
    return this.out.subarray(0, o);
  }

  /** Forgets any held bytes and errors, for a new stream from offset 0 (the output buffer is kept). */
  reset(): void {
    this.heldLength = 0;
    this.offset = 0;
    this.errors.length = 0;
  }

  /** The UTF-8 of what the stream ends with: U+FFFD for a sequence it ends inside. */
  end(): Uint8Array {
    this.room(3);
    if (this.errors.length > 0) this.errors.length = 0;
    let o = 0;
    if (this.heldLength > 0) {
      this.errors.push({ output: 0, offset: this.offset - this.heldLength, byte: this.held[0]! });
      o = writeCodePoint(this.out, 0, REPLACEMENT);
    }
    this.heldLength = 0;
    return this.out.subarray(0, o);
  }

  /**
   * Writes the characters of the sequences of `bytes` that start before `stop` (reading up to
   * `end`) from `o` on; returns the end of the output, and leaves in {@link stoppedAt} where reading
   * stopped: at `stop` or after, or at a sequence `end` cuts.
   */
  private convert(bytes: Uint8Array, stop: number, end: number, o: number): number {
    const { out, pairs } = this;
    let i = 0;
    while (i < stop) {
      const byte = bytes[i]!;
      if (byte < 0x80) {
        out[o++] = byte;
        i++;
        continue;
      }
      if (i + 1 >= end) {
        // A lead the end cuts is held here rather than by `irregular`: a GBK-era file then never
        // calls it, and the optimized loop leaves the call out (with it, the loop took a tenth longer).
        if (byte !== 0x80 && byte !== 0xff) break;
      } else {
        const unit = pairs[(byte << 8) | bytes[i + 1]!]!;
        if (unit !== 0) {
          o = writeUnit(out, o, unit);
          i += 2;
          continue;
        }
      }
      o = this.irregular(bytes, i, end, o);
      if (this.stoppedAt < 0) break;
      i = this.stoppedAt;
    }
    this.stoppedAt = i;
    return o;
  }

  /**
   * Writes the character at `bytes[i]`, a byte from 0x80 on that does not start a two-byte
   * character: 0x80, a four-byte sequence, or an error. Returns the end of the output and leaves
   * in {@link stoppedAt} where the next sequence starts, -1 when `end` cuts this one.
   */
  private irregular(bytes: Uint8Array, i: number, end: number, o: number): number {
    const { out } = this;
    const byte = bytes[i]!;
    let next = i + 1;
    let codePoint = REPLACEMENT;
    let error = true;
    if (byte === 0x80) {
      codePoint = EURO;
      error = false;
    } else if (byte !== 0xff) {
      if (i + 1 >= end) next = -1;
      else {
        const second = bytes[i + 1]!;
        if (second >= 0x30 && second <= 0x39) {
          const third = i + 2 < end ? bytes[i + 2]! : -1;
          const fourth = i + 3 < end ? bytes[i + 3]! : -1;
          // A third byte that is no lead, or a fourth that is no digit: the bytes after the first
          // are read again.
          if (third < 0) next = -1;
          else if (third >= 0x81 && third <= 0xfe) {
            if (fourth < 0) next = -1;
            else if (fourth >= 0x30 && fourth <= 0x39) {
              const pointer = fourBytePointer(byte, second, third, fourth);
              codePoint = fourByteCodePoint(pointer);
              error = !isFourBytePointer(pointer);
              next = i + 4;
            }
          }
        } else if (second >= 0x80) next = i + 2;
        // An ASCII second byte is read again; any other is part of the error.
      }
    }
    this.stoppedAt = next;
    if (next < 0) return o;
    if (error) this.errors.push({ output: o, offset: this.convertOffset + i, byte });
    return writeCodePoint(out, o, codePoint);
  }

  /** Output room for `length` bytes (what was written is not kept: each call writes from 0). */
  private room(length: number): void {
    if (length > this.out.length) this.out = new Uint8Array(Math.max(length, this.out.length * 2));
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

/** Writes a code point from U+0080 on (not a surrogate) as UTF-8; returns the end. */
function writeCodePoint(out: Uint8Array, at: number, codePoint: number): number {
  if (codePoint < 0x10000) return writeUnit(out, at, codePoint);
  out[at] = 0xf0 | (codePoint >> 18);
  out[at + 1] = 0x80 | ((codePoint >> 12) & 0x3f);
  out[at + 2] = 0x80 | ((codePoint >> 6) & 0x3f);
  out[at + 3] = 0x80 | (codePoint & 0x3f);
  return at + 4;
}
