import { fnv1a, FNV_OFFSET, FNV_PRIME } from './fnv1a.js';

/**
 * The most bytes the entries of one set spell: where an entry's bytes start is an Int32 (and a
 * worker's part of them is one array with Int32 starts), so past 2 GiB − 1 they would wrap and the
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
  /**
   * Slots to start with (a power of two, at least 2); grown by doubling past three quarters full.
   * Default: room for {@link expected} entries, else 1024.
   */
  readonly slots?: number;
  /** Hashes a byte sequence; default {@link fnv1a}. A test passes a constant to make every entry collide. */
  readonly hash?: (bytes: Uint8Array, start: number, end: number) => number;
  /**
   * Entries expected at most (a file's estimated rows): the arena and per-entry arrays, once they must
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
  /** Whether entries may be held as numbers in shapes (default true; a set of shapes holds bytes only). */
  readonly numbers?: boolean;
}

/** The most digits an entry's number holds: 10⁹ − 1 fits an Int32. */
const MAX_DIGITS = 9;
/**
 * Shapes held before their count is weighed: past it, a new shape is taken only while the entries
 * are at least four times as many (case numbers: a few thousand shapes — court, year, kind, number
 * of digits — for millions of entries); keys that each have a shape of their own are held as bytes.
 */
const SHAPES_FREE = 4096;

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

/**
 * Distinct byte sequences, each numbered (0, 1, … in the order added): a million case numbers take
 * a few bytes each, not a million strings on the heap. Open addressing on a hash; a slot holds an
 * entry's number and hash side by side (a lookup that misses reads one place in memory), and a
 * hash match is confirmed against the entry's bytes, so two sequences are one entry only when they
 * are equal.
 *
 * An entry is held as a number in a shape when it can be (a case number `(2019)沪0101民初123号` is
 * the shape `(2019)沪0101民初000号` and the number 123): the last run of ASCII digits, or its last
 * {@link MAX_DIGITS} digits, written as zeros in the shape, and its value. The shape gives back
 * where the digits stand (the last run of digits in it is theirs, with as many zeros), so shape and
 * number spell exactly one sequence; shapes are held once each, in a set of their own. An entry
 * without a digit keeps its bytes in a growable arena; when shapes stop paying (see
 * {@link SHAPES_FREE}), every entry is moved there and the set holds bytes only. A lookup compares
 * bytes with what an entry spells, whichever way it is held.
 */
export class ByteArenaSet {
  /** Slot `s` is `slots[2s]` = entry + 1 (0: empty) and `slots[2s + 1]` = its hash; at most three quarters full
   * (linear probing then still ends a miss within a few slots of one cache line). Empty once sealed.
   */
  private slots: Int32Array;
  /**
   * Slot counts need not be powers of two (10M entries would take 2²⁴ slots, 128 MiB, where room
   * for them at three quarters full is 107): a hash's first slot is its place in [0, 2³²) scaled
   * to the slots, `slotScale` = slots / 2³².
   */
  private slotScale: number;
  /** The most bytes the entries spell in all (it is never passed). */
  private readonly limit = Math.min(byteArenaSettings.maxBytes, MAX_ARENA_BYTES);
  /** What all entries spell: the limit holds for it, however the entries are held. */
  private spelled = 0;
  /** Byte items: item `i` is `arena[ends[i - 1] ?? 0, ends[i])`. */
  private arena = new Uint8Array(Math.min(1024, this.limit));
  /** Bytes of the arena in use. */
  private used = 0;
  private ends = new Int32Array(256);
  private items = 0;
  /** The shapes; null when the set holds bytes only (entry `e` is item `e`), as a set of shapes does. */
  private shapes: ByteArenaSet | null;
  /** Entry `e`'s shape + 1, or 0 when its bytes are an item (Uint16 until a 65,535th shape). */
  private shapeOf: Uint16Array | Int32Array = new Uint16Array(0);
  /** Entry `e`'s number in its shape, or its item. */
  private valueOf = new Int32Array(0);
  private count = 0;
  /** Shape `s`: where its number's digits start (`field[2s]`) and how many they are (`field[2s + 1]`). */
  private field = new Int32Array(64);
  /** A shape being looked up; the bytes `bytesOf` spells an entry held as a number in. */
  private shapeScratch = new Uint8Array(64);
  private spellScratch = new Uint8Array(64);
  private readonly hashOf: (bytes: Uint8Array, start: number, end: number) => number;
  private readonly expected: number;
  private readonly full: (bytes: number, limit: number) => Error;

