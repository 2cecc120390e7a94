// A minimal .xlsx (ECMA-376) writer for tests and benchmarks: shared and inline strings, rich
// text, numbers, booleans, errors, formulas with cached results, dates as serial numbers with a
// date number format, the 1900 or 1904 date system. The sheet XML is built as string chunks and
// deflated as it goes, so a million rows never become one giant string or object graph.
import { Zip, ZipDeflate, strToU8 } from 'fflate';

/** A cell: text (a shared string unless `sharedStrings: false`), number, boolean, or a tagged value. */
export type XlsxCellValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | { readonly inline: string }
  | { readonly rich: readonly string[] }
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`, written as a serial in the workbook's date system. */
  | { readonly date: string; readonly format?: string }
  /** A raw serial number with a date format (e.g. 60 for Excel's 1900-02-29). */
  | { readonly serial: number; readonly format?: string }
  | { readonly error: string }
  /** A number cell whose `<v>` is written as given: `1e309` or `1e-400`, which no double holds. */
  | { readonly numberText: string }
  | { readonly formula: string; readonly value: string | number };

/** A row: its cells from column A, or with an explicit 1-based row number. */
export type XlsxRowInput =
  readonly XlsxCellValue[] | { readonly row: number; readonly cells: readonly XlsxCellValue[] };

export interface XlsxSheetInput {
  readonly name: string;
  readonly rows: Iterable<XlsxRowInput>;
}

export interface WriteXlsxOptions {
  /** Use the 1904 date system (`<workbookPr date1904="1"/>`). */
  readonly date1904?: boolean;
  /** Write plain strings to the shared-string table (default) or inline. */
  readonly sharedStrings?: boolean;
  /** Write `r="B5"` cell and row references (default); without them, readers count positions. */
  readonly references?: boolean;
  /** Deflate level 0–9; default 6. */
  readonly level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';
const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const CHUNK = 1 << 16;

// Characters XML 1.0 cannot hold (and CR, which XML turns into LF) are written as Excel's _xHHHH_.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\r]|[\u0000-\u0008\u000b\u000c\u000e-\u001f]|_x[0-9A-Fa-f]{4}_/;
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&<>"]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\r]|_(?=x[0-9A-Fa-f]{4}_)/g;

function escapeXml(text: string): string {
  return NEEDS_ESCAPE.test(text)
    ? text.replace(ESCAPED, (c) => {
        if (c === '&') return '&amp;';
        if (c === '<') return '&lt;';
        if (c === '>') return '&gt;';
        if (c === '"') return '&quot;';
        if (c === '_') return '_x005F_';
        return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
      })
    : text;
}

function textElement(text: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${space}>${escapeXml(text)}</t>`;
}

/** `A`, `B`, …, `Z`, `AA`, … for a 0-based column. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The serial number of a `YYYY-MM-DD[THH:MM[:SS]]` text in the 1900 or 1904 date system. */
export function excelSerial(text: string, date1904 = false): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (match === null) throw new Error(`write-xlsx: not a date: ${text}`);
  const day = dayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
  const seconds = Number(match[4] ?? 0) * 3600 + Number(match[5] ?? 0) * 60 + Number(match[6] ?? 0);
  let serial = date1904 ? day - dayNumber(1904, 1, 1) : day - dayNumber(1899, 12, 30);
  // Excel's 1900 system counts a 1900-02-29 that never was: dates before March 1900 are one less.
  if (!date1904 && serial < 61) serial -= 1;
  return serial + seconds / 86400;
}

