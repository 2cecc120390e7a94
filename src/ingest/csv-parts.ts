import type { Dataset } from '../model/dataset.js';
import { parseDataset } from '../model/parse.js';
import { ByteCsvIngest } from './csv-bytes.js';
import {
  rangeOffset,
  readCsvRange,
  readRange,
  takeRange,
  type CsvRangeEncoding,
  type CsvRangeRead,
  type ReadAt,
} from './csv-ranges.js';
import { Gb18030ToUtf8 } from './gb18030-to-utf8.js';
import type { SourceIngestOptions, SourceIngestResult } from './source-options.js';

/**
 * Reads CSV bytes in ranges of about `partBytes`, in this thread, the way `readDatasetFile` does
 * with worker threads: the first half of the ranges (at least up to the header) by the reader of
 * the start, the others each by its own reader as a worker would, then taken in order
 * (`takeRange`), for tests to hold it to `ingestCsvBytes` on the whole bytes. `blockBytes` is how
 * many bytes each read gives, as a file's reads would.
 */
export function ingestCsvBytesInParts(
  input: Dataset | unknown,
  bytes: Uint8Array,
  options: SourceIngestOptions & { readonly encoding?: CsvRangeEncoding },
  partBytes: number,
  blockBytes = partBytes,
): SourceIngestResult {
  const dataset = parseDataset(input);
  const encoding = options.encoding ?? 'utf-8';
  const size = bytes.length;
  const count = Math.max(1, Math.ceil(size / Math.max(1, partBytes)));
  const readAt: ReadAt = (buffer, position) => {
    const run = bytes.subarray(position, position + buffer.length);
    buffer.set(run);
    return run.length;
  };
  const buffer = new Uint8Array(Math.max(1, blockBytes));
  const main = new ByteCsvIngest(dataset, options);
  const transcoder = encoding === 'gb18030' ? new Gb18030ToUtf8() : null;
  const pushRange = (index: number): void =>
    readRange(readAt, rangeOffset(index, count, size), rangeOffset(index + 1, count, size), size, buffer, (run, at) =>
      transcoder === null ? main.push(run) : main.pushTranscoded(transcoder.push(run, at), transcoder.errors),
    );
  let index = 0;
  for (; index < count && (index < Math.ceil(count / 2) || main.header === null); index++) pushRange(index);
  const header = main.header;
  const reads: CsvRangeRead[] = [];
  if (header !== null) {
    const job = { dataset, options, header, encoding, size, count, capacity: 16 };
    // As a worker's answer arrives: a copy, sharing nothing with the range's reader, readied as
    // readDatasetFile readies it (`prepare`), but every other one left to `absorb` as it is.
    for (let other = index; other < count; other++) {
      const read = structuredClone(readCsvRange(job, other, readAt, new Uint8Array(buffer.length)));
      if (other % 2 === 0 && read.part !== null) main.prepare(read.part);
      reads.push(read);
    }
  }
  for (; index < count; index++) takeRange(main, reads.shift() ?? null, () => pushRange(index));
  if (transcoder !== null) main.pushTranscoded(transcoder.end(), transcoder.errors);
  return main.end();
}
