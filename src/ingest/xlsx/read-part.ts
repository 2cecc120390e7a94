import { XmlScanner, type XmlHandler } from './xml-scanner.js';
import type { ZipDirectory, ZipEntry } from './zip-directory.js';

type Decoder = InstanceType<typeof TextDecoder>;

/** The text decoder for a part: UTF-8 unless it starts with a UTF-16 byte-order mark. */
function decoderFor(first: Uint8Array): Decoder {
  if (first.length >= 2 && first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first.length >= 2 && first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

/**
 * Streams one XML part of the archive through a handler, a chunk at a time, pausing (yielding)
 * after each chunk so the sheet reader can hand out the rows completed in it.
 */
export async function* scanPart(
  zip: ZipDirectory,
  entry: ZipEntry,
  source: string,
  handler: XmlHandler,
): AsyncGenerator<void> {
  let decoder: Decoder | null = null;
  const scanner = new XmlScanner(handler, source, entry.name);
  for await (const chunk of zip.chunks(entry)) {
    decoder ??= decoderFor(chunk);
    scanner.push(decoder.decode(chunk, { stream: true }));
    yield;
  }
  if (decoder !== null) scanner.push(decoder.decode());
  scanner.end();
  yield;
}

/** Reads a whole (small) part through a handler. */
export async function readPart(zip: ZipDirectory, entry: ZipEntry, source: string, handler: XmlHandler): Promise<void> {
  const parts = scanPart(zip, entry, source, handler);
  // The handler collects what it needs.
  while (!(await parts.next()).done);
}
