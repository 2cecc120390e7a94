// The dashboard's compute worker reads a fetched file or a `File` with `readCsvStream`: for the same
// bytes it must give what `readDatasetFile` gives a CSV file (table, columns, quarantine, quality,
// encoding), however the stream delivers them, and the same error. The worker's own glue (a
// response's body as chunks) is `responseBytes`, run here on a real `Response`.
import { isAscii, isUtf8 } from 'node:buffer';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../src/index.js';
import { readCsvStream, type CsvStreamOptions } from '../../src/internal.js';
import { UTF8_LOOPS } from '../../src/ingest/utf8-check.js';
import { readDatasetFile } from '../../src/node/index.js';
import { responseBytes } from '../../widgets/lawgauge-dashboard/response-bytes.js';

const dataset = builtInCatalog('procuratorate').datasets[0]!;
const dir = mkdtempSync(join(tmpdir(), 'lawgauge-stream-'));
const HEADER = 'accepted_on,district,arrest_review,prosecution_review,extra_steps\n';
const MIB = 1 << 20;

const gb18030 = (text: string): Buffer => {
  // Node's TextEncoder writes only UTF-8: the GBK bytes of the few characters used here.
  const table: Record<string, number[]> = {
    黄: [0xbb, 0xc6],
    浦: [0xc6, 0xd6],
    区: [0xc7, 0xf8],
    徐: [0xd0, 0xec],
    汇: [0xbb, 0xe3],
    受: [0xca, 0xdc],
    理: [0xc0, 0xed],
    日: [0xc8, 0xd5],
    期: [0xc6, 0xda],
  };
  return Buffer.from([...text].flatMap((char) => table[char] ?? [char.charCodeAt(0)]));
};

/** The bytes handed over in pieces of the given sizes, round and round (a fetch's chunks). */
function pieces(bytes: Uint8Array, sizes: readonly number[]): () => AsyncIterable<Uint8Array> {
  return async function* () {
    let at = 0;
    for (let k = 0; at < bytes.length; k++) {
      const size = sizes[k % sizes.length]!;
      // A fresh copy each time, as a stream's chunks are.
      yield bytes.slice(at, at + size);
      at += size;
    }
  };
}

type Outcome = { readonly read: unknown } | { readonly error: unknown };

async function outcome(read: () => Promise<{ table: unknown; columns: unknown; encoding: string }>): Promise<Outcome> {
  try {
    const { table, columns, encoding } = await read();
    return { read: { table, columns, encoding } };
  } catch (error) {
    return { error };
  }
}

/** The file read by `readDatasetFile` and by `readCsvStream` fed in each way; all must agree. */
async function expectSameAsNode(
  name: string,
  bytes: Buffer,
  ways: readonly { sizes: readonly number[]; chunkBytes?: number }[],
): Promise<Outcome> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const node = await outcome(() => readDatasetFile(path, { dataset, threads: 0 }));
  for (const { sizes, chunkBytes } of ways) {
    const options: CsvStreamOptions = {
      source: path,
      total: bytes.length,
      ...(chunkBytes === undefined ? {} : { chunkBytes }),
    };
    const stream = await outcome(() => readCsvStream(dataset, pieces(bytes, sizes), options));
    expect(stream, `pieces ${sizes.join('/')}, chunks of ${chunkBytes ?? MIB}`).toEqual(node);
  }
  return node;
}

/** ASCII rows, `count` of them, each `2019-01-DD,Dn,1,0,k`. */
function asciiRows(count: number): string {
  const rows: string[] = [];
  for (let i = 0; i < count; i++)
    rows.push(`2019-01-${String((i % 28) + 1).padStart(2, '0')},D${i % 16},1,0,${i % 4}\n`);
  return rows.join('');
}

/** Small files read through chunks of every awkward size, and in Node's 1 MiB chunks from pieces of any size. */
const SMALL_WAYS = [
  { sizes: [1] },
  { sizes: [7, 3, 65_536] },
  { sizes: [1], chunkBytes: 1 },
  { sizes: [5], chunkBytes: 2 },
  { sizes: [64], chunkBytes: 3 },
  { sizes: [11, 2], chunkBytes: 13 },
];

