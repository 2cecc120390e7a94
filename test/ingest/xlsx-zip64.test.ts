// ZIP64 in the workbook reader's zip directory: archives over 4 GiB or with over 65,535 entries
// are read right, and what cannot be read for sure is refused naming the file and the problem —
// never read at a wrong offset or silently cut short. The archives are built here byte by byte.
import { crc32 } from 'node:zlib';
import { deflateSync, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RandomAccessBytes } from '../../src/index.js';
import { readXlsxRows, type XlsxRow } from '../../src/internal.js';
import { writeXlsx } from '../../scripts/write-xlsx.js';

const MARK32 = 0xffffffff;
const MARK16 = 0xffff;

interface ZipFile {
  readonly name: string;
  readonly data: Uint8Array;
  /** Bytes of zeros this file holds without them being in memory (its data is left out of `head`/`tail`). */
  readonly virtualSize?: number;
  /** Stored rather than deflated. */
  readonly stored?: boolean;
}

/** How to shape the archive; every field defaults to a plain, correct zip. */
interface Shape {
  /** Directory entries mark size, compressed size and offset 0xFFFFFFFF and give them in a ZIP64 field. */
  readonly zip64Entries?: boolean;
  /** Write a ZIP64 end record and its locator, and mark the end record's fields. */
  readonly zip64End?: boolean;
  /** The end record's entry count (default: the count, or 0xFFFF with `zip64End`). */
  readonly endCount?: number;
  /** The end record's directory offset (default: the offset, or 0xFFFFFFFF with `zip64End`). */
  readonly endOffset?: number;
  /** Bytes of the ZIP64 extra field's data actually written (default: 8 for each marked value). */
  readonly extraLength?: number;
  /** Mark the entries' fields 0xFFFFFFFF without writing a ZIP64 extra field. */
  readonly omitExtra?: boolean;
  /** The ZIP64 record's entry count (default: the count). */
  readonly count64?: number;
  /** The locator's total number of disks (default 1). */
  readonly disks?: number;
  /** Added to the ZIP64 end record's offset in the locator. */
  readonly locatorShift?: number;
  /** Declared uncompressed size of the entry with this name (default: its real size). */
  readonly declaredSize?: { readonly name: string; readonly size: number };
  /** The disk the named entry starts on (default 0). */
  readonly diskOf?: { readonly name: string; readonly disk: number };
}

