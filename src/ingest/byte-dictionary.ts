/**
 * Dictionary codes keyed by UTF-8 bytes: the bytes of each text are hashed once, where they lie in
 * the input, and a text is decoded only the first time it is seen. Unlike {@link ByteCache} it holds
 * every entry (a column of a million distinct case numbers takes one lookup per row, no `Map` of
 * strings). Open addressing on an FNV-1a hash over typed arrays, grown by doubling.
 */
export class ByteDictionary {
  private arena = new Uint8Array(1 << 12);
  private used = 0;
  /** Entry `e` is `arena[ends[e - 1] ?? 0, ends[e])`, `hashes[e]` its hash and `codes[e]` its code. */
  private ends = new Int32Array(256);
  private hashes = new Int32Array(256);
  private codes = new Int32Array(256);
  private count = 0;
  /** Entry + 1 per slot (0: empty); the table is kept at most half full. */
  private slots = new Int32Array(512);

  static hash(bytes: Uint8Array, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    return hash;
  }

  /** The code of `bytes[start, end)`, or -1. */
  get(bytes: Uint8Array, start: number, end: number): number {
    const entry = this.find(bytes, start, end, ByteDictionary.hash(bytes, start, end));
    return entry < 0 ? -1 : this.codes[entry]!;
  }

  /** Adds `bytes[start, end)`, known to be absent, with `code`; returns the code. */
  add(bytes: Uint8Array, start: number, end: number, code: number): number {
    const hash = ByteDictionary.hash(bytes, start, end);
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const arena = new Uint8Array(Math.max(this.arena.length * 2, this.used + length));
      arena.set(this.arena.subarray(0, this.used));
      this.arena = arena;
    }
    if (this.count === this.ends.length) {
      this.ends = grown(this.ends);
      this.hashes = grown(this.hashes);
      this.codes = grown(this.codes);
    }
    if ((this.count + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    this.arena.set(bytes.subarray(start, end), this.used);
    this.used += length;
    const entry = this.count++;
    this.ends[entry] = this.used;
    this.hashes[entry] = hash;
    this.codes[entry] = code;
    this.place(hash, entry);
    return code;
  }

  private find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const { slots, arena, ends, hashes } = this;
    const mask = slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]! - 1;
      if (entry < 0) return -1;
      if (hashes[entry] !== hash) continue;
      const from = entry === 0 ? 0 : ends[entry - 1]!;
      if (ends[entry]! - from !== length) continue;
      let i = 0;
      while (i < length && arena[from + i] === bytes[start + i]) i++;
      if (i === length) return entry;
    }
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

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}
