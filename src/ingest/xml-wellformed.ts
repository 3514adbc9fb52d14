/**
 * Whether a text is well-formed XML, and if not where and why: one root element, every tag closed in
 * order, attributes quoted and not repeated, `&` only as a reference, nothing but comments, processing
 * instructions and a DOCTYPE outside the root. Agreements are mostly text between few tags, so the
 * check jumps from `<` to `<` (and `&` to `&`) with indexOf instead of reading every character: a
 * character-by-character validator cost a ToTA batch scan about an eighth of its time.
 */

export interface XmlProblem {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
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

interface Open {
  name: string;
  at: number;
}

class NotWellFormed extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

/** The first problem that makes `xml` not well-formed, or undefined when it is well-formed. */
export function xmlProblem(xml: string): XmlProblem | undefined {
  try {
    check(xml);
    return undefined;
  } catch (error) {
    if (!(error instanceof NotWellFormed)) throw error;
    return { ...position(xml, error.at), message: error.message };
  }
}

function check(xml: string): void {
  const start = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open: Open[] = [];
  const ampersands = new Ampersands(xml);
  let rootSeen = false;
  let i = start;
  for (;;) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    checkText(xml, i, textEnd, open.length > 0, ampersands);
    if (lt < 0) break;
    if (xml.startsWith('<?', lt)) i = processingInstruction(xml, lt, start);
    else if (xml.startsWith('<!--', lt)) i = closeOf(xml, lt, '<!--'.length, '-->', 'a comment');
    else if (xml.startsWith('<![CDATA[', lt)) {
      if (open.length === 0) throw new NotWellFormed(lt, 'a CDATA section outside the root element');
      i = closeOf(xml, lt, '<![CDATA['.length, ']]>', 'a CDATA section');
    } else if (xml.startsWith('<!DOCTYPE', lt)) {
      if (rootSeen) throw new NotWellFormed(lt, 'a DOCTYPE after the root element');
      i = doctypeEnd(xml, lt);
    } else if (xml.startsWith('</', lt)) {
      END_TAG.lastIndex = lt;
      const m = END_TAG.exec(xml);
      if (!m) throw new NotWellFormed(lt, 'a closing tag that is not of the form </name>');
      const name = m[1] as string;
      const top = open.pop();
      if (!top) throw new NotWellFormed(lt, `closing tag </${name}> has no opening tag`);
      if (top.name !== name) throw new NotWellFormed(lt, `expected </${top.name}> (opened on line ${position(xml, top.at).line}) but found </${name}>`);
      i = END_TAG.lastIndex;
    } else {
      START_TAG.lastIndex = lt;
      const m = START_TAG.exec(xml);
      if (!m) throw new NotWellFormed(lt, tagProblem(xml, lt));
      if (open.length === 0 && rootSeen) throw new NotWellFormed(lt, `a second root element <${m[1]}>`);
      checkAttributes(m[2] as string, lt);
      rootSeen = true;
      if (m[3] !== '/') open.push({ name: m[1] as string, at: lt });
      i = START_TAG.lastIndex;
    }
  }
  const unclosed = open.pop();
  if (unclosed) throw new NotWellFormed(xml.length, `<${unclosed.name}> (line ${position(xml, unclosed.at).line}) is never closed: the file ends first`);
  if (!rootSeen) throw new NotWellFormed(xml.length, 'no root element');
}

/**
 * The '&'s of the document in order, found one indexOf at a time as the check moves forward: looking
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

/** Text between markup: inside the root, `&` only as a reference; outside it, nothing but blanks. */
function checkText(xml: string, from: number, to: number, insideRoot: boolean, ampersands: Ampersands): void {
  if (!insideRoot && from < to && /[^ \t\r\n]/.test(xml.slice(from, to))) {
    const at = from + xml.slice(from, to).search(/[^ \t\r\n]/);
    throw new NotWellFormed(at, 'text outside the root element');
  }
  const bare = ampersands.firstBare(from, to);
  if (bare >= 0) throw new NotWellFormed(bare, "a bare '&' (write &amp;)");
}

function checkAttributes(attributes: string, at: number): void {
  if (attributes.length === 0) return;
  const seen = new Set<string>();
  for (const m of attributes.matchAll(ATTRIBUTE_NAME)) {
    const name = m[1] as string;
    if (seen.has(name)) throw new NotWellFormed(at, `attribute '${name}' is repeated`);
    seen.add(name);
  }
  if (attributes.includes('&') && BAD_AMPERSAND.test(attributes)) throw new NotWellFormed(at, "a bare '&' in an attribute value (write &amp;)");
}

/** Why the tag at `lt` did not parse, in words. */
function tagProblem(xml: string, lt: number): string {
  const head = xml.slice(lt, lt + 200);
  if (!new RegExp(String.raw`^<${NAME}`, 'u').test(head)) return `'<' that starts no tag (write &lt; in text)`;
  const close = head.indexOf('>');
  if (close < 0) return 'a tag that is never closed with >';
  return 'a tag whose attributes are not of the form name="value"';
}

function processingInstruction(xml: string, lt: number, documentStart: number): number {
  PI_TARGET.lastIndex = lt;
  const target = PI_TARGET.exec(xml)?.[1] ?? '';
  if (target.toLowerCase() === 'xml' && lt !== documentStart) throw new NotWellFormed(lt, 'the XML declaration is allowed only at the start of the file');
  return closeOf(xml, lt, '<?'.length, '?>', 'a processing instruction');
}

/** The end of a construct opened at `lt` (its opening `skip` characters long) and closed by `close`. */
function closeOf(xml: string, lt: number, skip: number, close: string, what: string): number {
  const end = xml.indexOf(close, lt + skip);
  if (end < 0) throw new NotWellFormed(lt, `${what} that is never closed with ${close}`);
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
  throw new NotWellFormed(lt, 'a DOCTYPE that is never closed with >');
}

function position(xml: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let nl = xml.indexOf('\n'); nl >= 0 && nl < at; nl = xml.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: at - lineStart + 1 };
}