describe('readCsvStream gives what readDatasetFile gives', () => {
  it('UTF-8 with a BOM, Chinese text, quoted commas and line breaks, CRLFs, a blank row and a footer', async () => {
    const text =
      `\uFEFF受理日期,district,arrest_review,prosecution_review,extra_steps\r\n` +
      `2019-01-05,"黄浦区, 南",1,0,0\r\n` +
      `2019-01-06,"徐汇""区""\n第二行",1,0,1\r\n` +
      `\r\n` +
      `2019-01-07,徐汇区,0,1,2\n` +
      `2019-01-08,黄浦区,0,1\n` +
      `合计,,1,2,3\n`;
    const node = await expectSameAsNode('utf8.csv', Buffer.from(text), SMALL_WAYS);
    expect(node).toMatchObject({ read: { encoding: 'utf-8' } });
  });

  it('a stray byte in UTF-8: the row is quarantined with the offset in the file', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}2019-01-05,黄浦区,1,0,0\n2019-01-06,黄浦区`),
      Buffer.from([0xff]),
      Buffer.from(',1,0,1\n2019-01-07,徐汇区,0,1,2\n'),
    ]);
    const node = await expectSameAsNode('stray.csv', bytes, SMALL_WAYS);
    expect(node).toMatchObject({ read: { table: { quality: { read: 3, used: 2, quarantined: 1 } } } });
  });

  it('GB18030 (a GBK header and rows)', async () => {
    const bytes = gb18030(
      `受理日期,district,arrest_review,prosecution_review,extra_steps\n` +
        `2019-01-05,"黄浦区,浦",1,0,0\n2019-01-06,"徐汇\n区",1,0,1\n2019-01-07,黄浦区,0,1,2\n2019-01-08,汇区,1,1,1\n`,
    );
    // Whole chunks only: a GBK chunk of two bytes can be valid UTF-8 by chance, which Node's
    // 1 MiB chunks never show for this file, and the rule counts it (utf8-check.ts).
    const node = await expectSameAsNode('gbk.csv', bytes, [
      { sizes: [1] },
      { sizes: [3, 5] },
      { sizes: [9], chunkBytes: 40 },
    ]);
    expect(node).toMatchObject({ read: { encoding: 'gb18030' } });
  });

  it('GB18030 ending in a four-byte sequence broken across chunks, the last chunk one byte', async () => {
    // `90 30` begins a four-byte sequence and `7E` breaks it: U+FFFD, then `0~` read again, as a
    // decoder of the whole file reads it (Node's streaming decoder threw on a last chunk of one byte).
    const bytes = Buffer.concat([
      gb18030(
        `受理日期,arrest_review,prosecution_review,extra_steps,district\n` +
          `2019-01-05,1,0,0,"黄浦区,浦"\n2019-01-06,1,0,1,"徐汇\n区"\n2019-01-07,0,1,2,黄浦区\n2019-01-08,0,1,2,`,
      ),
      Buffer.from([0x41, 0x80, 0x90, 0x30, 0x7e]),
    ]);
    const node = await expectSameAsNode('gbk-broken-end.csv', bytes, [
      { sizes: [1], chunkBytes: bytes.length - 1 },
      { sizes: [3, 5], chunkBytes: bytes.length - 1 },
      { sizes: [9], chunkBytes: bytes.length - 2 },
    ]);
    // The broken sequence is not GB18030: its row is quarantined, named by the offset of `90`.
    expect(node).toMatchObject({
      read: {
        encoding: 'gb18030',
        table: {
          quality: { read: 4, used: 3, quarantined: 1 },
          quarantine: [
            { row: 4, params: { where: 'row', offset: bytes.length - 3, byte: 0x90, count: 1, encoding: 'gb18030' } },
          ],
        },
      },
    });
  });

  it('a 1 MiB chunk boundary inside a multi-byte character inside a quoted field (UTF-8)', async () => {
    const head = `${HEADER}${asciiRows(40_000)}`;
    const opening = '2019-01-09,"黄';
    // An `x` row fills up to the boundary, so that it falls after 浦's first byte.
    const fill = MIB - 1 - Buffer.byteLength(head + '2019-01-09,,1,0,0\n' + opening);
    expect(fill).toBeGreaterThan(0);
    const text = `${head}2019-01-09,${'x'.repeat(fill)},1,0,0\n${opening}浦\n区,南",1,0,0\n${asciiRows(100)}`;
    const bytes = Buffer.from(text);
    expect(bytes.subarray(MIB - 1, MIB + 2)).toEqual(Buffer.from('浦'));
    await expectSameAsNode('boundary-utf8.csv', bytes, [{ sizes: [65_536] }, { sizes: [MIB + 1, 7] }]);
  });

  it('GB18030 found only after the first MiB: read again from the start, as Node does', async () => {
    const ascii = asciiRows(60_000);
    const rows = Array.from({ length: 400 }, (_, i) => `2019-02-0${(i % 9) + 1},"黄浦区,${i}",1,0,${i % 4}\n`).join('');
    const bytes = Buffer.concat([Buffer.from(`${HEADER}${ascii}`), gb18030(rows)]);
    expect(bytes.length).toBeGreaterThan(MIB);
    const node = await expectSameAsNode('late-gbk.csv', bytes, [{ sizes: [65_536] }, { sizes: [999_999, 3] }]);
    expect(node).toMatchObject({ read: { encoding: 'gb18030' } });
  });

  it('GB18030 found late over a Response: the first body is cancelled and the file fetched again', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `2019-02-0${(i % 9) + 1},"黄浦区,${i}",1,0,${i % 4}\n`).join('');
    // Rows after the GB18030 ones, so that the first read stops with the body unfinished.
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}${asciiRows(60_000)}`),
      gb18030(rows),
      Buffer.from(asciiRows(60_000)),
    ]);
    const path = join(dir, 'late-gbk-response.csv');
    writeFileSync(path, bytes);
    const node = await readDatasetFile(path, { dataset, threads: 0 });
    let fetches = 0;
    let cancelled = 0;
    const respond = (): Response => {
      fetches++;
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= bytes.length) return controller.close();
          controller.enqueue(new Uint8Array(bytes.subarray(sent, sent + 65_536)));
          sent += 65_536;
        },
        cancel() {
          cancelled++;
        },
      });
      return new Response(body);
    };
    const read = await readCsvStream(
      dataset,
      responseBytes(() => Promise.resolve(respond()), respond()),
      {
        source: path,
      },
    );
    expect(read.encoding).toBe('gb18030');
    expect({ fetches, cancelled }).toEqual({ fetches: 2, cancelled: 1 });
    expect({ table: read.table, columns: read.columns }).toEqual({ table: node.table, columns: node.columns });
  });

  it('the same error: a header holding a byte that is not UTF-8, and an empty file', async () => {
    const bad = Buffer.concat([
      Buffer.from('accepted_on,distr'),
      Buffer.from([0xff]),
      Buffer.from('ict\n2019-01-05,D,1,0,0\n'),
    ]);
    expect(await expectSameAsNode('bad-header.csv', bad, SMALL_WAYS)).toHaveProperty('error');
    expect(await expectSameAsNode('empty.csv', Buffer.alloc(0), [{ sizes: [1] }])).toHaveProperty('error');
  });

  it("the worker's glue reads a Response body (a fetch of a URL or of a File's blob: URL)", async () => {
    const text = `${HEADER}2019-01-05,"黄浦区, 南",1,0,0\n2019-01-06,徐汇区,1,0,1\n`;
    const path = join(dir, 'response.csv');
    writeFileSync(path, text);
    const node = await readDatasetFile(path, { dataset, threads: 0 });
    const response = (): Promise<Response> => Promise.resolve(new Response(new Blob([text])));
    const read = await readCsvStream(dataset, responseBytes(response), { source: path });
    expect({ table: read.table, columns: read.columns }).toEqual({ table: node.table, columns: node.columns });
  });
});

describe("the browser's whole-chunk UTF-8 checks", () => {
  it("agree with Node's native isUtf8 and isAscii on any bytes", () => {
    // Text of every width (ASCII, CJK, astral) with bytes replaced, cut or inserted: the edges of valid UTF-8.
    const nearUtf8 = fc
      .tuple(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
        fc.nat(),
      )
      .map(([text, edits, cut]) => {
        const bytes = [...Buffer.from(text)];
        for (const [at, byte] of edits) if (bytes.length > 0) bytes[at % bytes.length] = byte;
        return new Uint8Array(bytes.slice(0, bytes.length === 0 ? 0 : bytes.length - (cut % 2)));
      });
    // Short runs of the bytes where UTF-8's ranges change (overlongs, surrogates, past U+10FFFF).
    const EDGES = [
      0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4,
      0xf5, 0xff,
    ];
    const edgeBytes = fc.array(fc.constantFrom(...EDGES), { maxLength: 8 }).map((bytes) => new Uint8Array(bytes));
    fc.assert(
      fc.property(fc.oneof(nearUtf8, fc.uint8Array({ maxLength: 16 }), edgeBytes), (bytes) => {
        expect(UTF8_LOOPS.isUtf8(bytes)).toBe(isUtf8(bytes));
        expect(UTF8_LOOPS.isAscii(bytes)).toBe(isAscii(bytes));
      }),
      { numRuns: 5000 },
    );
  });
});
