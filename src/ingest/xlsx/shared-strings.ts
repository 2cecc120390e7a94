import { readPart } from './read-part.js';
import type { XmlHandler } from './xml-scanner.js';
import { xlsxError } from './xlsx-problems.js';
import type { ZipDirectory } from './zip-directory.js';

/** Excel's escape for characters XML cannot hold: `_x000D_` is a carriage return, `_x005F_` an underscore. */
export function decodeExcelEscapes(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;
}

/**
 * Collects the text of a string item (`<si>` or `<is>`): its `<t>`, or its rich-text runs' `<t>`s
 * concatenated; phonetic guides (`<rPh>`, furigana) are not part of the value.
 */
export class StringItemText {
  private phonetic = 0;
  private inText = false;
  private value = '';

  /** Handles a tag inside the item; true if it wants the text that follows. */
  open(name: string, selfClosing: boolean): boolean {
    if (name === 'rPh') {
      if (!selfClosing) this.phonetic++;
    } else if (name === 't' && this.phonetic === 0 && !selfClosing) this.inText = true;
    return this.inText;
  }

  close(name: string): void {
    // The scanner also closes a self-closing `<rPh/>`, which opened nothing.
    if (name === 'rPh') this.phonetic = Math.max(0, this.phonetic - 1);
    else if (name === 't') this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.value += text;
  }

  /** The item's text, ready for the next item. */
  take(): string {
    const value = decodeExcelEscapes(this.value);
    this.value = '';
    this.phonetic = 0;
    this.inText = false;
    return value;
  }
}

/** More distinct strings than any sheet of Excel's 1,048,576 rows × a few dozen text columns holds. */
export const MAX_SHARED_STRINGS = 2 ** 25;

/** The shared-string table, in order. It is held whole: cells refer to it by index. */
export async function readSharedStrings(zip: ZipDirectory, part: string | null, source: string): Promise<string[]> {
  const strings: string[] = [];
  const entry = part === null ? zip.find('xl/sharedStrings.xml') : (zip.find(part) ?? zip.find('xl/sharedStrings.xml'));
  if (entry === undefined) return strings;
  const item = new StringItemText();
  let inItem = false;
  const handler: XmlHandler = {
    wantText: false,
    open(name, _attributes, selfClosing) {
      if (name === 'si') {
        inItem = true;
        if (selfClosing) handler.wantText = false;
      } else if (inItem) handler.wantText = item.open(name, selfClosing);
    },
    close(name) {
      if (name === 'si') {
        if (strings.length >= MAX_SHARED_STRINGS)
          throw xlsxError(
            source,
            'corrupt_xlsx',
            `${entry.name} holds more than ${MAX_SHARED_STRINGS} strings: the workbook is damaged or a decompression bomb; not read`,
          );
        strings.push(item.take());
        inItem = false;
      } else if (inItem) item.close(name);
      handler.wantText = false;
    },
    text(text) {
      item.text(text);
    },
  };
  await readPart(zip, entry, source, handler);
  return strings;
}
