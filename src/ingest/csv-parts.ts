import type { Dataset } from '../model/dataset.js';
import { parseDataset } from '../model/parse.js';
import { ByteCsvIngest, type CsvPart } from './csv-bytes.js';
import { CsvSplitter, type CsvSegment } from './csv-splitter.js';
import { GB18030_BOM, Gb18030ToUtf8 } from './gb18030-to-utf8.js';
import type { SourceIngestOptions, SourceIngestResult } from './source-options.js';

/** The encodings a CSV file is split and read in parts in. */
export type CsvPartEncoding = 'utf-8' | 'gb18030';

/** The byte order mark of each encoding (the scan for record ends starts after it). */
export const CSV_BOMS: Readonly<Record<CsvPartEncoding, readonly number[]>> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  gb18030: GB18030_BOM,
};

/**
 * A segment's bytes as the byte parser reads them: UTF-8 as they are, GB18030 turned into UTF-8 as
 * the single-thread reader does (a segment ends after a line feed, which ends every GB18030
 * sequence, so each reads on its own as the same text a decoder of the whole file gives).
 */
export function segmentUtf8(bytes: Uint8Array, encoding: CsvPartEncoding): Uint8Array {
  if (encoding === 'utf-8') return bytes;
  const transcoder = new Gb18030ToUtf8();
  // A copy: the transcoder's buffer is reused by `end`.
  const body = transcoder.push(bytes).slice();
  const tail = transcoder.end();
  if (tail.length === 0) return body;
  const whole = new Uint8Array(body.length + tail.length);
  whole.set(body);
  whole.set(tail, body.length);
  return whole;
}

/** What a worker needs to read a part: the reader's dataset and options, the file's header, the segment. */
export interface CsvPartJob {
  readonly dataset: Dataset;
  readonly options: SourceIngestOptions;
  readonly header: readonly string[];
  readonly encoding: CsvPartEncoding;
  readonly bytes: Uint8Array;
  readonly offset: number;
  /** File offsets of invalid UTF-8 sequences in the segment. */
  readonly invalid: readonly number[];
  /** Rows expected in the part, to size its columns once. */
  readonly capacity?: number;
}

/** Reads one part: the code a worker runs, and the same the main thread would. */
export function readCsvPart(job: CsvPartJob): CsvPart {
  const options = { ...job.options, capacity: job.capacity ?? 1024 };
  const reader = ByteCsvIngest.continuing(job.dataset, options, job.header, job.offset);
  if (job.invalid.length > 0) reader.markInvalid(job.invalid);
  reader.push(segmentUtf8(job.bytes, job.encoding));
  return reader.endPart();
}

/**
 * Reads CSV bytes split into parts of about `partBytes`, one after another in this thread, each
 * part by its own reader and appended to the first: the path `readDatasetFile` takes with worker
 * threads, without them, for tests to hold it to `ingestCsvBytes` on the whole bytes. `blockBytes`
 * is how the bytes are fed to the splitter, as a file's reads would be.
 */
export function ingestCsvBytesInParts(
  input: Dataset | unknown,
  bytes: Uint8Array,
  options: SourceIngestOptions & { readonly encoding?: CsvPartEncoding },
  partBytes: number,
  blockBytes = partBytes,
): SourceIngestResult {
  const dataset = parseDataset(input);
  const encoding = options.encoding ?? 'utf-8';
  const main = new ByteCsvIngest(dataset, options);
  const splitter = new CsvSplitter(partBytes, CSV_BOMS[encoding]);
  const take = (segment: CsvSegment): void => {
    const header = main.header;
    if (header === null) main.push(segmentUtf8(segment.bytes, encoding));
    else {
      const job = { dataset, options, header, encoding, bytes: segment.bytes, offset: segment.offset, invalid: [] };
      // As a worker's answer arrives: a copy, sharing nothing with the part's reader.
      main.absorb(structuredClone(readCsvPart(job)), segment.bytes.length);
    }
  };
  for (let start = 0; start < bytes.length; start += blockBytes) {
    const segments = splitter.push(bytes.subarray(start, start + blockBytes));
    if (segments === null) return whole(dataset, bytes, options, encoding);
    segments.forEach(take);
  }
  take(splitter.end());
  return main.end();
}

function whole(
  dataset: Dataset,
  bytes: Uint8Array,
  options: SourceIngestOptions,
  encoding: CsvPartEncoding,
): SourceIngestResult {
  const reader = new ByteCsvIngest(dataset, options);
  reader.push(segmentUtf8(bytes, encoding));
  return reader.end();
}
