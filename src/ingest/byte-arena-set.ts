import { fnv1a } from './fnv1a.js';

/**
 * The most bytes one arena holds: entry ends are Int32, so past 2 GiB − 1 they would wrap and the
 * entries read back other bytes. A set that would pass it fails instead ({@link ByteArenaSetOptions.full}).
 */
export const MAX_ARENA_BYTES = 0x7fffffff;

/**
 * The limit new sets take (default {@link MAX_ARENA_BYTES}). Tests lower it to drive the guard
 * without allocating 2 GiB; nothing else changes it, and it is never raised past the default.
 */
export const byteArenaSettings: { maxBytes: number } = { maxBytes: MAX_ARENA_BYTES };

function sealedError(): Error {
  return new Error('ByteArenaSet: sealed, its entries can no longer be found or added');
}

export interface ByteArenaSetOptions {
  /** Slots to start with (a power of two, at least 2); grown by doubling past three quarters full. */
  readonly slots?: number;
  /** Hashes a byte sequence; default {@link fnv1a}. A test passes a constant to make every entry collide. */
  readonly hash?: (bytes: Uint8Array, start: number, end: number) => number;
  /**
   * Entries expected at most (a file's estimated rows): the arena and entry ends, once they must
   * grow, grow to hold that many at the bytes per entry seen so far, rather than by half again
   * and again, each time copying and holding the old array until a collection frees it. The bytes
   * per entry are taken half again as large (case numbers grow longer down a file); pages of the
   * room not used are never touched, so they take no memory.
   */
  readonly expected?: number;
  /**
   * The error to throw when adding an entry would take the arena past its limit (`bytes`: what it
   * would hold, `limit`: {@link MAX_ARENA_BYTES} or the test's lower one); the owner knows the dataset
   * and the rows read, and words it. Default: a plain Error.
   */
  readonly full?: (bytes: number, limit: number) => Error;
}

/**
 * Distinct byte sequences, each numbered (0, 1, … in the order added), held in one growable byte
 * arena with their ends in a typed array: a million case numbers take their UTF-8 bytes and a few
 * integers each, not a million strings on the heap. Open addressing on a hash; a slot holds an
 * entry's number and hash side by side (a lookup that misses reads one place in memory), and a
 * hash match is confirmed byte by byte, so two sequences are one entry only when they are equal.
 */
export class ByteArenaSet {
  /** Slot `s` is `slots[2s]` = entry + 1 (0: empty) and `slots[2s + 1]` = its hash; at most three quarters full
   * (linear probing then still ends a miss within a few slots of one cache line). Empty once sealed.
   */
  private slots: Int32Array;
  /** The most bytes the arena holds (it never grows past it). */
  private readonly limit = Math.min(byteArenaSettings.maxBytes, MAX_ARENA_BYTES);
  private arena = new Uint8Array(Math.min(1024, this.limit));
  /** Bytes of the arena in use. */
  private used = 0;
  /** Entry `e` is `arena[ends[e - 1] ?? 0, ends[e])`. */
  private ends = new Int32Array(256);
  private count = 0;
  private readonly hashOf: (bytes: Uint8Array, start: number, end: number) => number;
  private readonly expected: number;
  private readonly full: (bytes: number, limit: number) => Error;

  constructor(options: ByteArenaSetOptions = {}) {
    const slots = options.slots ?? 1024;
    if (slots < 2 || (slots & (slots - 1)) !== 0)
      throw new RangeError(`slots must be a power of two ≥ 2, got ${slots}`);
    this.slots = new Int32Array(2 * slots);
    this.hashOf = options.hash ?? fnv1a;
    this.expected = options.expected ?? 0;
    this.full =
      options.full ??
      ((bytes, limit) => new Error(`ByteArenaSet: ${bytes} bytes of entries would pass the limit of ${limit}`));
  }

  /**
   * The length to grow an array of `length` to, to hold at least `needed`, when `count` entries
   * need `needed`; never past `cap` (which `needed` is not past).
   */
  private grownLength(length: number, needed: number, perEntry: number, cap: number): number {
    const projected = this.count < this.expected ? Math.ceil(this.expected * perEntry * 1.5) : 0;
    return Math.min(cap, Math.max(needed, Math.ceil(length * 1.5), projected));
  }

  /** Entries held. */
  get size(): number {
    return this.count;
  }

  hash(bytes: Uint8Array, start: number, end: number): number {
    return this.hashOf(bytes, start, end);
  }

  /** The entry equal to `bytes[start, end)`, or -1; `hash` is its {@link hash}. */
  find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const slots = this.slots;
    if (slots.length === 0) throw sealedError();
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot]! - 1;
      if (entry < 0) return -1;
      if (slots[2 * slot + 1] === hash && this.equals(entry, bytes, start, end)) return entry;
    }
  }

  /** Adds `bytes[start, end)`, known to be absent (see {@link find}), with its `hash`; returns its entry. */
  add(bytes: Uint8Array, start: number, end: number, hash: number): number {
    if (this.slots.length === 0) throw sealedError();
    const length = end - start;
    if (this.used + length > this.arena.length) {
      // Only a growing arena can pass the limit (it never grows past it): a test per growth.
      const needed = this.used + length;
      if (needed > this.limit) throw this.full(needed, this.limit);
      const arena = new Uint8Array(this.grownLength(this.arena.length, needed, needed / (this.count + 1), this.limit));
      arena.set(this.arena.subarray(0, this.used));
      this.arena = arena;
    }
    this.arena.set(bytes.subarray(start, end), this.used);
    this.used += length;
    const entry = this.count;
    if (entry === this.ends.length) {
      const ends = new Int32Array(this.grownLength(entry, entry + 1, 1, MAX_ARENA_BYTES));
      ends.set(this.ends);
      this.ends = ends;
    }
    this.ends[entry] = this.used;
    if ((entry + 1) * 8 > this.slots.length * 3) this.rehash();
    this.place(this.slots, hash, entry);
    this.count++;
    return entry;
  }

  /**
   * Lets the slots go (at 10M distinct entries, 128 MiB): the entries can still be read by
   * {@link bytesOf}, no longer found or added. For when all entries are in, before the end of a
   * read, when memory peaks.
   */
  seal(): void {
    this.slots = new Int32Array(0);
  }

  /** The bytes of `entry` (a view of the arena, valid until the next `add`). */
  bytesOf(entry: number): Uint8Array {
    return this.arena.subarray(this.startOf(entry), this.ends[entry]!);
  }

  private startOf(entry: number): number {
    return entry === 0 ? 0 : this.ends[entry - 1]!;
  }

  private equals(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.startOf(entry);
    if (this.ends[entry]! - from !== end - start) return false;
    const arena = this.arena;
    for (let i = start, j = from; i < end; i++, j++) if (arena[j] !== bytes[i]) return false;
    return true;
  }

  private place(slots: Int32Array, hash: number, entry: number): void {
    const mask = (slots.length >> 1) - 1;
    let slot = hash & mask;
    while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = entry + 1;
    slots[2 * slot + 1] = hash;
  }

  /** Twice as many slots, each entry placed again by its stored hash. */
  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(2 * old.length);
    for (let at = 0; at < old.length; at += 2) if (old[at] !== 0) this.place(slots, old[at + 1]!, old[at]! - 1);
    this.slots = slots;
  }
}
