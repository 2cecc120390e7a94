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
    if (
      localStart >= start &&
      (localStart === start || attributes.charCodeAt(localStart - 1) === 58) &&
      attributes.startsWith(name, localStart)
    ) {
      return decodeEntities(attributes.slice(valueStart, valueEnd));
    }
  }
  return undefined;
}

// What a push left unfinished at its end, so the next push resumes it where it stopped instead of
// scanning it again from its start (which made one long text, tag or comment quadratic).
/** Nothing. */
const NONE = 0;
/** Character data with no `<` after it yet. */
const TEXT = 1;
/** A start or end tag without its `>`. */
const TAG = 2;
/** `<` or `<!…`, too short to tell what it is (at most 8 characters). */
const MARKUP = 3;
const COMMENT = 4;
const CDATA = 5;
const INSTRUCTION = 6;

/** The opening and the end of the constructs held as an opening and a tail. */
const OPENING: readonly string[] = ['', '', '', '', '<!--', '<![CDATA[', '<?'];
const TERMINATOR: readonly string[] = ['', '', '', '', '-->', ']]>', '?>'];

/**
 * A streaming XML tokenizer for the parts of a workbook: `push` text in chunks of any size.
 * It reports tags and, on request, text; it expands no entities beyond XML's five and numeric
 * references, and refuses a DOCTYPE (so no entity tricks), runs no code.
 *
 * Work is linear in the input however the chunks fall: a construct that runs past the end of a
 * chunk (a 50 MB cell text, a long tag, comment or CDATA section) is carried as a list of pieces
 * plus where its scan stopped (the quote a tag is inside, the last characters of a comment), so
 * each character is scanned a bounded number of times and the pieces are joined once. Text the
 * handler does not want and the inside of comments and processing instructions are not kept at all.
 */
export class XmlScanner {
  private carry = NONE;
  /** The carried construct so far (for comments, instructions and unwanted CDATA: only its opening). */
  private held: string[] = [];
  private heldLength = 0;
  /** Whether `held` is the whole construct so far, not only its opening. */
  private holdAll = true;
  /** COMMENT, CDATA, INSTRUCTION: the last characters before the chunk, which a terminator may start in. */
  private tail = '';
  /** TAG: the quote (`"` or `'`) the carried tag ends inside; 0 when none. */
  private quote = 0;
  /** TEXT that was not kept: whether it held more than white space (the part is then cut short). */
  private droppedText = false;

  constructor(
    private readonly handler: XmlHandler,
    private readonly source: string,
    private readonly part: string,
  ) {}

  /** Characters held between pushes: a carried text the handler wants, tag or CDATA section, else a few. */
  get buffered(): number {
    return this.heldLength + this.tail.length;
  }

  push(chunk: string): void {
    if (chunk.length === 0) return;
    if (this.carry === NONE) this.scan(chunk, 0);
    else this.resume(chunk);
  }

  end(): void {
    const unfinished =
      this.carry === TEXT
        ? this.droppedText || this.held.some((piece) => piece.trim().length > 0)
        : this.carry !== NONE;
    this.release();
    if (unfinished)
      throw xlsxError(
        this.source,
        'corrupt_xlsx',
        `${this.part}: the XML ends inside a tag; the file is cut short or damaged`,
      );
  }