class Bytes {
  private readonly parts: number[] = [];
  get length(): number {
    return this.parts.length;
  }
  u16(value: number): this {
    this.parts.push(value & 0xff, (value >>> 8) & 0xff);
    return this;
  }
  u32(value: number): this {
    return this.u16(value & 0xffff).u16(Math.floor(value / 0x10000) & 0xffff);
  }
  u64(value: number): this {
    return this.u32(value % 0x100000000).u32(Math.floor(value / 0x100000000));
  }
  bytes(data: Uint8Array): this {
    for (const byte of data) this.parts.push(byte);
    return this;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

/** A zip whose first file may be `virtualSize` bytes of zeros that are not in memory: `head`, the zeros, then `tail`. */
function buildZip(files: readonly ZipFile[], shape: Shape = {}): { head: Uint8Array; gap: number; tail: Uint8Array } {
  let offset = 0;
  let head: Uint8Array | null = null;
  let gap = 0;
  const tail = new Bytes();
  const directory = new Bytes();
  for (const file of files) {
    const name = strToU8(file.name);
    const virtual = file.virtualSize !== undefined;
    const stored = virtual || file.stored === true;
    const compressed = stored ? file.data : deflateSync(file.data);
    const compressedSize = virtual ? file.virtualSize! : compressed.length;
    const declared =
      shape.declaredSize?.name === file.name ? shape.declaredSize.size : virtual ? file.virtualSize! : file.data.length;
    const big = compressedSize >= MARK32 || declared >= MARK32;
    const crc = virtual ? 0 : crc32(file.data);
    // The local header: sizes in a ZIP64 field when they do not fit (a reader uses the directory's).
    const local = new Bytes()
      .u32(0x04034b50)
      .u16(big ? 45 : 20)
      .u16(0)
      .u16(stored ? 0 : 8)
      .u16(0)
      .u16(0x21)
      .u32(crc)
      .u32(big ? MARK32 : compressedSize)
      .u32(big ? MARK32 : declared)
      .u16(name.length)
      .u16(big ? 20 : 0)
      .bytes(name);
    if (big) local.u16(1).u16(16).u64(declared).u64(compressedSize);
    const localBytes = local.done();
    const headerOffset = offset;
    if (virtual && head === null) {
      head = localBytes;
      gap = file.virtualSize!;
    } else {
      tail.bytes(localBytes).bytes(compressed);
    }
    offset += localBytes.length + compressedSize;
    // The directory entry.
    const marked = shape.zip64Entries === true || big || headerOffset >= MARK32;
    const values = marked ? [declared, compressedSize, headerOffset] : [];
    const disk = shape.diskOf?.name === file.name ? shape.diskOf.disk : 0;
    const extra = new Bytes();
    if (marked && shape.omitExtra !== true) {
      const data = new Bytes();
      for (const value of values) data.u64(value);
      const written = data.done().subarray(0, shape.extraLength ?? values.length * 8);
      extra.u16(1).u16(written.length).bytes(written);
    }
    const extraBytes = extra.done();
    directory
      .u32(0x02014b50)
      .u16(45)
      .u16(marked ? 45 : 20)
      .u16(0)
      .u16(stored ? 0 : 8)
      .u16(0)
      .u16(0x21)
      .u32(crc)
      .u32(marked ? MARK32 : compressedSize)
      .u32(marked ? MARK32 : declared)
      .u16(name.length)
      .u16(extraBytes.length)
      .u16(0)
      .u16(disk)
      .u16(0)
      .u32(0)
      .u32(marked ? MARK32 : headerOffset)
      .bytes(name)
      .bytes(extraBytes);
  }
  const directoryBytes = directory.done();
  const directoryOffset = offset;
  tail.bytes(directoryBytes);
  offset += directoryBytes.length;
  const count = files.length;
  if (shape.zip64End === true) {
    const recordOffset = offset;
    tail
      .u32(0x06064b50)
      .u64(44)
      .u16(45)
      .u16(45)
      .u32(0)
      .u32(0)
      .u64(shape.count64 ?? count)
      .u64(shape.count64 ?? count)
      .u64(directoryBytes.length)
      .u64(directoryOffset);
    tail
      .u32(0x07064b50)
      .u32(0)
      .u64(recordOffset + (shape.locatorShift ?? 0))
      .u32(shape.disks ?? 1);
  }
  const zip64End = shape.zip64End === true;
  tail
    .u32(0x06054b50)
    .u16(0)
    .u16(0)
    .u16(shape.endCount ?? (zip64End ? MARK16 : count & 0xffff))
    .u16(shape.endCount ?? (zip64End ? MARK16 : count & 0xffff))
    .u32(zip64End ? MARK32 : directoryBytes.length)
    .u32(shape.endOffset ?? (zip64End ? MARK32 : directoryOffset))
    .u16(0);
  return { head: head ?? new Uint8Array(0), gap, tail: tail.done() };
}

/** The archive's bytes in one array (no virtual file). */
function zipOf(files: readonly ZipFile[], shape: Shape = {}): Uint8Array {
  const { head, gap, tail } = buildZip(files, shape);
  expect(gap).toBe(0);
  const bytes = new Uint8Array(head.length + tail.length);
  bytes.set(head);
  bytes.set(tail, head.length);
  return bytes;
}

/** Random access over `head`, `gap` zeros, then `tail`, without the zeros in memory. */
function virtualAccess({ head, gap, tail }: { head: Uint8Array; gap: number; tail: Uint8Array }): RandomAccessBytes {
  const size = head.length + gap + tail.length;
  return {
    size,
    read(offset, length) {
      const end = Math.min(size, offset + length);
      const out = new Uint8Array(Math.max(0, end - offset));
      for (const [start, part] of [
        [0, head],
        [head.length + gap, tail],
      ] as const) {
        const from = Math.max(offset, start);
        const to = Math.min(end, start + part.length);
        if (from < to) out.set(part.subarray(from - start, to - start), from - offset);
      }
      return out;
    },
  };
}

/** The parts of a small workbook, taken from the project's writer. */
const WORKBOOK = unzipSync(
  writeXlsx([
    {
      name: 'cases',
      rows: [
        ['case_id', 'district', 'filed_on'],
        ['A1', '黄浦区', { date: '2019-01-07' }],
        ['A2', '徐汇区', { date: '2019-02-11' }],
      ],
    },
  ]),
);
const PARTS: ZipFile[] = Object.entries(WORKBOOK).map(([name, data]) => ({ name, data }));
const EXPECTED = [
  ['case_id', 'district', 'filed_on'],
  ['A1', '黄浦区', '2019-01-07'],
  ['A2', '徐汇区', '2019-02-11'],
];

async function cellsOf(source: Uint8Array | RandomAccessBytes): Promise<(string | null)[][]> {
  const rows: XlsxRow[] = [];
  for await (const row of readXlsxRows(source, { source: 'ledger.xlsx' })) rows.push(row);
  return rows.map((row) => row.cells);
}

/** Empty files to pass 65,535 entries. */
function padding(count: number): ZipFile[] {
  const empty = new Uint8Array(0);
  return Array.from({ length: count }, (_, i) => ({ name: `customXml/pad${i}.xml`, data: empty, stored: true }));
}

describe('ZIP64 workbooks are read right', () => {
  it('the hand-built plain archive reads like the writer’s own', async () => {
    expect(await cellsOf(zipOf(PARTS))).toEqual(EXPECTED);
  });

  it('sizes and offsets in ZIP64 fields, the directory through the ZIP64 end record', async () => {
    expect(await cellsOf(zipOf(PARTS, { zip64Entries: true, zip64End: true }))).toEqual(EXPECTED);
  });

  it('a workbook past 4 GiB: its parts at offsets above 2^32, read through ZIP64 fields', async () => {
    // A 4.5 GiB stored file first (zeros, never in memory), then the workbook's parts.
    const built = buildZip(
      [{ name: 'xl/media/video.bin', data: new Uint8Array(0), virtualSize: 4.5 * 2 ** 30 }, ...PARTS],
      { zip64End: true },
    );
    const access = virtualAccess(built);
    expect(access.size).toBeGreaterThan(2 ** 32 + 2 ** 29);
    expect(await cellsOf(access)).toEqual(EXPECTED);
  });

  it('70,000 entries through the ZIP64 end record', async () => {
    expect(await cellsOf(zipOf([...padding(70_000), ...PARTS], { zip64End: true }))).toEqual(EXPECTED);
  }, 60_000);

  it('70,000 entries without ZIP64, the end record holding the count modulo 65,536 as old writers do: all are read', async () => {
    // The workbook's parts come after the 65,536th entry: a reader that trusted the count would not find them.
    const files = [...padding(70_000), ...PARTS];
    const bytes = zipOf(files);
    expect(bytes.length).toBeLessThan(2 ** 32);
    expect(await cellsOf(bytes)).toEqual(EXPECTED);
  }, 60_000);

  it('a ZIP64 end record alongside end-record fields that hold the real values (not marked): read', async () => {
    const plain = zipOf(PARTS);
    const directoryOffset = new DataView(plain.buffer).getUint32(plain.length - 6, true);
    expect(await cellsOf(zipOf(PARTS, { zip64End: true, endCount: PARTS.length, endOffset: directoryOffset }))).toEqual(
      EXPECTED,
    );
  });
});

describe('ZIP64 that cannot be read for sure is refused, naming the file', () => {
  async function refusal(bytes: Uint8Array | RandomAccessBytes): Promise<string> {
    try {
      await cellsOf(bytes);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('the archive was read');
  }

  it('an entry marked ZIP64 with no ZIP64 field', async () => {
    const message = await refusal(zipOf(PARTS, { zip64Entries: true, omitExtra: true }));
    expect(message).toMatch(
      /^ledger\.xlsx: the zip archive is damaged: \S+'s size or offset is marked as ZIP64 \(0xFFFFFFFF\), but its directory entry has no ZIP64 field/,
    );
  });

  it('a ZIP64 field too short for the values marked as being in it (not read past into the next field)', async () => {
    const message = await refusal(zipOf(PARTS, { zip64Entries: true, zip64End: true, extraLength: 16 }));
    expect(message).toMatch(
      /^ledger\.xlsx: the zip archive is damaged: \S+'s ZIP64 field is too short for the sizes and offset marked as being in it/,
    );
  });

  it('an end record marked ZIP64 with no locator before it', async () => {
    const bytes = zipOf(PARTS, { zip64End: true });
    // Overwrite the locator's signature.
    bytes[bytes.length - 22 - 20] = 0;
    expect(await refusal(bytes)).toBe(
      'ledger.xlsx: the zip archive is damaged: its end record marks the directory as ZIP64 (over 4 GiB), but there is no ZIP64 end record locator before it',
    );
  });

  it('a locator pointing where there is no ZIP64 end record', async () => {
    expect(await refusal(zipOf(PARTS, { zip64End: true, locatorShift: -8 }))).toMatch(
      /^ledger\.xlsx: the zip archive is damaged: there is no ZIP64 end record at byte \d+, where its locator points$/,
    );
    expect(await refusal(zipOf(PARTS, { zip64End: true, locatorShift: 1000 }))).toMatch(
      /^ledger\.xlsx: the zip archive is damaged: its ZIP64 locator points to byte \d+, where no ZIP64 end record can be/,
    );
  });

  it('an end record and a ZIP64 end record that disagree', async () => {
    expect(await refusal(zipOf(PARTS, { zip64End: true, endCount: 3 }))).toMatch(
      /^ledger\.xlsx: the zip archive is damaged: its end record \(3 entries, .*\) and its ZIP64 end record \(\d+ entries, .*\) disagree$/,
    );
  });

  it('a ZIP64 count the directory does not hold (cut short), never a silent truncation', async () => {
    expect(await refusal(zipOf(PARTS, { zip64End: true, count64: PARTS.length + 1 }))).toBe(
      `ledger.xlsx: the zip archive is damaged: its directory holds ${PARTS.length} entries where its end record says ${PARTS.length + 1}`,
    );
  });

  it('an archive split across several files', async () => {
    expect(await refusal(zipOf(PARTS, { zip64End: true, disks: 2 }))).toMatch(
      /^ledger\.xlsx: the workbook is a ZIP64 archive split across several files .*, which cannot be read; open it in Excel or WPS and save it again as \.xlsx, or as CSV$/,
    );
    expect(await refusal(zipOf(PARTS, { diskOf: { name: 'xl/workbook.xml', disk: 1 } }))).toMatch(
      /^ledger\.xlsx: the workbook is a zip archive split across several files \(xl\/workbook\.xml is on disk 2\)/,
    );
  });

  it('a part declared (in its ZIP64 field) to inflate past 2 GiB is refused before any inflating', async () => {
    const sheet = PARTS.find((part) => part.name.startsWith('xl/worksheets/'))!.name;
    const message = await refusal(
      zipOf(PARTS, { zip64Entries: true, zip64End: true, declaredSize: { name: sheet, size: 5 * 2 ** 30 } }),
    );
    expect(message).toBe(
      `ledger.xlsx: ${sheet} is 5.0 GiB uncompressed; a part over 2 GiB is not read: save the sheet as CSV, or split it`,
    );
  });
});
