import { UserError } from '../errors.js';
import type { AgreementMeta } from '../model.js';
import { DOCTYPE_REFUSED } from './tota-reader.js';
import { TotaBodyReader, TotaBodyUnusual } from './tota-body.js';
import { endsEarly, wholeUpToLast } from './xml-cut-short.js';
import { position, XmlSyntaxError, type XmlHandler } from './xml-scan.js';
import { readXmlValues, type XmlValueOptions, type XmlValues } from './xml-values.js';

/** One `<article>` of a ToTA file; `number` and `name` exactly as the attributes print them ("ARTICLE 14.4"). */
export interface TotaArticle {
  number?: string;
  name?: string;
  /** `article_identifier` */
  id: string;
  text: string;
}

/** One `<chapter>`; `number` and `name` as printed ("CHAPTER 3", "Preamble"). */
export interface TotaChapter {
  number?: string;
  name?: string;
  /** `chapter_identifier` */
  id: string;
  articles: TotaArticle[];
}

/** A ToTA agreement as a plain tree; `meta.extra` holds every other `<meta>` field (language, region, …). */
export interface TotaTree {
  meta: AgreementMeta;
  chapters: TotaChapter[];
  /** Where the file ended, when it ended inside the agreement (cut short): the tree holds the articles whole before. */
  cutShort?: { line: number; column: number; bodyWhole: boolean };
}

/** What follows the last article when the body is closed: the end of its chapter, then of the body. */
const BODY_CLOSED = /^\s*(?:<\/chapter\s*>\s*)?<\/body\s*>/;

/** Deeper than this is not an agreement (ToTA nests about six levels). */
const MAX_DEPTH = 100;

const ARRAYS = new Set(['chapter', 'article', 'partyisocode', 'source', 'related_agreement_wto_id']);

type XmlNode = Record<string, unknown>;

/**
 * Parses ToTA XML into a plain tree. A file cut short (a download that stopped) is read up to its last
 * whole article, and the tree says where the file ended. Throws UserError(message, source) for
 * malformed XML or another root element.
 */
export function parseTotaXml(xml: string, source: string): TotaTree {
  try {
    return parseTree(xml, source);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    if (!endsEarly(xml, error)) throw notWellFormed(xml, error, source);
    const whole = wholeUpToLast(xml, 'article');
    const end = position(xml, xml.length);
    if (!whole) throw new UserError(`is cut short: it ends at line ${end.line}, column ${end.column}, before its first whole article: nothing to read`, source);
    try {
      // Cut in the closing tags after the body's end: the agreement is whole.
      const bodyWhole = BODY_CLOSED.test(xml.slice(whole.keptTo));
      return { ...parseTree(whole.xml, source), cutShort: { ...end, bodyWhole } };
    } catch (again) {
      throw again instanceof XmlSyntaxError ? notWellFormed(xml, error, source) : again;
    }
  }
}

/** The tree of well-formed ToTA XML; throws XmlSyntaxError where it is not well-formed. */
function parseTree(xml: string, source: string): TotaTree {
  const body = readWithBodyReader(xml);
  const read = body?.read ?? readValues(xml, undefined);
  const rootAt = xml.search(/<[A-Za-z_]/);
  if (read.doctype || /<!DOCTYPE/i.test(rootAt < 0 ? xml : xml.slice(0, rootAt))) throw new UserError(DOCTYPE_REFUSED, source);
  if (read.refusal?.kind === 'too-deep') throw new UserError(`is nested more than ${MAX_DEPTH} elements deep, which no agreement is`, source);
  if (read.refusal) throw new UserError(`cannot be parsed as XML (it uses the name "${read.refusal.name}", which culturescan does not read)`, source);
  if (read.root !== 'treaty') throw new UserError(`is not a ToTA agreement (its root element is <${read.root || 'nothing'}>, expected <treaty>)`, source);
  const treaty = asNode(read.value);
  return { meta: readMeta(asNode(treaty.meta)), chapters: body?.chapters ?? asList(asNode(treaty.body).chapter).map(readChapter) };
}

