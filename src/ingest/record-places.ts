import type { RecordPlaceRuns } from '../table/table.js';

/** A line that is not known (a record that did not come from a file): −1 where lines are given as numbers. */
const NO_LINE = -1;
/** In `lineShift`: the records of the run have no line. */
const NO_LINE_SHIFT = -0x80000000;

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/**
 * The row (1-based, as read) and line of each record committed to a table, as runs: a record whose
 * row and line are as far from its index as the last one's are (the next row, the next line) adds
 * nothing, so a file without skipped, quarantined or multi-line records holds one run, not eight
 * bytes per record. A record is found by binary search over the runs.
 */
export class RecordPlaces {
  /** Run `r` starts at record `firsts[r]`; its records' rows are index + `rowShift[r]`, lines index + `lineShift[r]`. */
  private firsts = new Int32Array(16);
  private rowShift = new Int32Array(16);
  private lineShift = new Int32Array(16);
  private runs = 0;
  /** Records added. */
  length = 0;

  /** Adds the next record's place; `line` −1 when it has none. */
  add(row: number, line: number): void {
    const index = this.length++;
    const rowShift = row - index;
    const lineShift = line === NO_LINE ? NO_LINE_SHIFT : line - index;
    const last = this.runs - 1;
    if (last >= 0 && this.rowShift[last] === rowShift && this.lineShift[last] === lineShift) return;
    if (this.runs === this.firsts.length) {
      this.firsts = grown(this.firsts);
      this.rowShift = grown(this.rowShift);
      this.lineShift = grown(this.lineShift);
    }
    this.firsts[this.runs] = index;
    this.rowShift[this.runs] = rowShift;
    this.lineShift[this.runs] = lineShift;
    this.runs++;
  }

  /**
   * Adds the `count` records of another's runs (a part of the input read apart), as if each were
   * added in turn: their rows follow the `rows` read before them, their lines the input's `lines`
   * before them. Runs, not records: the runs come out as adding the records one by one makes them.
   */
  append(runs: RecordPlaceRuns, count: number, rows: number, lines: number): void {
    const at = this.length;
    for (let run = 0; run < runs.firsts.length; run++) {
      const first = runs.firsts[run]!;
      const lineShift = runs.lineShift[run]!;
      // The run's first record at index `at + first`, its row `first + rowShift + rows`, its line likewise.
      const row = first + runs.rowShift[run]! + rows;
      this.length = at + first;
      this.add(row, lineShift === NO_LINE_SHIFT ? NO_LINE : first + lineShift + lines);
    }
    this.length = at + count;
  }

  private runOf(index: number): number {
    let low = 0;
    let high = this.runs - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.firsts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** The runs as plain data, trimmed to their count. */
  runsOf(): RecordPlaceRuns {
    return {
      firsts: this.firsts.slice(0, this.runs),
      rowShift: this.rowShift.slice(0, this.runs),
      lineShift: this.lineShift.slice(0, this.runs),
    };
  }

  rowOf(index: number): number {
    return index + this.rowShift[this.runOf(index)]!;
  }

  /** The record's line, or −1. */
  lineOf(index: number): number {
    const shift = this.lineShift[this.runOf(index)]!;
    return shift === NO_LINE_SHIFT ? NO_LINE : index + shift;
  }
}
