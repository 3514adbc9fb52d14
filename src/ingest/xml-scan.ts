/**
 * XML read in one pass that checks well-formedness as it goes and hands each piece to a handler: one
 * root element, every tag closed in order, attributes quoted and not repeated, `&` only as a
 * reference, nothing but comments, processing instructions and a DOCTYPE outside the root. Agreements
 * are mostly text between few tags, so the scan jumps from `<` to `<` (and `&` to `&`) with indexOf
 * instead of reading every character: a character-by-character reader cost a ToTA batch scan about an
 * eighth of its time. The ToTA reader and the Word reader both read through it; each decodes the
 * references of the text it keeps, since their rules for that differ.
 */

/** What the scan reports, in document order. A handler may throw to stop the scan. */
export interface XmlHandler {
  /** A start tag; `attributes` is the source between the name and the end (with its leading blank; '' when none). An empty element (`<a/>`) gives `open` with `empty` and no `close`. */
  open(name: string, attributes: string, empty: boolean): void;
  close(name: string): void;
  /** Character data inside the root as written, references not decoded: `xml.slice(from, to)`, never empty. */
  text(from: number, to: number): void;
  /** The content of a CDATA section, as written. */
  cdata(content: string): void;
  /** A processing instruction (the XML declaration included): what stands between `<?` and `?>`. */
  instruction(content: string): void;
  /** A DOCTYPE declaration (the scan passes over it). */
  doctype(): void;
}

export interface XmlProblem {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
}

/** How the elements fail to nest, when that is the problem: the Word reader words these its own way. */
export type NestingProblem =
  | { kind: 'unopened'; found: string }
  | { kind: 'mismatched'; found: string; expected: string }
  | { kind: 'unclosed'; expected: string };