function notWellFormed(xml: string, error: XmlSyntaxError, source: string): UserError {
  const { line, column } = position(xml, error.at);
  return new UserError(`is not well-formed XML (line ${line}, column ${column}: ${error.message})`, source);
}

/**
 * The document read with the root's first `<body>` taken by TotaBodyReader; undefined when that body
 * is not laid out as ToTA's are, or when the rest of the document could give the body another
 * meaning (a second body, a root with no other content or with a `body` attribute): the caller then
 * reads it the generic way.
 */
function readWithBodyReader(xml: string): { read: XmlValues; chapters?: TotaChapter[] } | undefined {
  let body: TotaBodyReader | undefined;
  let second = false;
  const divert = (name: string, depth: number, xml11: boolean): XmlHandler | undefined => {
    if (name !== 'body' || depth !== 1) return undefined;
    if (body) second = true;
    return (body ??= new TotaBodyReader(xml, xml11));
  };
  let read: XmlValues;
  try {
    read = readValues(xml, divert);
  } catch (error) {
    if (error instanceof TotaBodyUnusual) return undefined;
    throw error;
  }
  if (!body) return { read }; // nothing was diverted: the generic reading
  const root = read.value;
  if (second || !root || typeof root !== 'object' || Array.isArray(root) || Object.hasOwn(root, 'body')) return undefined;
  return { read, chapters: body.chapters };
}

function readValues(xml: string, divert: XmlValueOptions['divert']): XmlValues {
  return readXmlValues(xml, { arrays: ARRAYS, maxDepth: MAX_DEPTH, ...(divert ? { divert } : {}) });
}

function readChapter(node: XmlNode): TotaChapter {
  const chapter = printed(node) as TotaChapter;
  chapter.id = attribute(node, 'chapter_identifier') ?? '';
  chapter.articles = asList(node.article).map(readArticle);
  return chapter;
}

function readArticle(node: XmlNode): TotaArticle {
  const article = printed(node) as TotaArticle;
  article.id = attribute(node, 'article_identifier') ?? '';
  article.text = textOf(node);
  return article;
}

const META_FIELDS: Record<string, keyof AgreementMeta> = {
  name: 'name',
  type: 'type',
  status: 'status',
  date_signed: 'dateSigned',
  date_into_force: 'dateInForce',
};

const partyCodes = (value: unknown): string[] => asList(asNode(value).partyisocode).map(textOf).filter(Boolean);

function readMeta(node: XmlNode): AgreementMeta {
  const meta: AgreementMeta = {};
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(node)) {
    const field = META_FIELDS[key];
    const text = textOf(value);
    if (key === 'parties') meta.parties = partyCodes(value);
    else if (field && text) (meta as Record<string, unknown>)[field] = text;
    else if (text) extra[key] = text;
    if (key === 'parties_original') meta.originalParties = partyCodes(value);
  }
  if (Object.keys(extra).length > 0) meta.extra = extra;
  return meta;
}

/** The printed number and name of a chapter or article, the fields its record starts with (set one by one: V8 builds an object from conditional spreads several times slower, and ToTA has 31,000 articles). */
function printed(node: XmlNode): { number?: string; name?: string } {
  const fields: { number?: string; name?: string } = {};
  const number = attribute(node, 'number');
  const name = attribute(node, 'name');
  if (number) fields.number = number;
  if (name) fields.name = name;
  return fields;
}

function attribute(node: XmlNode, key: string): string | undefined {
  const value = node[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The text content of a node: its own text, or its children's texts joined with "; " (lists such as parties_original). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join('; ');
  if (value && typeof value === 'object') {
    const node = value as XmlNode;
    if ('#text' in node) return textOf(node['#text']);
    return Object.entries(node)
      .filter(([key, child]) => typeof child === 'object' && key !== '#text')
      .map(([, child]) => textOf(child))
      .filter(Boolean)
      .join('; ');
  }
  return '';
}

function asNode(value: unknown): XmlNode {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : {};
}

/** A repeated element's nodes; an element with text only comes back as a bare string. */
function asList(value: unknown): XmlNode[] {
  return Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? { '#text': item } : asNode(item))) : [];
}
