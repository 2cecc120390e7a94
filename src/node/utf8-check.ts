import { isAscii, isUtf8 } from 'node:buffer';
import { Utf8Check as Utf8CheckIn, type Utf8Validators } from '../ingest/utf8-check.js';

export { completeUtf8Length, utf8SequenceLength, type Utf8Evidence } from '../ingest/utf8-check.js';

/** Node's native checks: a clean chunk costs no per-byte JavaScript. */
const NATIVE: Utf8Validators = { isUtf8, isAscii };

/** The encoding rule's checker (src/ingest/utf8-check.ts) with Node's native whole-chunk checks. */
export class Utf8Check extends Utf8CheckIn {
  constructor() {
    super(NATIVE);
  }
}
