/*
 * How `--encoding auto` chooses between UTF-8 and GB18030 — it never guesses silently.
 *
 * Every chunk is checked whole by `isUtf8` (Node's native one in `src/node/`, no per-byte
 * JavaScript on clean input; a plain loop in the browser). Only a chunk that fails is scanned byte
 * by byte, which finds each invalid UTF-8 sequence (one per
 * U+FFFD a decoder would produce, at its 0-based offset in the file) and counts the evidence:
 *
 * - `invalid`: invalid UTF-8 sequences; `isolated`: those that are a single byte ≥ 0x80 with
 *   ASCII on both sides (a stray byte in ASCII text; GBK Chinese comes in runs of such bytes);
 * - `valid`: well-formed multi-byte UTF-8 characters in the chunks scanned;
 * - `gb18030Invalid`: byte sequences GB18030 cannot read in those chunks;
 * - `utf8Text`: some chunk with bytes ≥ 0x80 was entirely valid UTF-8.
 *
 * The bytes read so far are GB18030 only when all four hold:
 *   1. no chunk with non-ASCII bytes was valid UTF-8 throughout (`!utf8Text`);
 *   2. at least 3 invalid sequences are not isolated (1 or 2 bad sequences are damage, never a
 *      reason to re-read a file in another encoding);
 *   3. invalid sequences outnumber the valid multi-byte UTF-8 characters around them;
 *   4. GB18030 reads those bytes with fewer errors than UTF-8.
 * Otherwise the file is UTF-8 and each CSV row or NDJSON line holding an invalid sequence is
 * quarantined with its line and the offset of its first bad byte (a bad header, or a JSON file,
 * stops the run with that offset instead). The evidence grows as the file streams: if it tips to GB18030 after
 * the first chunk, a file is read again from the start as GB18030 (stdin cannot be, so that is an
 * error asking for `--encoding gb18030`).
 */

import { Gb18030ToUtf8 } from './gb18030-to-utf8.js';

/** What the chunks read so far say about the encoding; see the rule above. */
export interface Utf8Evidence {
  /** Invalid UTF-8 sequences. */
  invalid: number;
  /** Of those, single bytes ≥ 0x80 between ASCII bytes. */
  isolated: number;
  /** File offset of the first invalid sequence, -1 for none. */
  firstInvalid: number;
  /** The first invalid sequence's first byte. */
  firstByte: number;
  /** Well-formed multi-byte UTF-8 characters in the chunks that were scanned. */
  valid: number;
  /** Sequences GB18030 cannot read, in the chunks that were scanned. */
  gb18030Invalid: number;
  /** Some chunk holding bytes ≥ 0x80 was valid UTF-8 throughout. */
  utf8Text: boolean;
  /** Bytes checked so far. */
  bytes: number;
}

const NONE: readonly number[] = [];

/** Whole-chunk checks: Node passes its native `node:buffer` ones; the defaults are plain loops. */
export interface Utf8Validators {
  isUtf8(bytes: Uint8Array): boolean;
  isAscii(bytes: Uint8Array): boolean;
}