  constructor(options: ByteArenaSetOptions = {}) {
    if (options.slots !== undefined && (options.slots < 2 || (options.slots & (options.slots - 1)) !== 0))
      throw new RangeError(`slots must be a power of two ≥ 2, got ${options.slots}`);
    // Room for the entries expected from the start: no rehash, nor old slots held beside new ones.
    const slots = options.slots ?? Math.max(1024, Math.ceil(((options.expected ?? 0) * 4) / 3) + 1);
    this.slots = new Int32Array(2 * slots);
    this.slotScale = slots / 4294967296;
    this.hashOf = options.hash ?? fnv1a;
    this.expected = options.expected ?? 0;
    this.full =
      options.full ??
      ((bytes, limit) => new Error(`ByteArenaSet: ${bytes} bytes of entries would pass the limit of ${limit}`));
    this.shapes = options.numbers === false ? null : new ByteArenaSet({ numbers: false, slots: 64 });
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
    // As the slots store it (FNV-1a of no bytes is its offset basis, above 2³¹).
    hash |= 0;
    const slots = this.slots;
    if (slots.length === 0) throw sealedError();
    const last = (slots.length >> 1) - 1;
    for (let slot = Math.floor((hash >>> 0) * this.slotScale); ; slot = slot === last ? 0 : slot + 1) {
      const entry = slots[2 * slot]! - 1;
      if (entry < 0) return -1;
      if (slots[2 * slot + 1] === hash && this.equals(entry, bytes, start, end)) return entry;
    }
  }

  /** Adds `bytes[start, end)`, known to be absent (see {@link find}), with its `hash`; returns its entry. */
  add(bytes: Uint8Array, start: number, end: number, hash: number): number {
    if (this.slots.length === 0) throw sealedError();
    const length = end - start;
    if (this.spelled + length > this.limit) throw this.full(this.spelled + length, this.limit);
    const entry = this.count;
    if (this.shapes !== null && entry === this.valueOf.length) {
      const size = this.grownLength(entry, entry + 1, 1, MAX_ARENA_BYTES);
      const shapeOf = this.shapeOf instanceof Uint16Array ? new Uint16Array(size) : new Int32Array(size);
      shapeOf.set(this.shapeOf);
      this.shapeOf = shapeOf;
      const valueOf = new Int32Array(size);
      valueOf.set(this.valueOf);
      this.valueOf = valueOf;
    }
    if (this.shapes === null || !this.addAsNumber(entry, bytes, start, end)) {
      const item = this.addItem(bytes, start, end);
      if (this.shapes !== null) {
        this.shapeOf[entry] = 0;
        this.valueOf[entry] = item;
      }
    }
    this.spelled += length;
    if ((entry + 1) * 8 > this.slots.length * 3) this.rehash();
    this.place(this.slots, hash | 0, entry);
    this.count++;
    return entry;
  }

