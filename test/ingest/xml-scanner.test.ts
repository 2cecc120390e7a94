// The workbook reader's XML tokenizer: the same events however the text is cut into chunks, and
// work linear in the input when one text, tag, comment or CDATA section spans many chunks (it used
// to keep the unfinished tail and scan it again from its start on every chunk: quadratic).
import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XmlScanner, type XmlHandler } from '../../src/ingest/xlsx/xml-scanner.js';
import { parseNumber, readXlsxRows, type XlsxRow } from '../../src/internal.js';
import { isWholeNumberText } from '../../src/ingest/values/parse-number.js';

type XmlEvent = readonly ['open', string, string, boolean] | readonly ['close', string] | readonly ['text', string];

/** A handler that wants the text of `<t>` and `<v>`, as the sheet and shared-string readers do. */
function recorder(): { handler: XmlHandler; events: XmlEvent[] } {
  const events: XmlEvent[] = [];
  const handler: XmlHandler = {
    wantText: false,
    open(name, attributes, selfClosing) {
      events.push(['open', name, attributes, selfClosing]);
      handler.wantText = (name === 't' || name === 'v') && !selfClosing;
    },
    close(name) {
      events.push(['close', name]);
      handler.wantText = false;
    },
    text(text) {
      events.push(['text', text]);
    },
  };
  return { handler, events };
}

/** The events of `xml` pushed in chunks of the given sizes (cycled), or the error it ends in. */
function scan(xml: string, sizes: readonly number[]): { events: XmlEvent[]; error: string | null } {
  const { handler, events } = recorder();
  const scanner = new XmlScanner(handler, 'test.xlsx', 'xl/part.xml');
  try {
    for (let at = 0, k = 0; at < xml.length; k++) {
      const size = sizes[k % sizes.length]!;
      scanner.push(xml.slice(at, at + size));
      at += size;
    }
    scanner.end();
    return { events, error: null };
  } catch (error) {
    return { events, error: (error as Error).message };
  }
}

