/**
 * Dictionary codes keyed by the UTF-8 bytes of their texts: a cell's bytes are hashed once, where
 * they lie in the input, and compared with the dictionary's own strings, so a text is decoded only
 * the first time it is seen and its bytes are not kept a second time. Unlike {@link ByteCache} it
 * holds every entry (a column of a million distinct case numbers takes one lookup per row, no `Map`
 * of strings). Open addressing on an FNV-1a hash over typed arrays, grown by doubling.
 */
export class ByteDictionary {
  /** Entry `e`'s hash and code; `texts[codes[e]]` is its text. */
  private hashes = new Int32Array(256);
  private codes = new Int32Array(256);
  private count = 0;
  /** Entry + 1 per slot (0: empty); the table is kept at most half full. */
  private slots = new Int32Array(512);

  constructor(private readonly texts: readonly string[]) {}

  static hash(bytes: Uint8Array, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    return hash;
  }

  /** The code of the text `bytes[start, end)` spells, or -1; `hash` when already known. */
  get(bytes: Uint8Array, start: number, end: number, hash = ByteDictionary.hash(bytes, start, end)): number {
    const { slots, hashes, codes, texts } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]! - 1;
      if (entry < 0) return -1;
      if (hashes[entry] === hash && spells(bytes, start, end, texts[codes[entry]!]!)) return codes[entry]!;
    }
  }

  /** Adds the text `bytes[start, end)` spells, known to be absent, under `code`; returns the code. */
  add(
    bytes: Uint8Array,
    start: number,
    end: number,
    code: number,
    hash = ByteDictionary.hash(bytes, start, end),
  ): number {
    if (this.count === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.codes = grown(this.codes);
    }
    if ((this.count + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    const entry = this.count++;
    this.hashes[entry] = hash;
    this.codes[entry] = code;
    this.place(hash, entry);
    return code;
  }

  private place(hash: number, entry: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let entry = 0; entry < this.count; entry++) this.place(this.hashes[entry]!, entry);
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
    const b = bytes[i]!;
    let code: number;
    let size: number;
    if (b < 0x80) {
      code = b;
      size = 1;
    } else if (b >= 0xc2 && b < 0xe0) {
      code = b & 0x1f;
      size = 2;
    } else if (b >= 0xe0 && b < 0xf0) {
      code = b & 0x0f;
      size = 3;
    } else if (b >= 0xf0 && b < 0xf5) {
      code = b & 0x07;
      size = 4;
    } else return false;
    if (i + size > end) return false;
    for (let j = 1; j < size; j++) {
      const c = bytes[i + j]!;
      if ((c & 0xc0) !== 0x80) return false;
      code = (code << 6) | (c & 0x3f);
    }
    i += size;
    if (size === 3 && (code < 0x800 || (code >= 0xd800 && code <= 0xdfff))) return false;
    if (size === 4) {
      if (code < 0x10000 || code > 0x10ffff || text.codePointAt(k) !== code) return false;
      k += 2;
    } else {
      if (text.charCodeAt(k) !== code) return false;
      k++;
    }
    if (k > n) return false;
  }
  return k === n;
}

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}
