import type { OrderJob } from './order-job.js';

/** Names sorted without a look at the clock: about 20,000 comparisons, a few milliseconds. */
const SMALL = 2048;

/**
 * The order of `count` names in a language's collation, worked out a slice at a time: a natural
 * merge sort (the runs already in order found first, then merged in pairs, pass after pass) whose
 * every step can stop at a deadline and go on later from where it stopped.
 *
 * Why: names have no numeric key, and a collator compares in ICU: 200,000 Chinese names in no
 * order are 3.5 million comparisons, 0.7 s on a fast machine, which no single task may take. `run`
 * does what fits before its deadline and says whether it finished; the caller yields to the
 * browser between calls. Names in runs already ordered (区10 … 区19, say) cost a comparison each
 * to find and nothing more. Stable (equal names keep the Report's order). The names themselves are
 * worded a slice at a time too, as `name(index)` asks for them.
 */
export class CollationOrder implements OrderJob {
  private readonly names: string[] = [];
  private source: Uint32Array;
  private target: Uint32Array;
  /** Where the runs of `source` start, and the end of the last: found first, then halved pass by pass. */
  private bounds: number[] = [0];
  private scanned = 1;
  private merged: number[] = [0];
  /** The merge under way: runs `pair` and `pair` + 1 of `bounds`, read at left and right, written at out. */
  private pair = 0;
  private left = -1;
  private right = 0;
  private out = 0;
  private finished: Uint32Array | undefined;

  constructor(
    private readonly count: number,
    private readonly name: (index: number) => string,
    private readonly compare: (a: string, b: string) => number,
  ) {
    this.source = new Uint32Array(count);
    for (let index = 0; index < count; index++) this.source[index] = index;
    this.target = new Uint32Array(count);
  }

  get order(): Uint32Array | undefined {
    return this.finished;
  }

  run(deadline: number): boolean {
    if (this.finished !== undefined) return true;
    const { count, names, compare } = this;
    // Checking the clock costs more than a comparison: look every so many steps.
    let steps = 0;
    // Small tables (a few milliseconds) are sorted in one go.
    const late = (): boolean => count > SMALL && (++steps & 255) === 0 && performance.now() > deadline;
    while (names.length < count) {
      names.push(this.name(names.length));
      if (late()) return false;
    }
    // The runs: a new one starts wherever a name comes before the one above it.
    while (this.scanned < count) {
      const at = this.scanned++;
      if (compare(names[at - 1]!, names[at]!) > 0) this.bounds.push(at);
      if (late()) return false;
    }
    if (this.bounds.at(-1) !== count) this.bounds.push(count);
    // Pass after pass, each pair of runs merged into one, until one run is left.
    while (this.bounds.length > 2) {
      const { bounds, source, target } = this;
      while (this.pair + 1 < bounds.length) {
        const low = bounds[this.pair]!;
        const middle = bounds[this.pair + 1]!;
        const high = bounds[this.pair + 2] ?? middle;
        if (this.left < 0) {
          this.left = low;
          this.right = middle;
          this.out = low;
        }
        let { left, right, out } = this;
        while (out < high) {
          // Left wins ties: a stable merge.
          if (right >= high || (left < middle && compare(names[source[left]!]!, names[source[right]!]!) <= 0))
            target[out++] = source[left++]!;
          else target[out++] = source[right++]!;
          if (late()) {
            this.left = left;
            this.right = right;
            this.out = out;
            return false;
          }
        }
        this.merged.push(high);
        this.pair += 2;
        this.left = -1;
      }
      this.source = target;
      this.target = source;
      this.bounds = this.merged;
      this.merged = [0];
      this.pair = 0;
    }
    this.finished = this.source;
    return true;
  }
}