/** XML-ish text biased towards what makes chunk boundaries hard: entities, quotes holding `>`, comments, CDATA. */
const xmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<t>',
        '</t>',
        '<v>',
        '</v>',
        '<c r="A1" t="s">',
        "<c r='B>2'>",
        '<x:row r="3"/>',
        '</c>',
        '<t xml:space="preserve">',
        '<rPh/>',
      ),
      fc.constantFrom('&amp;', '&lt;', '&#x41;', '&#65;', '&bogus;', '&', ';', '黄浦区', ' ', '\n', '"', "'", '>'),
      fc.constantFrom(
        '<!-- a -- b -->',
        '<!---->',
        '<![CDATA[<x>&amp;]]]]>',
        '<?xml version="1.0"?>',
        '<? ?>',
        '<!-',
        '<![CDA',
        '<!DOCTYPE x>',
        '<',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('XmlScanner', () => {
  it('reports the same tags, text and errors whatever the chunking', () => {
    fc.assert(
      fc.property(xmlish, fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 5 }), (xml, sizes) => {
        expect(scan(xml, sizes)).toEqual(scan(xml, [xml.length + 1]));
      }),
      { seed: 20240601, numRuns: 2000 },
    );
  });

  it('holds only a few characters while text it does not want, a comment or an instruction runs on for megabytes', () => {
    const { handler, events } = recorder();
    const scanner = new XmlScanner(handler, 'test.xlsx', 'xl/part.xml');
    let most = 0;
    const run = (opening: string, piece: string, closing: string): void => {
      scanner.push(opening);
      for (let i = 0; i < 1024; i++) {
        scanner.push(piece);
        most = Math.max(most, scanner.buffered);
      }
      scanner.push(closing);
    };
    const piece = 'abc&amp;-?]'.repeat(400);
    run('<f>', piece, '</f>');
    run('<!--', piece, '-->');
    run('<?pi ', piece, '?>');
    run('<f><![CDATA[', piece, ']]></f>');
    scanner.end();
    // The carried opening (`<![CDATA[`) and the last characters a terminator may start in.
    expect(most).toBeLessThanOrEqual(11);
    expect(events.filter((event) => event[0] === 'text')).toEqual([]);
    expect(events.map((event) => event[1])).toEqual(['f', 'f', 'f', 'f']);
  });

  // 32 MiB in 4 KiB chunks: 8,192 pushes. Scanning the held text again on every push (the old
  // tokenizer) is ~137 GB of scanning and copying, minutes; linear work is well under a second.
  const HUGE = 32 * 2 ** 20;
  const CHUNK = 4096;
  function pushHuge(scanner: XmlScanner, opening: string, piece: string, closing: string): void {
    scanner.push(opening);
    for (let n = 0; n < HUGE; n += piece.length) scanner.push(piece);
    scanner.push(closing);
    scanner.end();
  }

  it('reads a 32 MiB cell text pushed in 4 KiB chunks, with an entity cut at every chunk boundary, in one piece', () => {
    const { handler, events } = recorder();
    // Every chunk boundary falls inside `&amp;`: it is decoded once the text is whole.
    const piece = `p;${'x'.repeat(CHUNK - 5)}&am`;
    const scanner = new XmlScanner(handler, 'test.xlsx', 'xl/sharedStrings.xml');
    pushHuge(scanner, '<si><t>&am', piece, 'p;</t></si>');
    const texts = events.filter((event) => event[0] === 'text').map((event) => event[1]);
    expect(texts).toHaveLength(1);
    const text = texts[0]!;
    const pieces = HUGE / CHUNK;
    expect(text.length).toBe(pieces * (CHUNK - 4) + 1);
    expect(text.split('&').length - 1).toBe(pieces + 1);
    expect(text.slice(CHUNK - 6, CHUNK - 2)).toBe('xx&x');
  }, 60_000);

  it('reads a 32 MiB attribute value and a 32 MiB CDATA section pushed in 4 KiB chunks', () => {
    const { handler, events } = recorder();
    const scanner = new XmlScanner(handler, 'test.xlsx', 'xl/part.xml');
    // Quoted `>`s, which do not end the tag.
    pushHuge(scanner, '<c r="', 'y>'.repeat(CHUNK / 2), '"/>');
    expect(events.map((event) => event.slice(0, 2))).toEqual([
      ['open', 'c'],
      ['close', 'c'],
    ]);
    const attributes = (events[0] as readonly [string, string, string, boolean])[2];
    expect(attributes.length).toBe(HUGE + 5);
    const cdata = recorder();
    pushHuge(new XmlScanner(cdata.handler, 'test.xlsx', 'xl/part.xml'), '<t><![CDATA[', ']'.repeat(CHUNK), ']]></t>');
    const texts = cdata.events.filter((event) => event[0] === 'text').map((event) => event[1]);
    expect(texts.map((text) => text.length)).toEqual([HUGE]);
    expect(/^\]*$/.test(texts[0]!)).toBe(true);
  }, 60_000);

  it('a 1,000,000-digit number cell followed by a letter is text, found without backtracking', async () => {
    // The number pattern `\d+\.?\d*` split a run of digits two ways and backtracked
    // quadratically on it (40,000 digits took 4 s; a million, about 45 minutes).
    const digits = '1'.repeat(1_000_000);
    const bytes = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8(
        '<workbook xmlns:r="r"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        `<worksheet><sheetData><row r="1"><c r="A1"><v>${digits}x</v></c><c r="B1"><v> 0.${digits}e3 </v></c></row></sheetData></worksheet>`,
      ),
    });
    const rows: XlsxRow[] = [];
    for await (const row of readXlsxRows(bytes)) rows.push(row);
    // The number as Excel holds it: 15 significant digits.
    expect(rows[0]!.cells).toEqual([`${digits}x`, '111.111111111111']);
  }, 60_000);
});

describe('long cells in the number parser', () => {
  it('a 1,000,000-character number-like text is read or refused in linear time', () => {
    // `\d+\.?\d*` and `/0+$/` backtracked quadratically on such text (40,000 characters: 7 s and 3 s).
    const digits = '1'.repeat(1_000_000);
    expect(parseNumber(`${digits}x`)).toBeUndefined();
    expect(parseNumber(`0.${digits}`)).toBeCloseTo(0.1111111111111111, 15);
    const zeros = '0'.repeat(1_000_000);
    expect(isWholeNumberText(`1.${zeros}1`)).toBe(false);
    expect(isWholeNumberText(`1${zeros}.${zeros}`)).toBe(true);
    expect(isWholeNumberText(`1${zeros}e-1000000`)).toBe(true);
    expect(isWholeNumberText(`1${zeros}e-1000001`)).toBe(false);
  }, 60_000);
});
