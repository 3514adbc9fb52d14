import { decodeXmlReferences } from './xml-references.js';
import { nextAttribute, scanXml, type AttributeSpan, type XmlHandler } from './xml-scan.js';

/**
 * An XML document as plain values, built in the same pass that checks it (see xml-scan.ts). An
 * element becomes its text when it has nothing else, '' when empty, and otherwise an object of its
 * children by name (a name met twice, or listed in `arrays`, gives an array), its text under '#text'
 * and its attributes by name, in that order (an attribute takes the place of a child of the same
 * name). Text is read between markup: each stretch trimmed, its references decoded, the stretches
 * of one element joined as they are (a comment joins the text on its two sides into one stretch); a
 * CDATA section is kept as written. A processing instruction inside an element is a child named
 * '?target' holding its pseudo-attributes. Line ends are read as LF. This is the shape the ToTA files
 * have always been read into, so that their text and outline stay exactly as they were.
 */

export type XmlValue = string | XmlObject | XmlValue[];
export interface XmlObject {
  [name: string]: XmlValue;
}

export interface XmlValues {
  /** The root element's name. */
  root: string;
  value: XmlValue;
  /** Whether the document has a DOCTYPE declaration. */
  doctype: boolean;
  /** Why the values could not be built, when the document is well-formed but cannot be read. */
  refusal?: XmlRefusal;
}

export type XmlRefusal = { kind: 'too-deep'; limit: number } | { kind: 'reserved-name'; name: string };

export interface XmlValueOptions {
  /** Elements (or attributes) whose values are always arrays. */
  arrays: ReadonlySet<string>;
  /** Elements with content deeper than this are refused. */
  maxDepth: number;
  /**
   * Asked at each start tag (outside an element already taken): a handler that takes over the reading of
   * this element, its start tag, content and end tag included, which then has no value here. `depth`
   * is the number of open elements around it, `xml11` whether the document declared XML 1.1.
   */
  divert?: (name: string, depth: number, xml11: boolean) => XmlHandler | undefined;
}

