const SLOTS = 8192;
const MAX_ENTRIES = SLOTS / 2;
const ARENA_BYTES = 256 * 1024;

/**
 * A small map from exact byte sequences to values, so a column of repeated spellings (districts,
 * enum codes, 是/否) is parsed once per distinct spelling rather than once per row, without making
 * a string for each cell. Open addressing on an FNV-1a hash; it stops growing past 4,096 entries
 * or 256 KiB (a column of unique values just misses every time).
 */
export class ByteCache<T> {
  private readonly hashes = new Int32Array(SLOTS);
  private readonly offsets = new Int32Array(SLOTS).fill(-1);
  private readonly lengths = new Int32Array(SLOTS);
  private readonly values: (T | undefined)[] = new Array<T | undefined>(SLOTS);
  private arena = new Uint8Array(4096);
  private used = 0;
  private entries = 0;

  private static hash(bytes: Uint8Array, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    return hash;
  }

  private find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const length = end - start;
    let slot = hash & (SLOTS - 1);
    for (;;) {
      const offset = this.offsets[slot]!;
      if (offset < 0) return slot;
      if (this.hashes[slot] === hash && this.lengths[slot] === length) {
        let same = true;
        for (let i = 0; i < length; i++) {
          if (this.arena[offset + i] !== bytes[start + i]) {
            same = false;
            break;
          }
        }
        if (same) return slot;
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
  }

  private full = false;
  private hits = 0;
  private misses = 0;
  /** Set once the cache is full and mostly missing (a column of unique values): lookups stop. */
  private off = false;

  get(bytes: Uint8Array, start: number, end: number): T | undefined {
    if (this.entries === 0 || this.off) return undefined;
    const slot = this.find(bytes, start, end, ByteCache.hash(bytes, start, end));
    if (this.offsets[slot]! >= 0) {
      this.hits++;
      return this.values[slot];
    }
    if (this.full && ++this.misses > 65536 && this.misses > this.hits) this.off = true;
    return undefined;
  }

  set(bytes: Uint8Array, start: number, end: number, value: T): void {
    const length = end - start;
    if (this.entries >= MAX_ENTRIES || this.used + length > ARENA_BYTES) {
      this.full = true;
      return;
    }
    const hash = ByteCache.hash(bytes, start, end);
    const slot = this.find(bytes, start, end, hash);
    if (this.offsets[slot]! >= 0) return;
    if (this.used + length > this.arena.length) {
      const arena = new Uint8Array(Math.min(ARENA_BYTES, Math.max(this.arena.length * 2, this.used + length)));
      arena.set(this.arena.subarray(0, this.used));
      this.arena = arena;
    }
    this.arena.set(bytes.subarray(start, end), this.used);
    this.hashes[slot] = hash;
    this.offsets[slot] = this.used;
    this.lengths[slot] = length;
    this.values[slot] = value;
    this.used += length;
    this.entries++;
  }
}