/** Why and where (`at`, an index into the text) the text is not well-formed. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly at: number,
    message: string,
    readonly nesting?: NestingProblem,
  ) {
    super(message);
  }
}

const NAME = String.raw`[\p{L}_:][\p{L}\p{M}\p{N}_.:\-\u00B7\u203F\u2040]*`;
/** XML's own whitespace: space, tab, CR, LF (not \s, which also takes no-break and ideographic spaces). */
const S = '[ \\t\\r\\n]';
const QUOTED = String.raw`(?:"[^"<]*"|'[^'<]*')`;
const START_TAG = new RegExp(String.raw`<(${NAME})((?:${S}+${NAME}${S}*=${S}*${QUOTED})*)${S}*(/?)>`, 'uy');
const END_TAG = new RegExp(String.raw`</(${NAME})${S}*>`, 'uy');
/** Inside a start tag START_TAG has already checked: a name is what stands before each '=' outside quotes. */
const ATTRIBUTE_NAME = /([^ \t\r\n=]+)[ \t\r\n]*=[ \t\r\n]*(?:"[^"]*"|'[^']*')/g;
const REFERENCE = /&(?:[A-Za-z_:][\w.:-]*|#[0-9]+|#x[0-9a-fA-F]+);/y;
const BAD_AMPERSAND = /&(?!(?:[A-Za-z_:][\w.:-]*|#[0-9]+|#x[0-9a-fA-F]+);)/;
const PI_TARGET = /<\?([^\s?]*)/y;
/** Searched from a place onwards (not sticky): the next character that is not XML whitespace. */
const NOT_BLANK = /[^ \t\r\n]/g;

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const QUESTION = 63; // ?
const BANG = 33; // !
const EQUALS = 61; // =
const DOUBLE_QUOTE = 34; // "
const SINGLE_QUOTE = 39; // '
const AMPERSAND = 38; // &

/** Reads `xml` from start to end, calling `handler` for each piece; throws XmlSyntaxError at the first place that is not well-formed. */
export function scanXml(xml: string, handler: XmlHandler): void {
  const start = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  // The elements open, innermost last: each one's name and where its start tag is (for messages), in two
  // stacks rather than an object for each element.
  const openNames: string[] = [];
  const openAts: number[] = [];
  const ampersands = new Ampersands(xml);
  let rootSeen = false;
  let i = start;
  for (;;) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (i < textEnd) {
      if (openNames.length > 0) {
        const bare = ampersands.firstBare(i, textEnd);
        if (bare >= 0) throw new XmlSyntaxError(bare, "a bare '&' (write &amp;)");
        handler.text(i, textEnd);
      } else checkOutside(xml, i, textEnd);
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === QUESTION) {
      i = processingInstruction(xml, lt, start, handler);
    } else if (next === BANG && xml.startsWith('<!--', lt)) {
      i = closeOf(xml, lt, '<!--'.length, '-->', 'a comment');
    } else if (next === BANG && xml.startsWith('<![CDATA[', lt)) {
      if (openNames.length === 0) throw new XmlSyntaxError(lt, 'a CDATA section outside the root element');
      i = closeOf(xml, lt, '<![CDATA['.length, ']]>', 'a CDATA section');
      handler.cdata(xml.slice(lt + '<![CDATA['.length, i - ']]>'.length));
    } else if (next === BANG && xml.startsWith('<!DOCTYPE', lt)) {
      if (rootSeen) throw new XmlSyntaxError(lt, 'a DOCTYPE after the root element');
      i = doctypeEnd(xml, lt);
      handler.doctype();
    } else if (next === SLASH) {
      // Most end tags close the innermost element by its name as written, without blanks: compared in
      // place, and handed on as the same string its start tag gave.
      const innermost = openNames[openNames.length - 1];
      const end = innermost === undefined ? -1 : lt + 2 + innermost.length;
      if (innermost !== undefined && xml.charCodeAt(end) === GT && xml.startsWith(innermost, lt + 2)) {
        openNames.pop();
        openAts.pop();
        i = end + 1;
        handler.close(innermost);
        continue;
      }
      const quick = quickEndTag(xml, lt);
      const m = quick < 0 ? execAt(END_TAG, xml, lt) : null;
      if (quick < 0 && !m) throw new XmlSyntaxError(lt, 'a closing tag that is not of the form </name>');
      const name = m ? (m[1] as string) : xml.slice(lt + 2, quick);
      if (innermost === undefined) throw new XmlSyntaxError(lt, `closing tag </${name}> has no opening tag`, { kind: 'unopened', found: name });
      if (innermost !== name) {
        throw new XmlSyntaxError(lt, `expected </${innermost}> (opened on line ${position(xml, openAts.at(-1)!).line}) but found </${name}>`, { kind: 'mismatched', found: name, expected: innermost });
      }
      openNames.pop();
      openAts.pop();
      i = m ? lt + m[0].length : xml.indexOf('>', quick) + 1;
      handler.close(name);
    } else {
      if (!readQuickStartTag(xml, lt)) readStartTag(xml, lt);
      const tag = START_TAG_READ;
      if (openNames.length === 0 && rootSeen) throw new XmlSyntaxError(lt, `a second root element <${tag.name}>`);
      if (!tag.checked) checkAttributes(tag.attributes, lt);
      rootSeen = true;
      if (!tag.empty) {
        openNames.push(tag.name);
        openAts.push(lt);
      }
      i = tag.end;
      handler.open(tag.name, tag.attributes, tag.empty);
    }
  }
  const unclosed = openNames.at(-1);
  if (unclosed !== undefined) {
    throw new XmlSyntaxError(xml.length, `<${unclosed}> (line ${position(xml, openAts.at(-1)!).line}) is never closed: the file ends first`, { kind: 'unclosed', expected: unclosed });
  }
  if (!rootSeen) throw new XmlSyntaxError(xml.length, 'no root element');
}

const IGNORE: XmlHandler = { open() {}, close() {}, text() {}, cdata() {}, instruction() {}, doctype() {} };

/** The first problem that makes `xml` not well-formed, or undefined when it is well-formed. */
export function xmlProblem(xml: string): XmlProblem | undefined {
  try {
    scanXml(xml, IGNORE);
    return undefined;
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return { ...position(xml, error.at), message: error.message };
  }
}

/** A start tag as read. */
interface StartTag {
  name: string;
  attributes: string;
  empty: boolean;
  /** Just after its '>'. */
  end: number;
  /** Whether its attributes are known not to repeat and to hold only references after '&'. */
  checked: boolean;
}

/**
 * The start tag last read, by readQuickStartTag or readStartTag: one for the module, as the scan is
 * synchronous. TurboFan inlines no function in this process (see tuneV8), so an object returned for each
 * tag was always made; without it and without an object for each open element (the two stacks of
 * scanXml), the XML of the ToTA corpus is scanned in a sixth less time.
 */
const START_TAG_READ: StartTag = { name: '', attributes: '', empty: false, end: 0, checked: false };

function setStartTag(name: string, attributes: string, empty: boolean, end: number, checked: boolean): void {
  START_TAG_READ.name = name;
  START_TAG_READ.attributes = attributes;
  START_TAG_READ.empty = empty;
  START_TAG_READ.end = end;
  START_TAG_READ.checked = checked;
}

/** Reads the start tag at `lt` by the full expression into START_TAG_READ, or throws XmlSyntaxError saying what is wrong with it. */
function readStartTag(xml: string, lt: number): void {
  const m = execAt(START_TAG, xml, lt);
  if (!m) throw new XmlSyntaxError(lt, tagProblem(xml, lt));
  setStartTag(m[1] as string, m[2] as string, m[3] === '/', lt + m[0].length, false);
}

/**
 * The classes of ASCII characters the quick readers below test, one bit each, read from a table where
 * they stand instead of through a function: TurboFan inlines no function in this process (see tuneV8),
 * and a call for each character of every tag was most of the cost of reading a Word part's tags. A
 * character from U+0080 up, or past the end (NaN), is in none (the table reads undefined, which is 0 to `&`).
 */
const NAME_START = 1; // a-z A-Z _ :
const NAME_CHAR = 2; // a name's start characters, and 0-9 - .
const BLANK = 4; // space, tab, line feed, carriage return
const ASCII_CLASSES = ((): Uint8Array => {
  const classes = new Uint8Array(128);
  const mark = (characters: string, bits: number) => {
    for (const c of characters) classes[c.charCodeAt(0)]! |= bits;
  };
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  mark(`${letters}${letters.toUpperCase()}_:`, NAME_START | NAME_CHAR);
  mark('0123456789-.', NAME_CHAR);
  mark(' \t\n\r', BLANK);
  return classes;
})();

/** Where one attribute of a start tag lies in its attribute source: its name, and its value inside the quotes (undecoded). */
export interface AttributeSpan {
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * The first attribute at or after `from` in a start tag's attribute source as the scan hands it over
 * (its form checked: blanks, a name, '=', a quoted value), written into `span`; false when none is
 * left. The next one is looked for from `span.valueEnd + 1`. Found with indexOf, many times cheaper than
 * a regular expression over the source: each '=' outside quotes follows a name.
 */
export function nextAttribute(source: string, from: number, span: AttributeSpan): boolean {
  const equals = source.indexOf('=', from);
  if (equals < 0) return false;
  let nameStart = from;
  while ((ASCII_CLASSES[source.charCodeAt(nameStart)]! & BLANK) !== 0) nameStart++;
  let nameEnd = nameStart;
  while (nameEnd < equals && (ASCII_CLASSES[source.charCodeAt(nameEnd)]! & BLANK) === 0) nameEnd++;
  let open = equals + 1;
  while ((ASCII_CLASSES[source.charCodeAt(open)]! & BLANK) !== 0) open++;
  span.nameStart = nameStart;
  span.nameEnd = nameEnd;
  span.valueStart = open + 1;
  span.valueEnd = source.indexOf(source[open] as string, open + 1);
  return true;
}

/**
 * Reads the start tag at `lt` character by character into START_TAG_READ, for the common case of ASCII
 * names: a Word part is mostly tags with attributes, and this is several times faster than START_TAG
 * and checkAttributes. False for anything else, well-formed or not, which START_TAG then reads or words.
 */
function readQuickStartTag(xml: string, lt: number): boolean {
  let i = lt + 1;
  if ((ASCII_CLASSES[xml.charCodeAt(i)]! & NAME_START) === 0) return false;
  while ((ASCII_CLASSES[xml.charCodeAt(++i)]! & NAME_CHAR) !== 0);
  const nameEnd = i;
  let attributes = 0;
  for (;;) {
    const blankStart = i;
    while ((ASCII_CLASSES[xml.charCodeAt(i)]! & BLANK) !== 0) i++;
    const c = xml.charCodeAt(i);
    const empty = c === SLASH;
    if (c === GT || (empty && xml.charCodeAt(i + 1) === GT)) {
      setStartTag(xml.slice(lt + 1, nameEnd), xml.slice(nameEnd, blankStart), empty, i + (empty ? 2 : 1), true);
      return true;
    }
    if (i === blankStart || (ASCII_CLASSES[c]! & NAME_START) === 0) return false;
    const nameStart = i;
    while ((ASCII_CLASSES[xml.charCodeAt(++i)]! & NAME_CHAR) !== 0);
    if (repeatsName(xml, nameStart, i, attributes)) return false;
    ATTRIBUTE_STARTS[attributes] = nameStart;
    ATTRIBUTE_ENDS[attributes++] = i;
    while ((ASCII_CLASSES[xml.charCodeAt(i)]! & BLANK) !== 0) i++;
    if (xml.charCodeAt(i) !== EQUALS) return false;
    while ((ASCII_CLASSES[xml.charCodeAt(++i)]! & BLANK) !== 0);
    const quote = xml.charCodeAt(i);
    if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return false;
    for (i++; xml.charCodeAt(i) !== quote; i++) {
      const v = xml.charCodeAt(i);
      if (v === LT || Number.isNaN(v)) return false;
      if (v === AMPERSAND && !execAt(REFERENCE, xml, i)) return false;
    }
    i++;
  }
}

/**
 * Where the names of the attributes of the start tag readQuickStartTag reads begin and end, for the check
 * that none repeats, compared in place (a name cut out of the tag for each attribute was most of what
 * reading a ToTA agreement's tags allocated): one pair for the module, as the scan is synchronous.
 */
const ATTRIBUTE_STARTS: number[] = [];
const ATTRIBUTE_ENDS: number[] = [];

/** Whether `xml[start, end)` is the name of one of the first `count` attributes recorded in ATTRIBUTE_STARTS and ATTRIBUTE_ENDS. */
function repeatsName(xml: string, start: number, end: number, count: number): boolean {
  const length = end - start;
  for (let k = 0; k < count; k++) {
    const other = ATTRIBUTE_STARTS[k]!;
    if (ATTRIBUTE_ENDS[k]! - other !== length) continue;
    let i = 0;
    while (i < length && xml.charCodeAt(start + i) === xml.charCodeAt(other + i)) i++;
    if (i === length) return true;
  }
  return false;
}

/** Where the name of the end tag at `lt` ends, when the name is ASCII and the tag well-formed; -1 otherwise. */
function quickEndTag(xml: string, lt: number): number {
  let i = lt + 2;
  if ((ASCII_CLASSES[xml.charCodeAt(i)]! & NAME_START) === 0) return -1;
  while ((ASCII_CLASSES[xml.charCodeAt(++i)]! & NAME_CHAR) !== 0);
  const nameEnd = i;
  while ((ASCII_CLASSES[xml.charCodeAt(i)]! & BLANK) !== 0) i++;
  return xml.charCodeAt(i) === GT ? nameEnd : -1;
}

function execAt(pattern: RegExp, xml: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(xml);
}

/**
 * The '&'s of the document in order, found one indexOf at a time as the scan moves forward: looking
 * afresh from each text segment would read to the next '&' however far away, again and again.
 */
class Ampersands {
  private next: number;

  constructor(private readonly xml: string) {
    this.next = xml.indexOf('&');
  }

  /** The first '&' in [from, to) that starts no reference, or -1; those before `from` (inside markup) are passed over. */
  firstBare(from: number, to: number): number {
    for (; this.next >= 0 && this.next < to; this.next = this.xml.indexOf('&', this.next + 1)) {
      if (this.next < from) continue;
      REFERENCE.lastIndex = this.next;
      if (!REFERENCE.test(this.xml)) return this.next;
    }
    return -1;
  }
}

/** Text outside the root: nothing but blanks. */
function checkOutside(xml: string, from: number, to: number): void {
  const other = execAt(NOT_BLANK, xml, from);
  if (other && other.index < to) throw new XmlSyntaxError(other.index, 'text outside the root element');
}

function checkAttributes(attributes: string, at: number): void {
  if (attributes.length === 0) return;
  // Every attribute has its '=' (and a value may hold more): with a single '=' no name can repeat.
  if (attributes.indexOf('=') !== attributes.lastIndexOf('=')) {
    const names: string[] = [];
    ATTRIBUTE_NAME.lastIndex = 0;
    for (let m = ATTRIBUTE_NAME.exec(attributes); m; m = ATTRIBUTE_NAME.exec(attributes)) {
      const name = m[1] as string;
      if (names.includes(name)) throw new XmlSyntaxError(at, `attribute '${name}' is repeated`);
      names.push(name);
    }
  }
  if (attributes.includes('&') && BAD_AMPERSAND.test(attributes)) throw new XmlSyntaxError(at, "a bare '&' in an attribute value (write &amp;)");
}

/** Why the tag at `lt` did not parse, in words. */
function tagProblem(xml: string, lt: number): string {
  const head = xml.slice(lt, lt + 200);
  if (!new RegExp(String.raw`^<${NAME}`, 'u').test(head)) return `'<' that starts no tag (write &lt; in text)`;
  const close = head.indexOf('>');
  if (close < 0) return 'a tag that is never closed with >';
  return 'a tag whose attributes are not of the form name="value"';
}

function processingInstruction(xml: string, lt: number, documentStart: number, handler: XmlHandler): number {
  const target = execAt(PI_TARGET, xml, lt)?.[1] ?? '';
  if (target.toLowerCase() === 'xml' && lt !== documentStart) throw new XmlSyntaxError(lt, 'the XML declaration is allowed only at the start of the file');
  const end = closeOf(xml, lt, '<?'.length, '?>', 'a processing instruction');
  handler.instruction(xml.slice(lt + '<?'.length, end - '?>'.length));
  return end;
}

/** The end of a construct opened at `lt` (its opening `skip` characters long) and closed by `close`. */
function closeOf(xml: string, lt: number, skip: number, close: string, what: string): number {
  const end = xml.indexOf(close, lt + skip);
  if (end < 0) throw new XmlSyntaxError(lt, `${what} that is never closed with ${close}`);
  return end + close.length;
}

/**
 * The end of `<!DOCTYPE … [ … ]>`: the first `>` outside quoted strings and outside the internal
 * subset, whose own declarations, quoted strings and comments may hold `]` and `>`.
 */
function doctypeEnd(xml: string, lt: number): number {
  let inSubset = false;
  for (let i = lt + '<!DOCTYPE'.length; i < xml.length; i++) {
    const c = xml[i];
    if (c === '"' || c === "'") {
      const close = xml.indexOf(c, i + 1);
      if (close < 0) break;
      i = close;
    } else if (inSubset && xml.startsWith('<!--', i)) {
      i = closeOf(xml, i, '<!--'.length, '-->', 'a comment') - 1;
    } else if (c === '[') inSubset = true;
    else if (c === ']' && inSubset) inSubset = false;
    else if (c === '>' && !inSubset) return i + 1;
  }
  throw new XmlSyntaxError(lt, 'a DOCTYPE that is never closed with >');
}

/** The 1-based line and column of index `at`. */
export function position(xml: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let nl = xml.indexOf('\n'); nl >= 0 && nl < at; nl = xml.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: at - lineStart + 1 };
}
