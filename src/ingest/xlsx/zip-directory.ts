import { Inflate } from 'fflate';
import { compoundFileError, notZipError, xlsxError } from './xlsx-problems.js';
import type { LawGaugeError } from '../../errors/law-gauge-error.js';

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
/** A 16- or 32-bit field holding this says its value is in a ZIP64 record or field. */
const MARK16 = 0xffff;
const MARK32 = 0xffffffff;
const nameDecoder = new TextDecoder();

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** A 64-bit field; `-1` past 2^53, where a number would no longer be exact (no real file is that large). */
function u64(bytes: Uint8Array, at: number): number {
  const high = u32(bytes, at + 4);
  return high >= 0x200000 ? -1 : u32(bytes, at) + high * 0x100000000;
}

/** Random access over an array already in memory. */
export function bytesAccess(bytes: Uint8Array): RandomAccessBytes {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}

function damaged(source: string, problem: string): LawGaugeError {
  return xlsxError(source, 'corrupt_zip', `the zip archive is damaged: ${problem}`);
}

/** A zip this reader does not read (rather than reading it wrong). */
function unsupported(source: string, what: string): LawGaugeError {
  return xlsxError(
    source,
    'unsupported_zip',
    `the workbook is ${what}, which cannot be read; open it in Excel or WPS and save it again as .xlsx, or as CSV`,
  );
}

/** Where the central directory is and how many entries it lists, from the end record (and its ZIP64 record). */
interface DirectoryPlace {
  readonly count: number;
  readonly size: number;
  readonly offset: number;
  /** Where the directory must end by: the ZIP64 end record, else the end record. */
  readonly end: number;
  readonly zip64: boolean;
}

/**
 * Finds the end of central directory record and, when a ZIP64 locator precedes it (over 65,535
 * entries or 4 GiB), the ZIP64 end record, whose values replace the 16- and 32-bit ones. What
 * cannot be told for sure is refused rather than guessed: a field marked ZIP64 with no ZIP64
 * record, a locator pointing elsewhere, records that disagree, an archive split across files.
 */
async function findDirectory(access: RandomAccessBytes, source: string): Promise<DirectoryPlace> {
  // The end record (22 bytes and a comment of up to 65,535), and room for a ZIP64 locator before it.
  const tailLength = Math.min(access.size, 20 + 22 + 0xffff);
  const tailStart = access.size - tailLength;
  const tail = await access.read(tailStart, tailLength);
  // The record whose comment ends the file; else (bytes appended after the archive) the last one
  // whose comment fits. A signature inside a comment is not taken for the record.
  let eocd = -1;
  let fallback = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) !== EOCD) continue;
    const end = i + 22 + u16(tail, i + 20);
    if (end === tail.length) {
      eocd = i;
      break;
    }
    if (fallback < 0 && end <= tail.length) fallback = i;
  }
  if (eocd < 0) eocd = fallback;
  if (eocd < 0) throw notZipError(source);
  const disk = u16(tail, eocd + 4);
  const directoryDisk = u16(tail, eocd + 6);
  const count = u16(tail, eocd + 10);
  const size = u32(tail, eocd + 12);
  const offset = u32(tail, eocd + 16);
  const locator = eocd - 20;
  if (locator < 0 || u32(tail, locator) !== EOCD64_LOCATOR) {
    if (size === MARK32 || offset === MARK32)
      throw damaged(
        source,
        'its end record marks the directory as ZIP64 (over 4 GiB), but there is no ZIP64 end record locator before it',
      );
    if (disk !== 0 || directoryDisk !== 0)
      throw unsupported(source, 'a zip archive split across several files (a spanned or split archive)');
    // A count of 65,535 is a real count here: there is no ZIP64 record to hold another.
    return { count, size, offset, end: tailStart + eocd, zip64: false };
  }
  if (u32(tail, locator + 4) !== 0 || u32(tail, locator + 16) > 1)
    throw unsupported(source, 'a ZIP64 archive split across several files (a spanned or split archive)');
  const locatorAt = tailStart + locator;
  const recordAt = u64(tail, locator + 8);
  if (recordAt < 0 || recordAt + 56 > locatorAt)
    throw damaged(
      source,
      `its ZIP64 locator points to byte ${recordAt < 0 ? 'past 2^53' : recordAt}, where no ZIP64 end record can be (the locator is at byte ${locatorAt})`,
    );
  const record = await access.read(recordAt, 56);
  if (record.length < 56 || u32(record, 0) !== EOCD64)
    throw damaged(source, `there is no ZIP64 end record at byte ${recordAt}, where its locator points`);
  if (u32(record, 16) !== 0 || u32(record, 20) !== 0)
    throw unsupported(source, 'a ZIP64 archive split across several files (a spanned or split archive)');
  const count64 = u64(record, 32);
  const size64 = u64(record, 40);
  const offset64 = u64(record, 48);
  if (count64 < 0 || size64 < 0 || offset64 < 0)
    throw damaged(source, 'its ZIP64 end record holds a count, size or offset past 2^53');
  if (u64(record, 24) !== count64)
    throw unsupported(source, 'a ZIP64 archive split across several files (its entries are not all on one disk)');
  // The 16- and 32-bit fields hold the marker or the value (some writers store it truncated to the
  // field's width); anything else contradicts the ZIP64 record, and readers would differ on which to trust.
  const agrees = (value: number, value64: number, mark: number): boolean =>
    value === mark || value === value64 % (mark + 1);
  if (!agrees(count, count64, MARK16) || !agrees(size, size64, MARK32) || !agrees(offset, offset64, MARK32)) {
    throw damaged(
      source,
      `its end record (${count} entries, directory of ${size} bytes at byte ${offset}) and its ZIP64 end record (${count64} entries, ${size64} bytes at byte ${offset64}) disagree`,
    );
  }
  return { count: count64, size: size64, offset: offset64, end: recordAt, zip64: true };
}