/** Names that would reach into the objects' prototype: refused. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
/** Names of Object's own methods: kept with '__' before them, so that no value hides the method. */
const SHADOWING = new Set(['hasOwnProperty', 'toString', 'valueOf', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);
/** An attribute in a start tag or a pseudo-attribute in a processing instruction; one without a value is passed over. */
const ATTRIBUTE = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/g;

interface Frame {
  /** The element's name as its value is keyed (see safeName), worked out once at its start tag. */
  name: string;
  object: XmlObject;
  keys: number;
  text: string;
  attributes: XmlObject | undefined;
}

/** Reads `xml` into values; throws XmlSyntaxError when it is not well-formed. */
export function readXmlValues(xml: string, options: XmlValueOptions): XmlValues {
  const builder = new ValueBuilder(xml, options);
  scanXml(xml, builder);
  return { root: builder.root ?? '', value: builder.rootValue ?? '', doctype: builder.doctypeSeen, ...(builder.refusal ? { refusal: builder.refusal } : {}) };
}

class ValueBuilder implements XmlHandler {
  root: string | undefined;
  rootValue: XmlValue | undefined;
  doctypeSeen = false;
  refusal: XmlRefusal | undefined;
  private readonly frames: Frame[] = [];
  /** Raw text read since the last markup that ends a stretch, with its line ends already LF. */
  private pending = '';
  private xml11 = false;
  /** The handler an element was diverted to (see XmlValueOptions.divert), while it is open, and how deep it is inside it. */
  private diverted: XmlHandler | undefined;
  private divertedDepth = 0;

  constructor(
    private readonly xml: string,
    private readonly options: XmlValueOptions,
  ) {}

  open(rawName: string, attributeSource: string, empty: boolean): void {
    if (this.diverted) {
      if (!empty) this.divertedDepth++;
      this.diverted.open(rawName, attributeSource, empty);
      return;
    }
    if (this.refusal) return;
    this.flush();
    const diverted = this.options.divert?.(rawName, this.frames.length, this.xml11);
    if (diverted) {
      if (!empty) (this.diverted = diverted), (this.divertedDepth = 1);
      diverted.open(rawName, attributeSource, empty);
      return;
    }
    const name = this.safeName(rawName);
    if (name === undefined) return;
    const attributes = attributeSource ? this.tagAttributes(attributeSource) : undefined;
    if (this.refusal) return;
    if (!empty && this.frames.length > this.options.maxDepth) {
      this.refusal = { kind: 'too-deep', limit: this.options.maxDepth };
      return;
    }
    if (this.root === undefined) this.root = name;
    this.frames.push({ name, object: {}, keys: 0, text: '', attributes });
    if (empty) this.close();
  }

  /** The end tag of the element on top (the scan has checked that it names it). */
  close(rawName?: string): void {
    if (this.diverted) {
      const diverted = this.diverted;
      if (--this.divertedDepth === 0) this.diverted = undefined;
      diverted.close(rawName as string);
      return;
    }
    if (this.refusal) return;
    this.flush();
    const frame = this.frames.pop() as Frame;
    const value = finish(frame, this.options.arrays);
    const parent = this.frames.at(-1);
    if (parent) this.addChild(parent, frame.name, value);
    else this.rootValue = value;
  }

  text(from: number, to: number): void {
    if (this.diverted) return this.diverted.text(from, to);
    if (this.refusal) return;
    this.pending += lineFeeds(this.xml.slice(from, to));
  }

  cdata(content: string): void {
    if (this.diverted) return this.diverted.cdata(content);
    if (this.refusal) return;
    this.flush();
    (this.frames.at(-1) as Frame).text += lineFeeds(content);
  }

  instruction(content: string): void {
    if (this.diverted) return this.diverted.instruction(content);
    if (this.refusal) return;
    this.flush();
    const blank = content.search(/\s/);
    const target = `?${blank < 0 ? content : content.slice(0, blank)}`;
    const pseudo = blank < 0 ? undefined : this.attributes(lineFeeds(content.slice(blank + 1).trimStart()));
    if (this.refusal) return;
    // Any pseudo-attributes set the version (1.0 when they do not give one): the rule the files were always read by.
    if (pseudo) this.xml11 = (Number(pseudo.version) || 1) === 1.1;
    const parent = this.frames.at(-1);
    if (parent) this.addChild(parent, target, pseudo ? withAttributes({}, pseudo, this.options.arrays) : '');
  }

  doctype(): void {
    if (this.diverted) return this.diverted.doctype();
    this.doctypeSeen = true;
  }

  /** Ends the current stretch of text: trimmed, decoded, added to the element's text. */
  private flush(): void {
    if (this.pending === '') return;
    const trimmed = this.pending.trim();
    this.pending = '';
    const frame = this.frames.at(-1);
    if (trimmed && frame) frame.text += decodeXmlReferences(trimmed, this.xml11);
  }

  /** Pseudo-attributes of a processing instruction, which nothing has checked: ATTRIBUTE reads them. */
  private attributes(source: string): XmlObject | undefined {
    let found: XmlObject | undefined;
    for (const m of source.matchAll(ATTRIBUTE)) {
      const raw = m[3] ?? m[4];
      if (raw === undefined) continue;
      if (!this.setAttribute((found ??= {}), m[1] as string, raw)) return undefined;
    }
    return found;
  }

  /** A start tag's attributes, whose form the scan has checked (xml-scan nextAttribute). */
  private tagAttributes(source: string): XmlObject | undefined {
    let found: XmlObject | undefined;
    for (let from = 0; nextAttribute(source, from, ATTRIBUTE_SPAN); from = ATTRIBUTE_SPAN.valueEnd + 1) {
      const { nameStart, nameEnd, valueStart, valueEnd } = ATTRIBUTE_SPAN;
      if (!this.setAttribute((found ??= {}), source.slice(nameStart, nameEnd), source.slice(valueStart, valueEnd))) return undefined;
    }
    return found;
  }

  /** Sets attribute `rawName` to `raw` decoded; false when the name is refused. */
  private setAttribute(found: XmlObject, rawName: string, raw: string): boolean {
    const name = this.safeName(rawName);
    if (name === undefined) return false;
    found[name] = decodeXmlReferences(lineFeeds(raw).trim(), this.xml11);
    return true;
  }

  private addChild(frame: Frame, name: string, value: XmlValue): void {
    const object = frame.object;
    if (Object.hasOwn(object, name)) {
      const existing = object[name] as XmlValue;
      if (Array.isArray(existing)) existing.push(value);
      else object[name] = [existing, value];
    } else {
      object[name] = this.options.arrays.has(name) ? [value] : value;
      frame.keys++;
    }
  }

  private safeName(name: string): string | undefined {
    if (RESERVED.has(name)) {
      this.refusal = { kind: 'reserved-name', name };
      return undefined;
    }
    return SHADOWING.has(name) ? `__${name}` : name;
  }
}

/** An element's value once it is closed. */
function finish(frame: Frame, arrays: ReadonlySet<string>): XmlValue {
  const { object } = frame;
  let keys = frame.keys;
  if (frame.text.length > 0) {
    object['#text'] = frame.text;
    keys++;
  }
  if (frame.attributes) return withAttributes(object, frame.attributes, arrays);
  if (keys === 0) return '';
  if (keys === 1 && frame.text.length > 0) return frame.text;
  return object;
}

function withAttributes(object: XmlObject, attributes: XmlObject, arrays: ReadonlySet<string>): XmlObject {
  for (const name of Object.keys(attributes)) object[name] = arrays.has(name) ? [attributes[name] as XmlValue] : (attributes[name] as XmlValue);
  return object;
}

/** Where tagAttributes reads each attribute: one for the module, as the reading is synchronous. */
const ATTRIBUTE_SPAN: AttributeSpan = { nameStart: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };

/** CR LF and a lone CR read as LF, as XML reads line ends. */
function lineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
