import type { OrderJob } from './order-job.js';

const DIGITS = 1 << 16;
/** Rows read or moved between two looks at the clock. */
const STRIDE = 16_384;

/**
 * The order of `count` rows by a numeric key, as a permutation, in linear time: an LSD radix sort
 * over the bits of each key, sixteen bits a pass, carrying row indices. A key of NaN stands for a
 * row without one: those come last in either direction, in their own order. Stable, so equal keys
 * keep the Report's order in both directions (descending is not ascending reversed).
 *
 * Why not `Array.prototype.sort`: 200,000 rows are 3.5 million comparator calls, 100–200 ms in
 * one task; this is four passes over the rows at most (fewer when keys share bits, as values of
 * one indicator share their exponent), and no comparator at all. Reading the keys and each pass's
 * counting and moving go a stride of rows at a time, so `run` can stop between strides and a slow
 * machine still gets the order in tasks the browser can interleave.
 */
export class RadixOrder implements OrderJob {
  /** Rows with a key, as they move pass by pass, and their keys' halves as unsigned 32-bit numbers. */
  private rows: Uint32Array;
  private high: Uint32Array;
  private low: Uint32Array;
  private present = 0;
  /** Every row: those with a key (filled in at the end), then those without, in Report order. */
  private readonly result: Uint32Array;
  private missing: number;
  private readonly buckets = new Uint32Array(DIGITS);
  /** Where the work stands: keys read up to `read`; then pass `pass`, counted or not, moved up to `moved`. */
  private read = 0;
  private pass = 0;
  private counted = false;
  private moved = 0;
  private next: { rows: Uint32Array; high: Uint32Array; low: Uint32Array } | undefined;
  private spare: { rows: Uint32Array; high: Uint32Array; low: Uint32Array } | undefined;
  private finished: Uint32Array | undefined;

  constructor(
    private readonly count: number,
    private readonly key: (index: number) => number,
    private readonly descending: boolean,
  ) {
    this.result = new Uint32Array(count);
    this.rows = new Uint32Array(count);
    this.high = new Uint32Array(count);
    this.low = new Uint32Array(count);
    this.missing = count;
  }

  get order(): Uint32Array | undefined {
    return this.finished;
  }

  run(deadline: number): boolean {
    if (this.finished !== undefined) return true;
    // Small tables take well under a millisecond: only long ones look at the clock.
    const late = (): boolean => this.count > STRIDE && performance.now() > deadline;
    if (this.read < this.count) {
      const bits = new Float64Array(1);
      const words = new Uint32Array(bits.buffer);
      // Which 32-bit half of a float64 holds its sign and exponent on this machine.
      const top = new Uint8Array(new Float64Array([-1]).buffer)[7] === 0xbf ? 1 : 0;
      while (this.read < this.count) {
        const end = Math.min(this.count, this.read + STRIDE);
        for (let index = this.read; index < end; index++) {
          const key = this.key(index);
          if (Number.isNaN(key)) {
            this.result[--this.missing] = index;
            continue;
          }
          // + 0 turns −0 into 0, so the two tie.
          bits[0] = key + 0;
          let hi = words[top]!;
          let lo = words[1 - top]!;
          // Ordered as unsigned numbers: negatives with every bit flipped (a larger magnitude sorts
          // lower), others with the sign bit set; descending flips every bit once more.
          if (hi >>> 31 === 1) {
            hi = ~hi;
            lo = ~lo;
          } else hi |= 0x80000000;
          if (this.descending) {
            hi = ~hi;
            lo = ~lo;
          }
          this.high[this.present] = hi >>> 0;
          this.low[this.present] = lo >>> 0;
          this.rows[this.present++] = index;
        }
        this.read = end;
        if (this.read === this.count)
          // Those without a key went in from the end backwards: turn them round into Report order.
          this.result.subarray(this.missing).reverse();
        else if (late()) return false;
      }
    }
    const present = this.present;
    const buckets = this.buckets;
    while (this.pass < 4) {
      const pass = this.pass;
      const half = pass < 2 ? this.low : this.high;
      const shift = pass % 2 === 0 ? 0 : 16;
      if (!this.counted) {
        buckets.fill(0);
        for (let i = 0; i < present; i++) buckets[(half[i]! >>> shift) & 0xffff]!++;
        // A pass where every key has the same digit moves nothing.
        if (present === 0 || buckets[(half[0]! >>> shift) & 0xffff] === present) {
          this.pass++;
          continue;
        }
        let sum = 0;
        for (let digit = 0; digit < DIGITS; digit++) {
          const size = buckets[digit]!;
          buckets[digit] = sum;
          sum += size;
        }
        this.counted = true;
        this.moved = 0;
        // Where the rows go: a second set of arrays, allocated once and swapped with the first after each pass.
        this.next = this.spare ?? {
          rows: new Uint32Array(present),
          high: new Uint32Array(present),
          low: new Uint32Array(present),
        };
        if (late()) return false;
      }
      const next = this.next!;
      while (this.moved < present) {
        const end = Math.min(present, this.moved + STRIDE);
        // Carried along: only what later passes read (the low half until its last pass, the high until its own).
        for (let i = this.moved; i < end; i++) {
          const at = buckets[(half[i]! >>> shift) & 0xffff]!++;
          next.rows[at] = this.rows[i]!;
          if (pass < 3) next.high[at] = this.high[i]!;
          if (pass < 1) next.low[at] = this.low[i]!;
        }
        this.moved = end;
        if (this.moved < present && late()) return false;
      }
      this.spare = { rows: this.rows, high: this.high, low: this.low };
      this.rows = next.rows;
      // A half not carried stays where it was, still in the rows' order where it is still read.
      if (pass < 3) this.high = next.high;
      if (pass < 1) this.low = next.low;
      this.next = undefined;
      this.counted = false;
      this.pass++;
      if (this.pass < 4 && late()) return false;
    }
    this.result.set(this.rows.subarray(0, present));
    this.finished = this.result;
    return true;
  }
}
