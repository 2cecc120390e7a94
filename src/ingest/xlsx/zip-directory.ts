import { Inflate } from 'fflate';
import { compoundFileError, notZipError, xlsxError } from './xlsx-problems.js';

/** The most one part may inflate to: far beyond any real sheet (a 1M-row court export's sheet is about 300 MiB). */
export const MAX_INFLATED_BYTES = 2 ** 31;

/**
 * Bytes that can be read at any offset: a file handle, a `Blob` (`blob.slice(o, o + n).arrayBuffer()`)
 * or an array. A zip's directory is at its end and Excel writes the shared strings after the
 * sheets, so a workbook is read out of order; with random access only what is needed is read.
 */
export interface RandomAccessBytes {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array> | Uint8Array;
}

/** One file of the archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly headerOffset: number;
}

const CHUNK = 1 << 16;
const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const nameDecoder = new TextDecoder();

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x100000000;
}

/** Random access over an array already in memory. */
export function bytesAccess(bytes: Uint8Array): RandomAccessBytes {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}

/** The files of a zip archive, read from its central directory. */
export class ZipDirectory {
  private constructor(
    private readonly access: RandomAccessBytes,
    private readonly source: string,
    readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  static async open(access: RandomAccessBytes, source: string): Promise<ZipDirectory> {
    const head = await access.read(0, Math.min(8, access.size));
    if (head.length >= 4 && u32(head, 0) === 0xe011cfd0) throw compoundFileError(source);
    if (head.length < 4 || head[0] !== 0x50 || head[1] !== 0x4b) throw notZipError(source);
    const tailLength = Math.min(access.size, 22 + 0xffff);
    const tailStart = access.size - tailLength;
    const tail = await access.read(tailStart, tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (u32(tail, i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw notZipError(source);
    let count = u16(tail, eocd + 10);
    let directorySize = u32(tail, eocd + 12);
    let directoryOffset = u32(tail, eocd + 16);
    if ((count === 0xffff || directoryOffset === 0xffffffff) && eocd >= 20 && u32(tail, eocd - 20) === EOCD64_LOCATOR) {
      const recordOffset = u64(tail, eocd - 12);
      const record = await access.read(recordOffset, 56);
      if (u32(record, 0) !== EOCD64) throw xlsxError(source, 'corrupt_zip', 'the zip archive is damaged: its ZIP64 directory record is missing');
      count = u64(record, 32);
      directorySize = u64(record, 40);
      directoryOffset = u64(record, 48);
    }
    if (directoryOffset + directorySize > access.size) throw xlsxError(source, 'corrupt_zip', 'the zip archive is damaged or cut short: its directory lies past the end of the file');
    const directory = await access.read(directoryOffset, directorySize);
    const entries = new Map<string, ZipEntry>();
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > directory.length || u32(directory, at) !== CENTRAL) throw xlsxError(source, 'corrupt_zip', 'the zip archive is damaged: its directory is malformed');
      const nameLength = u16(directory, at + 28);
      const extraLength = u16(directory, at + 30);
      const commentLength = u16(directory, at + 32);
      const name = nameDecoder.decode(directory.subarray(at + 46, at + 46 + nameLength));
      let compressedSize = u32(directory, at + 20);
      let size = u32(directory, at + 24);
      let headerOffset = u32(directory, at + 42);
      // ZIP64: the sizes and offset that overflowed 32 bits are in the 0x0001 extra field, in this order.
      for (let extra = at + 46 + nameLength, end = extra + extraLength; extra + 4 <= end; ) {
        const id = u16(directory, extra);
        const length = u16(directory, extra + 2);
        if (id === 1) {
          let field = extra + 4;
          if (size === 0xffffffff) {
            size = u64(directory, field);
            field += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(directory, field);
            field += 8;
          }
          if (headerOffset === 0xffffffff) headerOffset = u64(directory, field);
        }
        extra += 4 + length;
      }
      entries.set(name, { name, method: u16(directory, at + 10), flags: u16(directory, at + 8), compressedSize, size, headerOffset });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return new ZipDirectory(access, source, entries);
  }

  /** The entry of a part name, matched case-insensitively as OPC part names are. */
  find(name: string): ZipEntry | undefined {
    const exact = this.entries.get(name);
    if (exact !== undefined) return exact;
    const wanted = name.toLowerCase();
    for (const entry of this.entries.values()) if (entry.name.toLowerCase() === wanted) return entry;
    return undefined;
  }

  /** The entry's uncompressed bytes, a chunk at a time. */
  async *chunks(entry: ZipEntry): AsyncGenerator<Uint8Array> {
    if ((entry.flags & 1) !== 0) throw xlsxError(this.source, 'encrypted', `${entry.name} is encrypted; save the workbook without a password, as .xlsx or CSV`);
    if (entry.method !== 0 && entry.method !== 8) throw xlsxError(this.source, 'corrupt_zip', `${entry.name} uses zip compression method ${entry.method}, which Excel never writes; save the workbook again as .xlsx`);
    const local = await this.access.read(entry.headerOffset, 30);
    if (local.length < 30 || u32(local, 0) !== LOCAL) throw xlsxError(this.source, 'corrupt_zip', `the zip archive is damaged: no file header for ${entry.name}`);
    const start = entry.headerOffset + 30 + u16(local, 26) + u16(local, 28);
    const end = start + entry.compressedSize;
    if (end > this.access.size) throw xlsxError(this.source, 'corrupt_zip', `the zip archive is cut short: ${entry.name} runs past the end of the file`);
    if (entry.method === 0) {
      for (let at = start; at < end; at += CHUNK) yield await this.access.read(at, Math.min(CHUNK, end - at));
      return;
    }
    // A zip bomb must not exhaust memory: an entry may inflate to its declared size (which a
    // writer states before the data) and never past MAX_INFLATED_BYTES.
    const limit = Math.min(MAX_INFLATED_BYTES, entry.size > 0 ? entry.size : MAX_INFLATED_BYTES);
    let inflated = 0;
    const out: Uint8Array[] = [];
    const inflate = new Inflate((data) => {
      inflated += data.length;
      out.push(data);
    });
    for (let at = start; at < end; at += CHUNK) {
      const chunk = await this.access.read(at, Math.min(CHUNK, end - at));
      try {
        inflate.push(chunk, at + CHUNK >= end);
      } catch (error) {
        throw xlsxError(this.source, 'corrupt_zip', `the zip archive is damaged: ${entry.name} does not inflate (${error instanceof Error ? error.message : String(error)})`);
      }
      if (inflated > limit) {
        throw xlsxError(this.source, 'corrupt_zip', `${entry.name} inflates past ${inflated > entry.size && entry.size > 0 ? `its declared size, ${entry.size} bytes` : `${MAX_INFLATED_BYTES / 2 ** 30} GiB`}: the archive is damaged or a decompression bomb; not read`);
      }
      for (const data of out.splice(0)) yield data;
    }
  }
}
