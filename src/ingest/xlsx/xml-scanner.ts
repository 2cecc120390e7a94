import { xlsxError } from './xlsx-problems.js';

/** What a {@link XmlScanner} reports. Names are local: a namespace prefix (`x:c`) is dropped. */
export interface XmlHandler {
  /** Set by the handler while it wants the text before the next tag. */
  wantText: boolean;
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data with entities decoded; only while the scanner's `wantText` is set. */
  text(text: string): void;
}

const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const QUOTE = 34;
const APOSTROPHE = 39;

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and numeric references; unknown ones are kept as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body.charCodeAt(0) === 35) {
      const code = body.charCodeAt(1) === 120 ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body]! : whole;
  });
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** The value of the attribute with this local name (any prefix), entities decoded; `undefined` when absent. */
export function attribute(attributes: string, name: string): string | undefined {
  const n = attributes.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(attributes.charCodeAt(i))) i++;
    const start = i;
    while (i < n && attributes.charCodeAt(i) !== 61 && !isSpace(attributes.charCodeAt(i))) i++;
    const nameEnd = i;
    while (i < n && attributes.charCodeAt(i) !== QUOTE && attributes.charCodeAt(i) !== APOSTROPHE) i++;
    if (i >= n) return undefined;
    const quote = attributes.charCodeAt(i);
    const valueStart = i + 1;
    const valueEnd = attributes.indexOf(quote === QUOTE ? '"' : "'", valueStart);
    if (valueEnd < 0) return undefined;
    i = valueEnd + 1;
    const length = name.length;
    const localStart = nameEnd - length;
    if (localStart >= start && (localStart === start || attributes.charCodeAt(localStart - 1) === 58) && attributes.startsWith(name, localStart)) {
      return decodeEntities(attributes.slice(valueStart, valueEnd));
    }
  }
  return undefined;
}

/**
 * A streaming XML tokenizer for the parts of a workbook: `push` text in chunks of any size.
 * It reports tags and, on request, text; it expands no entities beyond XML's five and numeric
 * references, and refuses a DOCTYPE (so no entity tricks), runs no code, and keeps only the
 * unfinished tail of a chunk between pushes.
 */
export class XmlScanner {
  private rest = '';

  constructor(
    private readonly handler: XmlHandler,
    private readonly source: string,
    private readonly part: string,
  ) {}

  push(chunk: string): void {
    const text = this.rest.length === 0 ? chunk : this.rest + chunk;
    const n = text.length;
    const handler = this.handler;
    let i = 0;
    for (;;) {
      const lt = text.indexOf('<', i);
      if (lt < 0) break;
      if (handler.wantText && lt > i) handler.text(decodeEntities(text.slice(i, lt)));
      const next = text.charCodeAt(lt + 1);
      if (lt + 1 >= n) {
        i = lt;
        break;
      }
      if (next === BANG || next === QUESTION) {
        const end = this.special(text, lt);
        if (end < 0) {
          i = lt;
          break;
        }
        i = end;
        continue;
      }
      // Find the tag's end, skipping quoted attribute values (they may hold `>`).
      let j = lt + 1;
      while (j < n) {
        const code = text.charCodeAt(j);
        if (code === GT) break;
        if (code === QUOTE || code === APOSTROPHE) {
          const close = text.indexOf(code === QUOTE ? '"' : "'", j + 1);
          if (close < 0) {
            j = n;
            break;
          }
          j = close + 1;
        } else j++;
      }
      if (j >= n) {
        i = lt;
        break;
      }
      if (next === SLASH) {
        handler.close(localName(text, lt + 2, j));
      } else {
        let nameEnd = lt + 1;
        while (nameEnd < j && !isSpace(text.charCodeAt(nameEnd)) && text.charCodeAt(nameEnd) !== SLASH) nameEnd++;
        const selfClosing = text.charCodeAt(j - 1) === SLASH;
        const name = localName(text, lt + 1, nameEnd);
        handler.open(name, nameEnd < j ? text.slice(nameEnd, selfClosing ? j - 1 : j) : '', selfClosing);
        if (selfClosing) handler.close(name);
      }
      i = j + 1;
    }
    // An unfinished tag, or text with no tag after it yet (it may be cut mid-entity): kept for the next push.
    this.rest = i < n ? text.slice(i) : '';
  }

  /** `<!-- -->`, `<![CDATA[ ]]>`, `<? ?>`: the index after it, or -1 if it is not complete yet. */
  private special(text: string, lt: number): number {
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.handler.wantText) this.handler.text(text.slice(lt + 9, end));
      return end + 3;
    }
    if (text.charCodeAt(lt + 1) === QUESTION) {
      const end = text.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (text.length - lt < 9) return -1;
    if (text.startsWith('<!DOCTYPE', lt)) throw xlsxError(this.source, 'corrupt_xlsx', `${this.part}: a DOCTYPE is not allowed in a workbook part`);
    throw xlsxError(this.source, 'corrupt_xlsx', `${this.part}: malformed XML near "${text.slice(lt, lt + 20)}"`);
  }

  end(): void {
    if (this.rest.trim().length > 0) throw xlsxError(this.source, 'corrupt_xlsx', `${this.part}: the XML ends inside a tag; the file is cut short or damaged`);
    this.rest = '';
  }
}

function localName(text: string, start: number, end: number): string {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  for (let i = e - 1; i >= start; i--) if (text.charCodeAt(i) === 58) return text.slice(i + 1, e);
  return text.slice(start, e);
}