/** Whether `bytes` holds no byte ≥ 0x80. */
function isAsciiLoop(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/**
 * What a UTF-8 lead byte asks of the bytes after it, packed in one number: how many continuation
 * bytes it needs (bits 0–7) and the range the first of them must fall in (low: bits 8–15, high:
 * bits 16–23; the others are 0x80–0xBF). 0 for a byte that starts no sequence. The WHATWG
 * decoder's table, shared by the whole-chunk check and the scan that finds each bad sequence.
 */
function utf8Lead(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1 | (0x80 << 8) | (0xbf << 16);
  if (lead >= 0xe0 && lead <= 0xef)
    return 2 | ((lead === 0xe0 ? 0xa0 : 0x80) << 8) | ((lead === 0xed ? 0x9f : 0xbf) << 16);
  if (lead >= 0xf0 && lead <= 0xf4)
    return 3 | ((lead === 0xf0 ? 0x90 : 0x80) << 8) | ((lead === 0xf4 ? 0x8f : 0xbf) << 16);
  return 0;
}

/** Whether `bytes` is well-formed UTF-8 (the WHATWG decoder would find no error and no cut sequence). */
function isUtf8Loop(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const asks = utf8Lead(lead);
    if (asks === 0) return false;
    const need = asks & 0xff;
    if (i + need >= n) return false;
    const second = bytes[i + 1]!;
    if (second < ((asks >> 8) & 0xff) || second > asks >> 16) return false;
    for (let k = 2; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    i += need + 1;
  }
  return true;
}

/**
 * The scalar value the well-formed UTF-8 sequence at `bytes[i]` spells and its length in bytes,
 * packed as `code * 8 + length` (a code is at most 0x10FFFF, so the whole fits an int); −1 when
 * no well-formed sequence starts there or it runs past `end` (it decodes to U+FFFD). The byte
 * dictionary's spelling test and the key texts' plain-text test read code points with it.
 */
export function utf8ScalarAt(bytes: Uint8Array, i: number, end: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return lead * 8 + 1;
  const asks = utf8Lead(lead);
  const need = asks & 0xff;
  if (asks === 0 || i + need >= end) return -1;
  const second = bytes[i + 1]!;
  if (second < ((asks >> 8) & 0xff) || second > asks >> 16) return -1;
  // The lead's payload bits: 5 of a two-byte lead, 4 of a three-byte one, 3 of a four-byte one.
  let code = ((lead & (0x7f >> (need + 1))) << 6) | (second & 0x3f);
  for (let k = 2; k <= need; k++) {
    const next = bytes[i + k]!;
    if ((next & 0xc0) !== 0x80) return -1;
    code = (code << 6) | (next & 0x3f);
  }
  return code * 8 + need + 1;
}

/** The plain-loop validators, for a runtime without native ones (the browser's worker). */
export const UTF8_LOOPS: Utf8Validators = { isUtf8: isUtf8Loop, isAscii: isAsciiLoop };

/** Bytes in the UTF-8 sequence that `lead` starts (1 for bytes that start none). */
export function utf8SequenceLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}

/**
 * Length of the prefix of `bytes` that ends on a UTF-8 character boundary: a sequence cut by the
 * chunk's end is carried to the next chunk rather than judged invalid.
 */
export function completeUtf8Length(bytes: Uint8Array): number {
  for (let back = 1; back <= 4 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    return utf8SequenceLength(byte) > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

function joined(carry: Uint8Array | null, chunk: Uint8Array): Uint8Array {
  if (carry === null) return chunk;
  const bytes = new Uint8Array(carry.length + chunk.length);
  bytes.set(carry);
  bytes.set(chunk, carry.length);
  return bytes;
}

/**
 * Scans `bytes` as UTF-8 the way the WHATWG decoder does, pushing the file offset (`base` + index)
 * of each invalid sequence onto `offsets` and counting evidence. `before` is the byte preceding
 * `bytes[0]` in the file (0 at its start). Unless `final`, a sequence cut by the end is not judged:
 * the return value is where it starts (else `bytes.length`).
 */
function scanUtf8(
  bytes: Uint8Array,
  base: number,
  before: number,
  final: boolean,
  offsets: number[],
  evidence: Utf8Evidence,
): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const asks = utf8Lead(lead);
    const need = asks & 0xff;
    let low = (asks >> 8) & 0xff;
    let high = asks >> 16;
    let j = i + 1;
    let ok = need > 0;
    while (ok && j < i + 1 + need) {
      if (j >= n) {
        if (!final) return i;
        ok = false;
        break;
      }
      const byte = bytes[j]!;
      if (byte < low || byte > high) ok = false;
      else {
        low = 0x80;
        high = 0xbf;
        j++;
      }
    }
    if (ok) {
      evidence.valid++;
      i = j;
      continue;
    }
    // The invalid sequence is bytes[i, j) (a byte that broke it is read again as a new lead).
    if (need === 0) j = i + 1;
    if (evidence.invalid === 0) {
      evidence.firstInvalid = base + i;
      evidence.firstByte = lead;
    }
    evidence.invalid++;
    const previous = i > 0 ? bytes[i - 1]! : before;
    const next = j < n ? bytes[j]! : 0;
    if (j === i + 1 && previous < 0x80 && next < 0x80) evidence.isolated++;
    offsets.push(base + i);
    i = j;
  }
  return n;
}

