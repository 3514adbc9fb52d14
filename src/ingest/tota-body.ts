import type { TotaArticle, TotaChapter } from './tota-xml.js';
import { decodeXmlReferences } from './xml-references.js';
import { nextAttribute, type AttributeSpan, type XmlHandler } from './xml-scan.js';

/**
 * The `<body>` of a ToTA file read straight into its chapters and articles as the scan meets them,
 * without first building the generic values of every element (an object, its attributes, its text)
 * only to read a few fields from each: that cost the reading of the corpus's 31,000 articles about a
 * third of its XML parse. Each field is read as the generic reading reads it (attributes and text
 * trimmed, references decoded, line ends as LF), for the layout every ToTA body has: `<chapter>`
 * elements holding `<article>` elements, with the attributes ToTA gives them and text only in the
 * articles. Anything else found in the body (another element, text between the elements, a CDATA
 * section, another attribute) ends the reading with TotaBodyUnusual, and the caller reads the whole
 * document the generic way, which decides what such a body means.
 */
export class TotaBodyReader implements XmlHandler {
  readonly chapters: TotaChapter[] = [];
  /** Open elements: 1 inside the body, 2 inside a chapter, 3 inside an article. */
  private depth = 0;
  private chapter: TotaChapter | undefined;
  private article: TotaArticle | undefined;
  /** The article's raw text so far, line ends already LF (see the generic reading's stretches). */
  private pending = '';

  constructor(
    private readonly xml: string,
    private readonly xml11: boolean,
  ) {}

  open(name: string, attributes: string, empty: boolean): void {
    if (this.depth === 0 && name === 'body' && attributes === '') {
      if (!empty) this.depth = 1;
    } else if (this.depth === 1 && name === 'chapter') {
      const chapter = this.printed(attributes, 'chapter_identifier') as TotaChapter;
      chapter.articles = [];
      this.chapters.push(chapter);
      if (!empty) (this.chapter = chapter), (this.depth = 2);
    } else if (this.depth === 2 && name === 'article') {
      const article = this.printed(attributes, 'article_identifier') as TotaArticle;
      article.text = '';
      this.chapter!.articles.push(article);
      if (!empty) (this.article = article), (this.depth = 3);
    } else throw new TotaBodyUnusual();
  }

  close(): void {
    if (this.depth === 3) {
      const trimmed = this.pending.trim();
      if (trimmed) this.article!.text = decodeXmlReferences(trimmed, this.xml11);
      this.pending = '';
      this.article = undefined;
    } else if (this.depth === 2) this.chapter = undefined;
    this.depth--;
  }

  text(from: number, to: number): void {
    if (this.depth === 3) {
      const raw = this.xml.slice(from, to);
      this.pending += raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
    } else if (!isBlank(this.xml, from, to)) throw new TotaBodyUnusual();
  }

  cdata(): void {
    throw new TotaBodyUnusual();
  }

  instruction(): void {
    throw new TotaBodyUnusual();
  }

  doctype(): void {
    throw new TotaBodyUnusual();
  }

  /**
   * The printed number and name and the identifier (named `idName`) of a chapter or an article from its
   * start tag's attributes, set field by field in the record's order (V8 builds an object from
   * conditional spreads several times slower); empty ones are left out, the identifier then ''.
   */
  private printed(source: string, idName: string): { number?: string; name?: string; id: string } {
    let number: string | undefined;
    let name: string | undefined;
    let id = '';
    for (let from = 0; nextAttribute(source, from, SPAN); from = SPAN.valueEnd + 1) {
      const value = this.attributeValue(source.slice(SPAN.valueStart, SPAN.valueEnd));
      if (isName(source, SPAN, 'number')) number = value;
      else if (isName(source, SPAN, 'name')) name = value;
      else if (isName(source, SPAN, idName)) id = value ?? '';
      else throw new TotaBodyUnusual();
    }
    const fields = {} as { number?: string; name?: string; id: string };
    if (number) fields.number = number;
    if (name) fields.name = name;
    fields.id = id;
    return fields;
  }

  /** An attribute's value as the generic reading gives it, then trimmed again as the ToTA fields are; undefined when empty. */
  private attributeValue(raw: string): string | undefined {
    const value = decodeXmlReferences((raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw).trim(), this.xml11).trim();
    return value || undefined;
  }
}

/** The body holds something other than chapters of articles as ToTA lays them out: read the document the generic way. */
export class TotaBodyUnusual extends Error {}

/** Whether the attribute at `span` of `source` is named `name` (compared in place: 60,000 names a corpus). */
function isName(source: string, span: AttributeSpan, name: string): boolean {
  return span.nameEnd - span.nameStart === name.length && source.startsWith(name, span.nameStart);
}

/** Whether `xml[from, to)` is blank as trim() sees it: XML's own blanks read in place, anything else asked of trim(). */
function isBlank(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return xml.slice(i, to).trim() === '';
  }
  return true;
}

/** Where printed() reads each attribute: one for the module, as the reading is synchronous. */
const SPAN: AttributeSpan = { nameStart: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };
