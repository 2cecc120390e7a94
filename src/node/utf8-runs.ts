import { isUtf8 } from 'node:buffer';
import { completeUtf8Length } from './utf8-check.js';

/**
 * Whether a run of bytes read in blocks is well-formed UTF-8, a sequence cut by a block's end being
 * carried to the next block: `push` each block (false as soon as one is not), then `end` (false
 * when the run ends inside a sequence). Node's native check: no per-byte JavaScript.
 */
export class Utf8Runs {
  private carry: Uint8Array | null = null;

  push(block: Uint8Array): boolean {
    let bytes = block;
    if (this.carry !== null) {
      bytes = new Uint8Array(this.carry.length + block.length);
      bytes.set(this.carry);
      bytes.set(block, this.carry.length);
    }
    const end = completeUtf8Length(bytes);
    // A copy: the block's buffer is read into again.
    this.carry = end < bytes.length ? bytes.slice(end) : null;
    return isUtf8(bytes.subarray(0, end));
  }

  end(): boolean {
    return this.carry === null;
  }
}