/**
 * Sequences the WHATWG GB18030 decoder reads as errors in `bytes[0, end)` (a sequence cut by `end`
 * counts only when `final`): the transcoder's own error record, so the evidence and the reader
 * agree on what is not GB18030 (one reading of GB18030, not a second parser that only counts).
 */
function gb18030Errors(transcoder: Gb18030ToUtf8, bytes: Uint8Array, end: number, final: boolean): number {
  transcoder.reset();
  transcoder.push(bytes.subarray(0, end));
  let errors = transcoder.errors.length;
  if (final) {
    transcoder.end();
    errors += transcoder.errors.length;
  }
  transcoder.reset();
  return errors;
}

/**
 * Checks a byte stream as UTF-8, chunk by chunk, and gathers the evidence for the encoding rule
 * described at the top of this module.
 */
export class Utf8Check {
  readonly evidence: Utf8Evidence = {
    invalid: 0,
    isolated: 0,
    firstInvalid: -1,
    firstByte: 0,
    valid: 0,
    gb18030Invalid: 0,
    utf8Text: false,
    bytes: 0,
  };
  /** A sequence cut by the previous chunk's end. */
  private carry: Uint8Array | null = null;
  /** The byte before `carry` (or before the next chunk when there is none). */
  private before = 0;
  /** Made at the first chunk that is not UTF-8, to count its GB18030 errors. */
  private transcoder: Gb18030ToUtf8 | null = null;

  constructor(private readonly validators: Utf8Validators = UTF8_LOOPS) {}

  /**
   * Checks the next chunk; returns the file offsets of the invalid sequences that start in it or
   * in the carried bytes before it (empty for a valid chunk, without scanning it in JavaScript).
   */
  chunk(chunk: Uint8Array): readonly number[] {
    const evidence = this.evidence;
    const carry = this.carry;
    const base = evidence.bytes;
    evidence.bytes += chunk.length;
    if (chunk.length === 0) return NONE;
    // Whole characters: one cut by the previous chunk's end together with its continuation
    // bytes, then the rest.
    let from = 0;
    let ok = true;
    if (carry !== null) {
      from = Math.min(chunk.length, utf8SequenceLength(carry[0]!) - carry.length);
      ok = this.validators.isUtf8(joined(carry, chunk.subarray(0, from)));
    }
    const cut = Math.max(from, completeUtf8Length(chunk));
    if (ok && this.validators.isUtf8(chunk.subarray(from, cut))) {
      if (
        !evidence.utf8Text &&
        (carry !== null || cut < chunk.length || !this.validators.isAscii(chunk.subarray(0, cut)))
      )
        evidence.utf8Text = true;
      this.carry = cut < chunk.length ? chunk.slice(cut) : null;
      this.before = cut > 0 ? chunk[cut - 1]! : this.before;
      return NONE;
    }
    const bytes = joined(carry, chunk);
    const start = base - (carry?.length ?? 0);
    const offsets: number[] = [];
    const end = scanUtf8(bytes, start, this.before, false, offsets, evidence);
    evidence.gb18030Invalid += gb18030Errors((this.transcoder ??= new Gb18030ToUtf8()), bytes, end, false);
    this.carry = end < bytes.length ? bytes.slice(end) : null;
    this.before = end > 0 ? bytes[end - 1]! : this.before;
    return offsets;
  }

  /** The end of the input: the offsets of a sequence it cut short (empty if none). */
  end(): readonly number[] {
    const carry = this.carry;
    if (carry === null) return NONE;
    this.carry = null;
    const offsets: number[] = [];
    scanUtf8(carry, this.evidence.bytes - carry.length, this.before, true, offsets, this.evidence);
    this.evidence.gb18030Invalid += gb18030Errors((this.transcoder ??= new Gb18030ToUtf8()), carry, carry.length, true);
    return offsets;
  }

  /** Whether the bytes checked so far are GB18030 rather than UTF-8 (the rule at the top of this module). */
  get prefersGb18030(): boolean {
    const { invalid, isolated, valid, gb18030Invalid, utf8Text } = this.evidence;
    return !utf8Text && invalid - isolated >= 3 && invalid > valid && gb18030Invalid < invalid;
  }
}