/** Writes a workbook; `sink` receives the .xlsx bytes in order. */
export function streamXlsx(
  sheets: readonly XlsxSheetInput[],
  options: WriteXlsxOptions,
  sink: (chunk: Uint8Array) => void,
): void {
  const level = options.level ?? 6;
  const useShared = options.sharedStrings ?? true;
  const references = options.references ?? true;
  const date1904 = options.date1904 ?? false;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error !== null) failure = error;
    else sink(chunk);
  });
  const addFile = (name: string, text: string): void => {
    const file = new ZipDeflate(name, { level });
    zip.add(file);
    file.push(strToU8(text), true);
  };

  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const sharedOf = (xml: string): number => {
    let index = sharedIndex.get(xml);
    if (index === undefined) {
      index = shared.length;
      shared.push(xml);
      sharedIndex.set(xml, index);
    }
    return index;
  };
  // Style 0 is General; date formats get a custom numFmt (164+) and a cellXfs entry each.
  const formats: string[] = [];
  const styleOf = (format: string): number => {
    let index = formats.indexOf(format);
    if (index < 0) index = formats.push(format) - 1;
    return index + 1;
  };

  const cellXml = (ref: string, value: XlsxCellValue): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') {
      return useShared
        ? `<c${ref} t="s"><v>${sharedOf(`<si>${textElement(value)}</si>`)}</v></c>`
        : `<c${ref} t="inlineStr"><is>${textElement(value)}</is></c>`;
    }
    if (typeof value === 'number') return `<c${ref}><v>${String(value)}</v></c>`;
    if (typeof value === 'boolean') return `<c${ref} t="b"><v>${value ? 1 : 0}</v></c>`;
    if ('inline' in value) return `<c${ref} t="inlineStr"><is>${textElement(value.inline)}</is></c>`;
    if ('rich' in value) {
      const runs = value.rich
        .map((run, i) => `<r>${i % 2 === 1 ? '<rPr><b/></rPr>' : ''}${textElement(run)}</r>`)
        .join('');
      return `<c${ref} t="s"><v>${sharedOf(`<si>${runs}<rPh sb="0" eb="1"><t>ヨミ</t></rPh></si>`)}</v></c>`;
    }
    if ('date' in value) {
      const style = styleOf(value.format ?? (value.date.includes('T') ? DATETIME_FORMAT : DEFAULT_DATE_FORMAT));
      return `<c${ref} s="${style}"><v>${String(excelSerial(value.date, date1904))}</v></c>`;
    }
    if ('serial' in value)
      return `<c${ref} s="${styleOf(value.format ?? DEFAULT_DATE_FORMAT)}"><v>${String(value.serial)}</v></c>`;
    if ('error' in value) return `<c${ref} t="e"><v>${escapeXml(value.error)}</v></c>`;
    if ('numberText' in value) return `<c${ref}><v>${escapeXml(value.numberText)}</v></c>`;
    const cached =
      typeof value.value === 'number' ? `<v>${String(value.value)}</v>` : `<v>${escapeXml(value.value)}</v>`;
    return `<c${ref}${typeof value.value === 'number' ? '' : ' t="str"'}><f>${escapeXml(value.formula)}</f>${cached}</c>`;
  };

  sheets.forEach((sheet, index) => {
    const file = new ZipDeflate(`xl/worksheets/sheet${index + 1}.xml`, { level });
    zip.add(file);
    let buffer =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>';
    let next = 1;
    for (const input of sheet.rows) {
      const explicit = !Array.isArray(input) && 'row' in input;
      const rowNumber = explicit ? (input as { row: number }).row : next;
      const cells = explicit
        ? (input as { cells: readonly XlsxCellValue[] }).cells
        : (input as readonly XlsxCellValue[]);
      next = rowNumber + 1;
      buffer += references || explicit ? `<row r="${rowNumber}">` : '<row>';
      for (let column = 0; column < cells.length; column++) {
        buffer += cellXml(references ? ` r="${columnName(column)}${rowNumber}"` : '', cells[column]);
      }
      buffer += '</row>';
      if (buffer.length >= CHUNK) {
        file.push(strToU8(buffer));
        buffer = '';
      }
    }
    file.push(strToU8(`${buffer}</sheetData></worksheet>`), true);
  });

  const sheetEntries = sheets
    .map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  addFile(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheetEntries}</sheets></workbook>`,
  );
  const rel = (id: string, type: string, target: string): string =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const n = sheets.length;
  addFile(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => rel(`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`)).join('')}${rel(`rId${n + 1}`, 'styles', 'styles.xml')}${useShared || shared.length > 0 ? rel(`rId${n + 2}`, 'sharedStrings', 'sharedStrings.xml') : ''}</Relationships>`,
  );
  const numFmts = formats.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(code)}"/>`).join('');
  const xfs = formats
    .map((_, i) => `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)
    .join('');
  addFile(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${formats.length > 0 ? `<numFmts count="${formats.length}">${numFmts}</numFmts>` : ''}<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${formats.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs}</cellXfs></styleSheet>`,
  );
  if (useShared || shared.length > 0) {
    // Excel writes the shared strings after the sheets; so does this writer.
    const file = new ZipDeflate('xl/sharedStrings.xml', { level });
    zip.add(file);
    let buffer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="${shared.length}">`;
    for (const item of shared) {
      buffer += item;
      if (buffer.length >= CHUNK) {
        file.push(strToU8(buffer));
        buffer = '';
      }
    }
    file.push(strToU8(`${buffer}</sst>`), true);
  }
  addFile(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  addFile(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.end();
  if (failure !== null) throw failure;
}

/** Writes a workbook into one byte array. */
export function writeXlsx(sheets: readonly XlsxSheetInput[], options: WriteXlsxOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  streamXlsx(sheets, options, (chunk) => chunks.push(chunk));
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