/** A directory entry at `at`, with where the next one starts. */
function readEntry(
  directory: Uint8Array,
  at: number,
  source: string,
): { readonly entry: ZipEntry; readonly next: number } {
  if (at + 46 > directory.length) throw damaged(source, 'its directory is malformed (an entry runs past its end)');
  const nameLength = u16(directory, at + 28);
  const extraLength = u16(directory, at + 30);
  const commentLength = u16(directory, at + 32);
  const next = at + 46 + nameLength + extraLength + commentLength;
  if (next > directory.length) throw damaged(source, 'its directory is malformed (an entry runs past its end)');
  const name = nameDecoder.decode(directory.subarray(at + 46, at + 46 + nameLength));
  let compressedSize = u32(directory, at + 20);
  let size = u32(directory, at + 24);
  let headerOffset = u32(directory, at + 42);
  let disk = u16(directory, at + 34);
  // ZIP64: the fields marked 0xFFFFFFFF (0xFFFF for the disk) are in the 0x0001 extra field, each
  // present only when marked, in this order: size, compressed size, header offset, disk.
  let zip64 = false;
  for (let extra = at + 46 + nameLength, end = extra + extraLength; extra + 4 <= end;) {
    const id = u16(directory, extra);
    const fieldEnd = extra + 4 + u16(directory, extra + 2);
    if (fieldEnd > end)
      throw damaged(source, `the directory entry of ${name} is malformed (an extra field runs past it)`);
    if (id === 1 && !zip64) {
      zip64 = true;
      let field = extra + 4;
      const next64 = (): number => {
        if (field + 8 > fieldEnd)
          throw damaged(source, `${name}'s ZIP64 field is too short for the sizes and offset marked as being in it`);
        const value = u64(directory, field);
        if (value < 0) throw damaged(source, `${name}'s ZIP64 field holds a size or offset past 2^53`);
        field += 8;
        return value;
      };
      if (size === MARK32) size = next64();
      if (compressedSize === MARK32) compressedSize = next64();
      if (headerOffset === MARK32) headerOffset = next64();
      if (disk === MARK16) {
        if (field + 4 > fieldEnd)
          throw damaged(source, `${name}'s ZIP64 field is too short for the disk number marked as being in it`);
        disk = u32(directory, field);
      }
    }
    extra = fieldEnd;
  }
  if (!zip64 && (size === MARK32 || compressedSize === MARK32 || headerOffset === MARK32)) {
    throw damaged(
      source,
      `${name}'s size or offset is marked as ZIP64 (0xFFFFFFFF), but its directory entry has no ZIP64 field`,
    );
  }
  if (disk !== 0)
    throw unsupported(source, `a zip archive split across several files (${name} is on disk ${disk + 1})`);
  return {
    entry: { name, method: u16(directory, at + 10), flags: u16(directory, at + 8), compressedSize, size, headerOffset },
    next,
  };
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
    const place = await findDirectory(access, source);
    if (place.offset + place.size > place.end)
      throw damaged(
        source,
        `its directory (${place.size} bytes at byte ${place.offset}) runs past its end record at byte ${place.end}: the file is cut short or damaged`,
      );
    const directory = await access.read(place.offset, place.size);
    if (directory.length < place.size)
      throw damaged(source, 'the file is cut short: its directory lies past the end of the file');
    const entries = new Map<string, ZipEntry>();
    // The entries are read to the directory's end (its size, unlike the 16-bit count, is exact
    // below 4 GiB), then checked against the count: a cut-short or padded directory is refused.
    let at = 0;
    let listed = 0;
    while (at + 4 <= directory.length && u32(directory, at) === CENTRAL) {
      const { entry, next } = readEntry(directory, at, source);
      if (entries.has(entry.name))
        throw damaged(source, `it lists ${entry.name} twice, and readers differ on which copy is meant`);
      entries.set(entry.name, entry);
      at = next;
      listed++;
    }
    // Writers without ZIP64 keep the count modulo 65,536 in its 16-bit field: that is a count of all of them.
    if (listed !== place.count && (place.zip64 || listed % 0x10000 !== place.count)) {
      throw damaged(source, `its directory holds ${listed} entries where its end record says ${place.count}`);
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
    if ((entry.flags & 1) !== 0)
      throw xlsxError(
        this.source,
        'encrypted',
        `${entry.name} is encrypted; save the workbook without a password, as .xlsx or CSV`,
      );
    if (entry.method !== 0 && entry.method !== 8)
      throw xlsxError(
        this.source,
        'corrupt_zip',
        `${entry.name} uses zip compression method ${entry.method}, which Excel never writes; save the workbook again as .xlsx`,
      );
    // Refused before inflating anything: a real part this large would only fail at 2 GiB, minutes later.
    if (entry.method === 8 && entry.size > MAX_INFLATED_BYTES) {
      throw xlsxError(
        this.source,
        'unsupported_zip',
        `${entry.name} is ${(entry.size / 2 ** 30).toFixed(1)} GiB uncompressed; a part over ${MAX_INFLATED_BYTES / 2 ** 30} GiB is not read: save the sheet as CSV, or split it`,
      );
    }
    const local = await this.access.read(entry.headerOffset, 30);
    if (local.length < 30 || u32(local, 0) !== LOCAL)
      throw xlsxError(this.source, 'corrupt_zip', `the zip archive is damaged: no file header for ${entry.name}`);
    const start = entry.headerOffset + 30 + u16(local, 26) + u16(local, 28);
    const end = start + entry.compressedSize;
    if (end > this.access.size)
      throw xlsxError(
        this.source,
        'corrupt_zip',
        `the zip archive is cut short: ${entry.name} runs past the end of the file`,
      );
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
        throw xlsxError(
          this.source,
          'corrupt_zip',
          `the zip archive is damaged: ${entry.name} does not inflate (${error instanceof Error ? error.message : String(error)})`,
        );
      }
      if (inflated > limit) {
        throw xlsxError(
          this.source,
          'corrupt_zip',
          `${entry.name} inflates past ${inflated > entry.size && entry.size > 0 ? `its declared size, ${entry.size} bytes` : `${MAX_INFLATED_BYTES / 2 ** 30} GiB`}: the archive is damaged or a decompression bomb; not read`,
        );
      }
      for (const data of out.splice(0)) yield data;
    }
  }
}