  /**
   * Holds entry `entry` as a number in a shape; false when it has no digit, or when its shape is
   * new and shapes do not pay (see {@link SHAPES_FREE}): then every entry is moved to the arena first.
   */
  private addAsNumber(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    let last = end - 1;
    while (last >= start && !isDigit(bytes[last]!)) last--;
    if (last < start) return false;
    let first = last;
    while (first > start && last - first + 1 < MAX_DIGITS && isDigit(bytes[first - 1]!)) first--;
    const length = end - start;
    if (length > this.shapeScratch.length) this.shapeScratch = new Uint8Array(length * 2);
    const shape = this.shapeScratch;
    // The shape copied and hashed in one pass: its hash is FNV-1a, as the set of shapes hashes (its default).
    let hash = FNV_OFFSET;
    let value = 0;
    let j = 0;
    for (let i = start; i < first; i++, j++) {
      const byte = bytes[i]!;
      shape[j] = byte;
      hash = Math.imul(hash ^ byte, FNV_PRIME);
    }
    for (let i = first; i <= last; i++, j++) {
      value = value * 10 + bytes[i]! - 0x30;
      shape[j] = 0x30;
      hash = Math.imul(hash ^ 0x30, FNV_PRIME);
    }
    for (let i = last + 1; i < end; i++, j++) {
      const byte = bytes[i]!;
      shape[j] = byte;
      hash = Math.imul(hash ^ byte, FNV_PRIME);
    }
    const shapes = this.shapes!;
    let id = shapes.find(shape, 0, length, hash);
    if (id < 0) {
      if (shapes.size >= SHAPES_FREE && shapes.size * 4 > entry) {
        this.toBytesOnly();
        return false;
      }
      id = shapes.add(shape, 0, length, hash);
      if (2 * id + 1 >= this.field.length) {
        const field = new Int32Array(this.field.length * 2);
        field.set(this.field);
        this.field = field;
      }
      this.field[2 * id] = first - start;
      this.field[2 * id + 1] = last - first + 1;
      if (id + 1 > 0xffff && this.shapeOf instanceof Uint16Array) this.shapeOf = Int32Array.from(this.shapeOf);
    }
    this.shapeOf[entry] = id + 1;
    this.valueOf[entry] = value;
    return true;
  }

  /** Every entry so far moved to the arena as item `e`, in order: the set holds bytes only from now on. */
  private toBytesOnly(): void {
    const entries = this.count;
    const arena = new Uint8Array(
      this.grownLength(0, Math.max(this.spelled, 1024), this.spelled / (entries + 1), MAX_ARENA_BYTES),
    );
    const ends = new Int32Array(this.grownLength(0, Math.max(entries, 256), 1, MAX_ARENA_BYTES));
    let used = 0;
    for (let entry = 0; entry < entries; entry++) {
      const bytes = this.bytesOf(entry);
      arena.set(bytes, used);
      used += bytes.length;
      ends[entry] = used;
    }
    this.arena = arena;
    this.ends = ends;
    this.used = used;
    this.items = entries;
    this.shapes = null;
    this.shapeOf = new Uint16Array(0);
    this.valueOf = new Int32Array(0);
  }