  private scan(text: string, from: number): void {
    const n = text.length;
    const handler = this.handler;
    let i = from;
    for (;;) {
      const lt = text.indexOf('<', i);
      if (lt < 0) {
        if (i < n) this.carryText(text.slice(i));
        return;
      }
      if (handler.wantText && lt > i) handler.text(decodeEntities(text.slice(i, lt)));
      if (lt + 1 >= n) return this.hold(MARKUP, text.slice(lt), true);
      const next = text.charCodeAt(lt + 1);
      if (next === BANG || next === QUESTION) {
        const end = this.special(text, lt);
        if (end < 0) return this.carrySpecial(text, lt);
        i = end;
        continue;
      }
      const j = this.tagEnd(text, lt + 1, 0);
      if (j < 0) return this.hold(TAG, text.slice(lt), true);
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
  }

  /** Continues the carried construct with the next chunk: only the chunk is scanned for its end. */
  private resume(chunk: string): void {
    switch (this.carry) {
      case TEXT: {
        const lt = chunk.indexOf('<');
        if (lt < 0) {
          if (this.holdAll) this.add(chunk);
          else if (!this.droppedText && chunk.trim().length > 0) this.droppedText = true;
          return;
        }
        // The text is whole now (an entity cut between chunks is joined again): decoded once.
        if (this.holdAll) this.handler.text(decodeEntities(this.release() + chunk.slice(0, lt)));
        else this.release();
        this.scan(chunk, lt);
        return;
      }
      case TAG: {
        if (this.tagEnd(chunk, 0, this.quote) < 0) {
          this.add(chunk);
          return;
        }
        this.scan(this.release() + chunk, 0);
        return;
      }
      case MARKUP:
        this.scan(this.release() + chunk, 0);
        return;
      default: {
        const terminator = TERMINATOR[this.carry]!;
        const probe = this.tail + chunk;
        if (!probe.includes(terminator)) {
          if (this.holdAll) this.add(chunk);
          this.tail = probe.slice(-(terminator.length - 1));
          return;
        }
        // Held whole, the construct ends with the tail already; held as its opening, the tail follows it.
        const opening = this.holdAll ? this.release() : this.release() + probe.slice(0, probe.length - chunk.length);
        this.scan(opening + chunk, 0);
      }
    }
  }

  /** Text with no tag after it yet (it may be cut mid-entity): held when the handler wants it. */
  private carryText(text: string): void {
    this.hold(TEXT, text, this.handler.wantText);
    if (!this.holdAll) this.droppedText = text.trim().length > 0;
  }

  /** An unfinished `<!--`, `<![CDATA[`, `<?` or `<!…` at `lt`. */
  private carrySpecial(text: string, lt: number): void {
    const kind = text.startsWith('<!--', lt)
      ? COMMENT
      : text.startsWith('<![CDATA[', lt)
        ? CDATA
        : text.charCodeAt(lt + 1) === QUESTION
          ? INSTRUCTION
          : MARKUP;
    if (kind === MARKUP) return this.hold(MARKUP, text.slice(lt), true);
    const opening = OPENING[kind]!;
    // Only a CDATA section the handler wants is text to keep.
    const all = kind === CDATA && this.handler.wantText;
    this.hold(kind, all ? text.slice(lt) : opening, all);
    this.tail = text.slice(Math.max(lt + opening.length, text.length - (TERMINATOR[kind]!.length - 1)));
  }

  private hold(kind: number, text: string, all: boolean): void {
    this.carry = kind;
    this.holdAll = all;
    this.held = all || kind !== TEXT ? [text] : [];
    this.heldLength = this.held.length === 0 ? 0 : text.length;
  }

  private add(chunk: string): void {
    this.held.push(chunk);
    this.heldLength += chunk.length;
  }

  /** The held text, joined once; the scanner then carries nothing. */
  private release(): string {
    const text = this.held.length === 1 ? this.held[0]! : this.held.join('');
    this.carry = NONE;
    this.held = [];
    this.heldLength = 0;
    this.tail = '';
    this.quote = 0;
    this.droppedText = false;
    return text;
  }

  /**
   * The index of the `>` that ends a tag, scanning from `from` (inside `quote` when it is not 0)
   * and skipping quoted attribute values (they may hold `>`); -1 when the text ends first, with
   * the quote the text ends inside kept in `this.quote`.
   */
  private tagEnd(text: string, from: number, quote: number): number {
    const n = text.length;
    let j = from;
    if (quote !== 0) {
      const close = text.indexOf(quote === QUOTE ? '"' : "'", j);
      if (close < 0) return -1;
      j = close + 1;
    }
    while (j < n) {
      const code = text.charCodeAt(j);
      if (code === GT) return j;
      if (code === QUOTE || code === APOSTROPHE) {
        const close = text.indexOf(code === QUOTE ? '"' : "'", j + 1);
        if (close < 0) {
          this.quote = code;
          return -1;
        }
        j = close + 1;
      } else j++;
    }
    this.quote = 0;
    return -1;
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
    // Nine characters tell `<!DOCTYPE` and `<![CDATA[` from anything else; the message quotes
    // just those, so it is the same wherever the chunks were cut.
    if (text.length - lt < 9) return -1;
    if (text.startsWith('<!DOCTYPE', lt))
      throw xlsxError(this.source, 'corrupt_xlsx', `${this.part}: a DOCTYPE is not allowed in a workbook part`);
    throw xlsxError(this.source, 'corrupt_xlsx', `${this.part}: malformed XML near "${text.slice(lt, lt + 9)}"`);
  }
}

function localName(text: string, start: number, end: number): string {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  for (let i = e - 1; i >= start; i--) if (text.charCodeAt(i) === 58) return text.slice(i + 1, e);
  return text.slice(start, e);
}
