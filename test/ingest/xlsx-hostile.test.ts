import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { builtInCatalog, ingestXlsx } from '../../src/index.js';
import { readXlsxRows, type XlsxRow } from '../../src/internal.js';

/** A one-sheet workbook from the sheet's `<sheetData>` content and the shared strings' `<si>` items. */
function workbook(sheetData: string, sharedItems = ''): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    '_rels/.rels': strToU8(
      '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<workbook xmlns:r="r"><sheets><sheet name="2019" sheetId="1" r:id="rId1"/><sheet name="2018" sheetId="2" r:id="rId2"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${sheetData}</sheetData></worksheet>`),
    'xl/worksheets/sheet2.xml': strToU8(
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>second</t></is></c></row></sheetData></worksheet>',
    ),
    'xl/sharedStrings.xml': strToU8(`<sst>${sharedItems}</sst>`),
  });
}

async function rowsOf(bytes: Uint8Array, sheet?: string | number): Promise<XlsxRow[]> {
  const rows: XlsxRow[] = [];
  for await (const row of readXlsxRows(bytes, sheet === undefined ? {} : { sheet })) rows.push(row);
  return rows;
}

describe('workbooks written by hand, or to hurt', () => {
  it('unescapes an inline string once (`_x005F_x0041_` is the text `_x0041_`), as a shared string', async () => {
    const bytes = workbook(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>_x005F_x0041_</t></is></c><c r="B1" t="s"><v>0</v></c></row>',
      '<si><t>_x005F_x0041_</t></si>',
    );
    expect((await rowsOf(bytes))[0]!.cells).toEqual(['_x0041_', '_x0041_']);
  });

  it('a number cell no double holds is given as written (1e309, 1e-400), so it is quarantined as in a CSV, not read as Infinity or 0', async () => {
    const bytes = workbook(
      '<row r="1"><c r="A1"><v>1e309</v></c><c r="B1"><v> 1e-400 </v></c><c r="C1"><v>0e-400</v></c><c r="D1"><v>-1E+400</v></c><c r="E1"><v>2.5e-3</v></c></row>',
    );
    expect((await rowsOf(bytes))[0]!.cells).toEqual(['1e309', '1e-400', '0', '-1E+400', '0.0025']);
  });

  it('keeps the text after a self-closing phonetic run', async () => {
    const bytes = workbook(
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
      '<si><rPh sb="0" eb="1"/><t>after</t></si>',
    );
    expect((await rowsOf(bytes))[0]!.cells).toEqual(['after']);
  });

  it('an empty or non-numeric shared-string index is damage, not string 0; a non-decimal number is text', async () => {
    await expect(
      rowsOf(workbook('<row r="1"><c r="A1" t="s"><v></v></c></row>', '<si><t>zero</t></si>')),
    ).rejects.toThrow(/refers to shared string/);
    expect(
      (await rowsOf(workbook('<row r="1"><c r="A1"><v>0x1A</v></c><c r="B1"><v> </v></c></row>')))[0]!.cells,
    ).toEqual(['0x1A', '']);
  });

  it('--sheet 2019 is the sheet named "2019", not the 2019th; a number picks by position when no sheet has that name', async () => {
    const bytes = workbook('<row r="1"><c r="A1" t="inlineStr"><is><t>first</t></is></c></row>');
    expect((await rowsOf(bytes, 2019))[0]!.cells).toEqual(['first']);
    expect((await rowsOf(bytes, 2018))[0]!.cells).toEqual(['second']);
    expect((await rowsOf(bytes, 2))[0]!.cells).toEqual(['second']);
  });

  it('a stray cell at column XFD does not widen the rows a reader keeps past its header', async () => {
    const header = ['case_id', 'district', 'case_type', 'procedure', 'filed_on']
      .map((name, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${name}</t></is></c>`)
      .join('');
    const rows = Array.from(
      { length: 2000 },
      (_, i) =>
        `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>A${i}</t></is></c><c r="B${i + 2}" t="inlineStr"><is><t>黄浦区</t></is></c><c r="C${i + 2}" t="inlineStr"><is><t>民事</t></is></c><c r="D${i + 2}" t="inlineStr"><is><t>一审</t></is></c><c r="E${i + 2}" t="inlineStr"><is><t>2019-01-07</t></is></c><c r="XFD${i + 2}"><v>1</v></c></row>`,
    ).join('');
    const cases = builtInCatalog('court-case-quality').datasets[0]!;
    const fields = ['case_id', 'district', 'case_type', 'procedure', 'filed_on'];
    const before = process.memoryUsage().heapUsed;
    const { table } = await ingestXlsx(cases, workbook(`<row r="1">${header}</row>${rows}`), { fields });
    expect(table.quality).toEqual({ read: 2000, used: 2000, quarantined: 0, skipped: 0 });
    // 2,000 rows of 16,384 slots would be over 250 MB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(100 * 2 ** 20);
  });
});
