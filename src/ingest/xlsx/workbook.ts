import { readPart } from './read-part.js';
import { readRelationships } from './relationships.js';
import { attribute } from './xml-scanner.js';
import { xlsxError } from './xlsx-problems.js';
import type { ZipDirectory } from './zip-directory.js';

/** A sheet of the workbook, in workbook order. */
export interface WorkbookSheet {
  readonly name: string;
  /** The zip name of its part, e.g. `xl/worksheets/sheet1.xml`; `null` when the workbook names none. */
  readonly part: string | null;
  /** `worksheet`, `chartsheet`, `dialogsheet`, … */
  readonly kind: string;
}

/** What the workbook part says: its sheets, the date system, where shared strings and styles are. */
export interface Workbook {
  readonly sheets: readonly WorkbookSheet[];
  /** Serial 0 is 1904-01-01 (Mac Excel's old default) rather than 1900-01-00. */
  readonly date1904: boolean;
  readonly sharedStrings: string | null;
  readonly styles: string | null;
}

/** Office files a user may give by mistake, by the folder of their main part. */
const OTHER_OFFICE_FILES: readonly (readonly [folder: string, what: string])[] = [
  ['word/', 'a Word document'],
  ['ppt/', 'a PowerPoint file'],
];

/** ` (it is a Word document)` when the archive is another Office file, else nothing. */
function otherOfficeFile(zip: ZipDirectory): string {
  const names = [...zip.entries.keys()].map((name) => name.toLowerCase());
  const match = OTHER_OFFICE_FILES.find(([folder]) => names.some((name) => name.startsWith(folder)));
  return match === undefined ? '' : ` (it is ${match[1]})`;
}

/** Finds the workbook part (through `_rels/.rels`) and reads its sheet list and relationships. */
export async function readWorkbook(zip: ZipDirectory, source: string): Promise<Workbook> {
  const packageRels = await readRelationships(zip, '', source);
  const main = packageRels.find((rel) => rel.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
  const entry = zip.find(main) ?? zip.find('xl/workbook.xml');
  if (entry === undefined) {
    throw xlsxError(source, 'not_xlsx', `not an Excel workbook (.xlsx): no xl/workbook.xml${otherOfficeFile(zip)}`);
  }
  const named: { name: string; id: string | undefined }[] = [];
  let date1904 = false;
  await readPart(zip, entry, source, {
    wantText: false,
    open(name, attributes) {
      if (name === 'sheet') named.push({ name: attribute(attributes, 'name') ?? '', id: attribute(attributes, 'id') });
      else if (name === 'workbookPr') {
        const flag = attribute(attributes, 'date1904');
        date1904 = flag === '1' || flag === 'true';
      }
    },
    close() {},
    text() {},
  });
  const rels = await readRelationships(zip, entry.name, source);
  const byId = new Map(rels.map((rel) => [rel.id, rel]));
  const sheets = named.map(({ name, id }): WorkbookSheet => {
    const rel = id === undefined ? undefined : byId.get(id);
    return { name, part: rel?.target ?? null, kind: rel?.type ?? 'worksheet' };
  });
  return {
    sheets,
    date1904,
    sharedStrings: rels.find((rel) => rel.type === 'sharedStrings')?.target ?? null,
    styles: rels.find((rel) => rel.type === 'styles')?.target ?? null,
  };
}
