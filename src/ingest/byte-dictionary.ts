import { utf8ScalarAt } from './utf8-check.js';
import { fnv1a } from './fnv1a.js';

/**
 * Dictionary codes keyed by the UTF-8 bytes of their texts: a cell's bytes are hashed once, where
 * they lie in the input, and compared with the dictionary's own strings, so a text is decoded only
 * the first time it is seen and its bytes are not kept a second time. Unlike {@link ByteCache} it
 * holds every entry (a column of a million distinct case numbers takes one lookup per row, no `Map`
 * of strings). Open addressing on an FNV-1a hash, grown by doubling; each slot holds its code and
 * hash side by side, so a lookup that misses (every new case number) reads one place in memory,
 * not a slot and then an entry elsewhere.
 */
export class ByteDictionary {
  /** Slot `s` is `slots[2s]` = code + 1 (0: empty) and `slots[2s + 1]` = hash; kept at most half full. */
  private slots = new Int32Array(2 * 512);
  private count = 0;

  constructor(private readonly texts: readonly string[]) {}

  static readonly hash = fnv1a;

  /** The code of the text `bytes[start, end)` spells, or -1; `hash` when already known. */
  get(bytes: Uint8Array, start: number, end: number, hash = ByteDictionary.hash(bytes, start, end)): number {
    const { slots, texts } = this;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const code = slots[2 * slot]! - 1;
      if (code < 0) return -1;
      if (slots[2 * slot + 1] === hash && spells(bytes, start, end, texts[code]!)) return code;
    }
  }

  /** Adds `texts[code]`, known to be absent, by the hash of its UTF-8 bytes; returns the code. */
  add(code: number, hash: number): number {
    if ((this.count + 1) * 4 > this.slots.length) this.rehash(this.slots.length);
    this.count++;
    this.place(this.slots, hash, code);
    return code;
  }

  private place(slots: Int32Array, hash: number, code: number): void {
    const mask = (slots.length >> 1) - 1;
    let slot = hash & mask;
    while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = code + 1;
    slots[2 * slot + 1] = hash;
  }

  /** Twice as many slots, each entry placed again by its stored hash. */
  private rehash(size: number): void {
    const old = this.slots;
    const slots = new Int32Array(2 * size);
    for (let at = 0; at < old.length; at += 2) if (old[at] !== 0) this.place(slots, old[at + 1]!, old[at]! - 1);
    this.slots = slots;
  }
}

/**
 * Whether `bytes[start, end)` are well-formed UTF-8 spelling `text` exactly: a malformed sequence
 * (a bad continuation byte, an overlong form, an encoded surrogate) spells nothing, as it decodes to U+FFFD.
 */
export function spells(bytes: Uint8Array, start: number, end: number, text: string): boolean {
  const n = text.length;
  let k = 0;
  let i = start;
  while (i < end) {
    const scalar = utf8ScalarAt(bytes, i, end);
    if (scalar < 0) return false;
    const code = scalar >> 3;
    const size = scalar & 7;
    i += size;
    if (size === 4) {
      if (text.codePointAt(k) !== code) return false;
      k += 2;
    } else {
      if (text.charCodeAt(k) !== code) return false;
      k++;
    }
    if (k > n) return false;
  }
  return k === n;
}