  /** Appends `bytes[start, end)` to the arena as the next item; returns it. */
  private addItem(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const needed = this.used + length;
      const arena = new Uint8Array(
        this.grownLength(this.arena.length, needed, needed / (this.items + 1), MAX_ARENA_BYTES),
      );
      arena.set(this.arena.subarray(0, this.used));
      this.arena = arena;
    }
    this.arena.set(bytes.subarray(start, end), this.used);
    this.used += length;
    const item = this.items++;
    if (item === this.ends.length) {
      const ends = new Int32Array(this.grownLength(item, item + 1, 1, MAX_ARENA_BYTES));
      ends.set(this.ends);
      this.ends = ends;
    }
    this.ends[item] = this.used;
    return item;
  }

  /**
   * The first entry whose bytes `test` rejects, or {@link size} when it accepts them all. `test`
   * must answer alike for bytes that differ only in ASCII digits: for the entries held as numbers
   * it is asked once per shape (whose digits are zeros), not once per entry.
   */
  firstRejected(test: (bytes: Uint8Array) => boolean): number {
    const shapes = this.shapes;
    // Per shape: 0 not asked yet, 1 accepted, −1 rejected.
    const verdicts = new Int8Array(shapes === null ? 0 : shapes.size);
    for (let entry = 0; entry < this.count; entry++) {
      const shape = shapes === null ? -1 : this.shapeOf[entry]! - 1;
      if (shape < 0) {
        if (!test(this.bytesOf(entry))) return entry;
        continue;
      }
      if (verdicts[shape] === 0) verdicts[shape] = test(shapes!.bytesOf(shape)) ? 1 : -1;
      if (verdicts[shape] === -1) return entry;
    }
    return this.count;
  }

  /**
   * Lets the slots go (at 10M distinct entries, 107 MiB): the entries can still be read by
   * {@link bytesOf}, no longer found or added. For when all entries are in, before the end of a
   * read, when memory peaks.
   */
  seal(): void {
    this.slots = new Int32Array(0);
    this.shapes?.seal();
  }

  /**
   * The bytes of `entry`: a view of the arena (valid until the next `add`), or for an entry held as
   * a number, of bytes spelled anew (valid until the next `bytesOf`).
   */
  bytesOf(entry: number): Uint8Array {
    const shapes = this.shapes;
    if (shapes === null) return this.arena.subarray(this.startOf(entry), this.ends[entry]!);
    const shape = this.shapeOf[entry]! - 1;
    const value = this.valueOf[entry]!;
    if (shape < 0) return this.arena.subarray(this.startOf(value), this.ends[value]!);
    const from = shapes.startOf(shape);
    const length = shapes.ends[shape]! - from;
    if (length > this.spellScratch.length) this.spellScratch = new Uint8Array(length * 2);
    const out = this.spellScratch;
    out.set(shapes.arena.subarray(from, from + length));
    let rest = value;
    for (let at = this.field[2 * shape]! + this.field[2 * shape + 1]! - 1; at >= this.field[2 * shape]!; at--) {
      out[at] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    return out.subarray(0, length);
  }

  /**
   * The entries of a set that holds bytes only (`numbers: false`, or moved to bytes): entry `e` is
   * `bytes[ends[e - 1] ?? 0, ends[e])`. Views of the set's own arrays, valid until the next `add`.
   */
  plainEntries(): { readonly bytes: Uint8Array; readonly ends: Int32Array } {
    if (this.shapes !== null)
      throw new Error('ByteArenaSet: entries held as numbers have no bytes to give as they are');
    return { bytes: this.arena.subarray(0, this.used), ends: this.ends.subarray(0, this.items) };
  }

  private startOf(item: number): number {
    return item === 0 ? 0 : this.ends[item - 1]!;
  }

  private equals(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    const shapes = this.shapes;
    const shape = shapes === null ? -1 : this.shapeOf[entry]! - 1;
    if (shape < 0) {
      const item = shapes === null ? entry : this.valueOf[entry]!;
      const from = this.startOf(item);
      if (this.ends[item]! - from !== end - start) return false;
      const arena = this.arena;
      for (let i = start, j = from; i < end; i++, j++) if (arena[j] !== bytes[i]) return false;
      return true;
    }
    const from = shapes!.startOf(shape);
    if (shapes!.ends[shape]! - from !== end - start) return false;
    const first = start + this.field[2 * shape]!;
    const last = first + this.field[2 * shape + 1]! - 1;
    const spelled = shapes!.arena;
    for (let i = start, j = from; i < end; i++, j++)
      if ((i < first || i > last) && spelled[j] !== bytes[i]) return false;
    let rest = this.valueOf[entry]!;
    for (let i = last; i >= first; i--) {
      if (bytes[i] !== 0x30 + (rest % 10)) return false;
      rest = Math.floor(rest / 10);
    }
    return true;
  }

  private place(slots: Int32Array, hash: number, entry: number): void {
    const last = (slots.length >> 1) - 1;
    // Below `slots.length / 2`: the product is at most slots × (1 − 2⁻³²), which a double holds apart from `slots`.
    let slot = Math.floor((hash >>> 0) * this.slotScale);
    while (slots[2 * slot] !== 0) slot = slot === last ? 0 : slot + 1;
    slots[2 * slot] = entry + 1;
    slots[2 * slot + 1] = hash;
  }

  /** Twice as many slots, each entry placed again by its stored hash. */
  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(2 * old.length);
    this.slotScale = old.length / 4294967296;
    for (let at = 0; at < old.length; at += 2) if (old[at] !== 0) this.place(slots, old[at + 1]!, old[at]! - 1);
    this.slots = slots;
  }
}
