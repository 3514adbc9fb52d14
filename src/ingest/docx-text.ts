import { NOTE_SYMBOL } from '../structure/note-symbols.js';
import { levelLabel, type NumberFormat } from './list-labels.js';
import { decodeXmlReferences } from './xml-references.js';
import { nextAttribute, position, scanXml, XmlSyntaxError, type AttributeSpan, type NestingProblem } from './xml-scan.js';

/**
 * The text of a Word document from its XML parts, in one pass over each: every paragraph (heading,
 * body text, table cell, text box) a block of its own, separated by an empty line; consecutive items
 * of one list at one level by a line break; line breaks inside a paragraph kept; footnote and endnote
 * calls numbered in order ("[1]"), or marked by their own symbol ("[*]") where the author set one in
 * place of the number, and the notes' text at the end, each after its number or symbol. Deleted
 * revisions, field codes, page furniture (headers, footers) and drawings are left out.
 */

/** The parts the reader can do without. */
export type OptionalPart = 'styles' | 'numbering' | 'footnotes' | 'endnotes';

/** The parts read, as text; only `document` is required. */
export interface DocxParts {
  document: string;
  styles?: string;
  numbering?: string;
  footnotes?: string;
  endnotes?: string;
  /** Where each optional part is in the archive, for messages. */
  paths?: Partial<Record<OptionalPart, string>>;
  /** The optional parts the document's relationships name that the archive lacks. */
  missing?: OptionalPart[];
  /** Whether the main document was cut short, and is read up to its last whole paragraph. */
  cutShort?: boolean;
}

/** A paragraph that belongs to a list: its depth (0-based) and whether its numbers are ordered or bullets. */
interface ListLevel {
  depth: number;
  ordered: boolean;
}

/** One block of the output: its text, and the list level when the paragraph is a list item. */
interface Block {
  text: string;
  list?: ListLevel;
  /** Set on the first block after a table starts or ends: no list runs across it. */
  afterBoundary?: boolean;
}

/** Lists deeper than this are plain paragraphs, as in the HTML conversions of Word. */
const MAX_LIST_DEPTH = 5;

/** Elements whose content is never the document's text: properties, deleted revisions, field codes, the modern half of alternate content (its fallback is read), drawings. */
const SKIPPED = new Set([
  'w:rPr', 'w:sectPr', 'w:tblPr', 'w:tblGrid', 'w:trPr', 'w:tcPr', 'w:sdtPr', 'w:sdtEndPr', 'w:del', 'w:moveFrom', 'w:delText',
  'w:instrText', 'mc:Choice', 'w:drawing', 'w:footnotePr', 'w:endnotePr', 'w:comments',
  // Earlier properties kept by tracked changes: the current ones count.
  'w:pPrChange', 'w:rPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:numberingChange',
]);

/** Paragraph styles that the conversion treats as headings or notes before it considers numbering: such paragraphs are never list items. */
const NOT_LIST_STYLE_NAMES = /^(?:heading [1-6]|heading|footnote text|endnote text|annotation text|footnote|endnote)$/i;
const NOT_LIST_STYLE_IDS = /^(?:Heading[1-6]?)$/;

/** The value of attribute `name` in a start tag's attribute source, decoded; undefined when the tag has none. */
function attribute(source: string, name: string): string | undefined {
  for (let from = 0; nextAttribute(source, from, ATTRIBUTE_SPAN); from = ATTRIBUTE_SPAN.valueEnd + 1) {
    const { nameStart, nameEnd, valueStart, valueEnd } = ATTRIBUTE_SPAN;
    if (nameEnd - nameStart === name.length && source.startsWith(name, nameStart)) return decode(source.slice(valueStart, valueEnd));
  }
  return undefined;
}

/** Where attribute() reads each attribute: one for the module, as the reading is synchronous. */
const ATTRIBUTE_SPAN: AttributeSpan = { nameStart: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };

/**
 * Word's parts are XML 1.0 without a DTD: the only references they can hold are XML's five named entities
 * and numeric ones (another name would make the part not well-formed), decoded as in any XML we read.
 */
function decode(text: string): string {
  return decodeXmlReferences(text, false);
}

/** An element's start (`closing` false, with its attribute source) or end (an empty element gives both). */
type OnTag = (name: string, closing: boolean, attributes: string) => void;

/** A part that is not well-formed XML: the Word reader reports the file as corrupt. */
export class MalformedPart extends Error {}

/**
 * Calls `onTag` for each element start and end (an empty element gives both) and `onText` for character
 * data, with references decoded. A part that is not well-formed XML throws MalformedPart, saying where.
 */
function scan(xml: string, onTag: OnTag, onText?: (text: string) => void): void {
  try {
    scanXml(xml, {
      open(name, attributes, empty) {
        onTag(name, false, attributes);
        if (empty) onTag(name, true, attributes);
      },
      close(name) {
        onTag(name, true, '');
      },
      text(from, to) {
        onText?.(decode(xml.slice(from, to)));
      },
      cdata(content) {
        onText?.(content);
      },
      instruction() {},
      doctype() {},
    });
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    throw new MalformedPart(`line ${position(xml, error.at).line}: ${nestingWords(error.nesting) ?? error.message}`);
  }
}

/** Elements that do not nest, in the words the Word reader has always used for them. */
function nestingWords(nesting: NestingProblem | undefined): string | undefined {
  switch (nesting?.kind) {
    case 'unopened':
      return `</${nesting.found}> closes nothing`;
    case 'mismatched':
      return `</${nesting.found}> where </${nesting.expected}> was expected`;
    case 'unclosed':
      return `<${nesting.expected}> is never closed`;
    default:
      return undefined;
  }
}

/**
 * Style ids with their names, the numbering a style applies and at which level (its own w:numPr; also
 * how numbering styles are linked from abstract numberings), and the style each is based on.
 */
interface Styles {
  names: Map<string, string>;
  numIds: Map<string, string>;
  levels: Map<string, string>;
  basedOn: Map<string, string>;
}

function readStyles(xml: string | undefined): Styles {
  const styles: Styles = { names: new Map(), numIds: new Map(), levels: new Map(), basedOn: new Map() };
  if (!xml) return styles;
  let current: string | undefined;
  scan(
    xml,
    (name, closing, attributes) => {
      if (name === 'w:style') current = closing ? undefined : attribute(attributes, 'w:styleId');
      else if (current === undefined || closing) return;
      else if (name === 'w:name') styles.names.set(current, attribute(attributes, 'w:val') ?? '');
      else if (name === 'w:numId') styles.numIds.set(current, attribute(attributes, 'w:val') ?? '');
      else if (name === 'w:ilvl') styles.levels.set(current, attribute(attributes, 'w:val') ?? '0');
      else if (name === 'w:basedOn') styles.basedOn.set(current, attribute(attributes, 'w:val') ?? '');
    },
  );
  return styles;
}

/** The first value `of` gives along a style and the styles it is based on (a style inherits what it does not set). */
function inherited(styles: Styles, styleId: string | undefined, of: Map<string, string>): string | undefined {
  const seen = new Set<string>();
  for (let id = styleId; id !== undefined && !seen.has(id); id = styles.basedOn.get(id)) {
    seen.add(id);
    const value = of.get(id);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** One level of a numbering: whether it is ordered, and how it writes its label (see list-labels.ts). */
interface LevelDefinition {
  ordered: boolean;
  format: NumberFormat;
  text: string;
  start: number;
  /** w:lvlRestart: 0 when the level never starts afresh, n when only a number of levels 1 … n restarts it (by default, any level above it). */
  restartAfter?: number;
}

/** A paragraph's place in a numbering: the abstract numbering it counts in, through which numbering instance, at which level. */
interface ListPlace {
  numId?: string;
  abstract: string;
  ilvl: string;
}

/**
 * Where a document's lists stand while it is read: the current number of each level of each abstract
 * numbering (Word counts on across the instances of one abstract numbering, unless an instance
 * restarts a level with a start override), and the instances whose overrides are used up.
 */
class ListCounters {
  readonly numbers = new Map<string, Array<number | undefined>>();
  readonly restarted = new Set<string>();
}

/** The numbering definitions: which (numbering, level) pairs exist, ordered or not, how they are labelled, and the levels tied to a paragraph style. */
class Numbering {
  private readonly abstractOf = new Map<string, string>();
  private readonly levels = new Map<string, Map<string, LevelDefinition>>();
  private readonly styleLinks = new Map<string, string>();
  private readonly byStyle = new Map<string, { abstract: string; ilvl: string }>();
  private readonly startOverrides = new Map<string, Map<string, number>>();

  constructor(xml: string | undefined, private readonly styles: Styles) {
    if (!xml) return;
    let abstract: string | undefined;
    let num: string | undefined;
    let level: (LevelDefinition & { index: string; style?: string }) | undefined;
    let overridden: string | undefined; // the level a <w:lvlOverride> of the current instance is about
    scan(
      xml,
      (name, closing, attributes) => {
        // A start tag's attribute; undefined at an end tag.
        const value = (key: string) => (closing ? undefined : attribute(attributes, key));
        switch (name) {
          case 'w:abstractNum':
            abstract = value('w:abstractNumId');
            if (abstract !== undefined && !this.levels.has(abstract)) this.levels.set(abstract, new Map());
            break;
          case 'w:num':
            num = value('w:numId');
            break;
          case 'w:abstractNumId':
            if (!closing && num !== undefined) this.abstractOf.set(num, value('w:val') ?? '');
            break;
          case 'w:lvlOverride':
            overridden = value('w:ilvl');
            break;
          case 'w:startOverride': {
            const start = Number(value('w:val'));
            if (!closing && num !== undefined && overridden !== undefined && Number.isFinite(start)) {
              if (!this.startOverrides.has(num)) this.startOverrides.set(num, new Map());
              this.startOverrides.get(num)!.set(overridden, start);
            }
            break;
          }
          case 'w:numStyleLink':
            if (!closing && abstract !== undefined) this.styleLinks.set(abstract, value('w:val') ?? '');
            break;
          case 'w:lvl':
            // A level inside a <w:lvlOverride> redefines the instance's level: its start override is what counts here.
            if (overridden !== undefined) break;
            if (!closing) level = { index: value('w:ilvl') ?? '0', ordered: true, format: 'decimal', text: '', start: 1 };
            else if (level && abstract !== undefined) {
              const levels = this.levels.get(abstract)!;
              const { index, style, ...definition } = level;
              if (!levels.has(index)) levels.set(index, definition);
              if (style !== undefined) this.byStyle.set(style, { abstract, ilvl: index });
              level = undefined;
            }
            break;
          case 'w:numFmt':
            if (!closing && level) {
              level.format = value('w:val') ?? 'decimal';
              level.ordered = level.format !== 'bullet';
            }
            break;
          case 'w:lvlText':
            if (!closing && level) level.text = value('w:val') ?? '';
            break;
          case 'w:lvlRestart': {
            const after = Number(value('w:val'));
            if (!closing && level && Number.isFinite(after)) level.restartAfter = after;
            break;
          }
          case 'w:start': {
            const start = Number(value('w:val'));
            if (!closing && level && Number.isFinite(start)) level.start = start;
            break;
          }
          case 'w:pStyle':
            if (!closing && level) level.style = value('w:val');
            break;
        }
      },
    );
  }

  /** The list level of a paragraph at `place` (see place); undefined when the numbering defines no such level. */
  level(place: ListPlace): ListLevel | undefined {
    const definition = this.definition(place);
    return definition && { depth: Number(place.ilvl), ordered: definition.ordered };
  }

  /**
   * The label Word draws before a numbered paragraph ("Article 3", "2.", "(b)"), counting it in
   * `counters`; undefined for a bullet or a level that draws nothing.
   */
  label(place: ListPlace, counters: ListCounters): string | undefined {
    const definition = this.definition(place);
    if (!definition?.ordered) return undefined;
    const depth = Number(place.ilvl);
    const levels = this.levels.get(place.abstract)!;
    const numbers = counters.numbers.get(place.abstract) ?? [];
    counters.numbers.set(place.abstract, numbers);
    const override = place.numId === undefined ? undefined : this.startOverrides.get(place.numId)?.get(place.ilvl);
    const restart = `${place.numId}/${place.ilvl}`;
    if (override !== undefined && !counters.restarted.has(restart)) {
      counters.restarted.add(restart);
      numbers[depth] = override;
    } else {
      numbers[depth] = numbers[depth] === undefined ? definition.start : numbers[depth]! + 1;
    }
    // A level's number starts afresh under each new number of a level above it, unless it says otherwise.
    for (let deeper = depth + 1; deeper < numbers.length; deeper++) {
      const after = levels.get(String(deeper))?.restartAfter;
      if (after === undefined || (after !== 0 && depth < after)) numbers[deeper] = undefined;
    }
    const formats = Array.from({ length: 9 }, (_, i) => levels.get(String(i))?.format ?? 'decimal');
    const starts = Array.from({ length: depth + 1 }, (_, i) => numbers[i] ?? levels.get(String(i))?.start ?? 1);
    const label = definition.format === 'none' ? definition.text.replace(/%[1-9]/g, '') : levelLabel(definition.text, starts, formats);
    return label.trim() === '' ? undefined : label.trim();
  }

  private definition(place: ListPlace): LevelDefinition | undefined {
    return this.levels.get(place.abstract)?.get(place.ilvl);
  }

  /**
   * Where a paragraph's numbering (numId, ilvl) or, without one, its style puts it in a list; undefined
   * when it is in none. A style numbers its paragraphs through a level that names it, or through its
   * own numbering, or through the numbering of the style it is based on; the paragraph's own numId or
   * ilvl wins over the style's.
   */
  place(numId: string | undefined, ilvl: string | undefined, styleId: string | undefined): ListPlace | undefined {
    if (numId !== undefined && ilvl !== undefined) return this.placeOf(numId, ilvl, new Set());
    const byStyle = styleId === undefined ? undefined : this.byStyle.get(styleId);
    if (byStyle) return byStyle;
    const styleNumId = numId ?? (styleId === undefined ? undefined : inherited(this.styles, styleId, this.styles.numIds));
    if (styleNumId === undefined) return undefined;
    return this.placeOf(styleNumId, ilvl ?? (styleId === undefined ? undefined : inherited(this.styles, styleId, this.styles.levels)) ?? '0', new Set());
  }

  private placeOf(numId: string, ilvl: string, seen: Set<string>): ListPlace | undefined {
    if (seen.has(numId)) return undefined;
    seen.add(numId);
    const abstract = this.abstractOf.get(numId);
    if (abstract === undefined || !this.levels.has(abstract)) return undefined;
    const link = this.styleLinks.get(abstract);
    if (link !== undefined) {
      const linked = this.styles.numIds.get(link);
      return linked === undefined ? undefined : this.placeOf(linked, ilvl, seen);
    }
    return this.levels.get(abstract)!.has(ilvl) ? { numId, abstract, ilvl } : undefined;
  }
}

/** A note called from the text: its kind and id, and what it is called by in the text read. */
interface NoteCall {
  kind: 'footnote' | 'endnote';
  id: string;
  /** Its number among the numbered notes, in the order of the calls, or the symbol the author marked it with ("*", "†"). */
  label: string;
  /** The mark the author set in place of the number ("customMarkFollows"), which the note's text opens with too. */
  customMark?: string;
}

const SYMBOL = new RegExp(`^(?:${NOTE_SYMBOL})$`);

/**
 * What a call is read as: a mark of the author's that is a note symbol, as it is ("[*]"), so that it
 * runs in the symbols' series; any other mark ("a", "1bis") as the next number, which the notes' own
 * numbering keeps in order.
 */
function callLabel(calls: readonly NoteCall[], customMark: string | undefined): string {
  if (customMark !== undefined && SYMBOL.test(customMark)) return customMark;
  return String(calls.filter((call) => /^\d+$/.test(call.label)).length + 1);
}

/** Whether the style makes a paragraph a heading or a note, which the conversion never turns into a list item. */
function excludesList(styleId: string | undefined, styles: Styles): boolean {
  if (styleId === undefined) return false;
  return NOT_LIST_STYLE_IDS.test(styleId) || NOT_LIST_STYLE_NAMES.test(styles.names.get(styleId) ?? '');
}

/** A paragraph's properties that place it in a list or give it a style. */
interface ParagraphProperties {
  styleId?: string;
  numId?: string;
  ilvl?: string;
}

/** One paragraph being read: its raw text (line breaks as \n), its properties, and the text-box paragraphs inside it. */
interface OpenParagraph extends ParagraphProperties {
  raw: string;
  markDeleted: boolean;
  inner: Block[];
  /** The text and properties of the paragraphs before it whose marks were deleted, which run on into it. */
  carried?: { length: number; properties: ParagraphProperties };
}

/** What a paragraph whose mark was deleted hands on to the next: its text's length, and the properties of the last paragraph of the run that had words of its own. */
function carriedOn(paragraph: OpenParagraph): NonNullable<OpenParagraph['carried']> {
  const before = paragraph.carried;
  const addsWords = before === undefined || paragraph.raw.slice(before.length).trim() !== '';
  const { styleId, numId, ilvl } = paragraph;
  return { length: paragraph.raw.length, properties: addsWords ? { styleId, numId, ilvl } : before.properties };
}

/** The blocks of one story (the body, or one note), with the note calls found in it. */
function readBlocks(xml: string, styles: Styles, numbering: Numbering, calls: NoteCall[] | undefined, onNote?: (id: string, blocks: Block[]) => void, noteTag?: string): Block[] {
  let blocks: Block[] = [];
  const paragraphs: OpenParagraph[] = [];
  let skipping = 0;
  let inText = false;
  let inProperties = false;
  let carried: OpenParagraph | undefined; // a paragraph whose mark was deleted: it runs on into the next one
  let boundary = false;
  let noteId: string | undefined;
  // A call whose mark the author set ("customMarkFollows"): the text of its run is the mark, not the document's words.
  let customMark: { kind: NoteCall['kind']; id: string; text: string } | undefined;

  const counters = new ListCounters();
  const finish = (paragraph: OpenParagraph): Block[] => {
    if (paragraph.markDeleted) {
      carried = paragraph;
      return paragraph.inner;
    }
    // Paragraphs joined by a deleted mark take the properties of the one whose text is left: a paragraph
    // deleted whole from the end of the one before it (its text and the mark before it struck out)
    // leaves the one before as it was, numbered as it was.
    const keepsCarried = paragraph.carried !== undefined && paragraph.raw.slice(paragraph.carried.length).trim() === '';
    const { styleId, numId, ilvl } = keepsCarried ? paragraph.carried!.properties : paragraph;
    // Word numbers an empty item too: it is counted, though it writes nothing.
    const place = numbering.place(numId, ilvl, styleId);
    const label = place && numbering.label(place, counters);
    const own = tidy(paragraph.raw);
    // A numbered paragraph whose words are all in a text box: its number stands before them.
    if (own === '' && (label === undefined || paragraph.inner.length === 0)) return paragraph.inner;
    const [boxed, ...inner] = own === '' ? paragraph.inner : [undefined, ...paragraph.inner];
    const words = boxed?.text ?? own;
    const text = label === undefined || words === label || words.startsWith(`${label} `) ? words : `${label} ${words}`;
    // The style's test last: most paragraphs have no numbering to exclude.
    const numbered = place && numbering.level(place);
    const list = numbered && numbered.depth < MAX_LIST_DEPTH && !excludesList(styleId, styles) ? numbered : undefined;
    const block: Block = list ? { text, list } : { text };
    return inner.length === 0 ? [block] : [block, ...(inner as Block[])];
  };
  const add = (found: Block[]) => {
    for (const block of found) {
      blocks.push(boundary ? { ...block, afterBoundary: true } : block);
      boundary = false;
    }
  };

  scan(
    xml,
    (name, closing, attributes) => {
      // A deleted or moved-away paragraph mark (<w:pPr><w:rPr><w:del/>): the paragraph runs on into the next one.
      if ((name === 'w:del' || name === 'w:moveFrom') && !closing && inProperties && paragraphs.length > 0) paragraphs.at(-1)!.markDeleted = true;
      if (SKIPPED.has(name)) {
        skipping += closing ? -1 : 1;
        return;
      }
      if (noteTag !== undefined && name === noteTag) {
        if (!closing) {
          noteId = attribute(attributes, 'w:id');
          blocks = [];
          boundary = false;
        } else if (noteId !== undefined) {
          onNote?.(noteId, blocks);
          noteId = undefined;
        }
        return;
      }
      if (skipping > 0) return;
      const paragraph = paragraphs.at(-1);
      switch (name) {
        case 'w:p':
          if (!closing) {
            paragraphs.push(carried === undefined ? { raw: '', markDeleted: false, inner: [] } : { raw: carried.raw, markDeleted: false, inner: [], carried: carriedOn(carried) });
            carried = undefined;
          } else {
            const done = paragraphs.pop();
            if (!done) break;
            const found = finish(done);
            if (paragraphs.length > 0) paragraphs.at(-1)!.inner.push(...found);
            else add(found);
          }
          break;
        case 'w:pPr':
          inProperties = !closing;
          break;
        case 'w:t':
          inText = !closing;
          break;
        case 'w:tab':
          if (!closing && paragraph && !inProperties) paragraph.raw += '\t';
          break;
        case 'w:br':
          if (!closing && paragraph) {
            const type = attribute(attributes, 'w:type');
            if (type === undefined || type === 'textWrapping') paragraph.raw += '\n';
          }
          break;
        case 'w:noBreakHyphen':
          if (!closing && paragraph) paragraph.raw += '\u2011';
          break;
        case 'w:softHyphen':
          if (!closing && paragraph) paragraph.raw += '\u00AD';
          break;
        case 'w:footnoteReference':
        case 'w:endnoteReference':
          if (!closing && paragraph && calls) {
            const call = { kind: name === 'w:footnoteReference' ? 'footnote' : 'endnote', id: attribute(attributes, 'w:id') ?? '' } as const;
            if (/^(?:1|true|on)$/.test(attribute(attributes, 'w:customMarkFollows') ?? '')) customMark = { ...call, text: '' };
            else {
              calls.push({ ...call, label: callLabel(calls, undefined) });
              paragraph.raw += `[${calls.at(-1)!.label}]`;
            }
          }
          break;
        case 'w:r':
          if (closing && customMark && paragraph && calls) {
            const mark = customMark.text.trim();
            calls.push({ kind: customMark.kind, id: customMark.id, label: callLabel(calls, mark), customMark: mark });
            paragraph.raw += `[${calls.at(-1)!.label}]`;
            customMark = undefined;
          }
          break;
        case 'w:pStyle':
          if (!closing && paragraph && inProperties) paragraph.styleId = attribute(attributes, 'w:val');
          break;
        case 'w:numId':
          if (!closing && paragraph && inProperties) paragraph.numId = attribute(attributes, 'w:val');
          break;
        case 'w:ilvl':
          if (!closing && paragraph && inProperties) paragraph.ilvl = attribute(attributes, 'w:val');
          break;
        case 'w:tbl':
        case 'w:tc':
          boundary = true;
          break;
      }
    },
    (text) => {
      if (skipping > 0 || !inText) return;
      if (customMark) {
        customMark.text += text;
        return;
      }
      const paragraph = paragraphs.at(-1);
      if (paragraph) paragraph.raw += text;
    },
  );
  return blocks;
}

/** A paragraph's text as one or more lines: white space collapsed, none at the start or end of a line. */
function tidy(raw: string): string {
  if (!raw.includes('\n')) return tidyLine(raw);
  return raw.split('\n').map(tidyLine).join('\n').replace(/^\n+|\n+$/g, '');
}

/** White space other than single spaces: a tab, a no-break space, two in a row. */
const UNTIDY_SPACE = /[^\S ]|\s\s/;

function tidyLine(line: string): string {
  // Most lines have single spaces only: testing for the others costs less than rewriting every space.
  return UNTIDY_SPACE.test(line) ? line.replace(/\s+/g, ' ').trim() : line.trim();
}

/** Blocks joined: items of one list at one level on consecutive lines, everything else apart by an empty line. */
function joinBlocks(blocks: readonly Block[]): string {
  let text = '';
  let previous: Block | undefined;
  for (const block of blocks) {
    if (previous) {
      const sameList = previous.list && block.list && !block.afterBoundary && previous.list.depth === block.list.depth && previous.list.ordered === block.list.ordered;
      text += sameList ? '\n' : '\n\n';
    }
    text += block.text;
    previous = block;
  }
  return text;
}

/** Runs `read` over one part, naming the part in a MalformedPart it throws. */
function inPart<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw error instanceof MalformedPart ? new MalformedPart(`its ${part} part is not well-formed XML (${error.message})`) : error;
  }
}

/** What reading without each optional part costs, told in the warning that it was left out (or, for notes, read up to the damage). */
const WITHOUT_PART: Record<OptionalPart, string> = {
  styles: 'read without it: headings are found by their words',
  numbering: 'read without it: list numbers only as the text prints them',
  footnotes: "read without it: the notes' text is left out, their calls kept",
  endnotes: "read without it: the notes' text is left out, their calls kept",
};
const DAMAGED_NOTES = "the notes whole before that point are read, the others' text left out, their calls kept";

/**
 * Runs `read` over an optional part; one that is not well-formed XML is read as absent, told to
 * `warnings`: a draft whose styles were damaged still has its words, which Word itself shows.
 */
function inOptionalPart<T>(parts: DocxParts, part: OptionalPart, read: () => T, absent: () => T, warnings: string[] | undefined): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof MalformedPart)) throw error;
    const cost = part === 'footnotes' || part === 'endnotes' ? DAMAGED_NOTES : WITHOUT_PART[part];
    warnings?.push(`its ${part} part (${parts.paths?.[part] ?? `word/${part}.xml`}) is not well-formed XML (${error.message}): ${cost}`);
    return absent();
  }
}

/**
 * The document's text; throws MalformedPart when the main document is not well-formed XML. An
 * optional part that is not, or that the document refers to and the archive lacks, is read as absent,
 * one line to `warnings` for each. The labels of the notes called whose text is not in the file (their
 * part missing or damaged) go to `lostNotes`, in the order of their calls: a note may hold a
 * carve-out, so the outputs say the file was read without them.
 */
export function docxText(parts: DocxParts, warnings?: string[], lostNotes?: string[]): string {
  for (const part of parts.missing ?? []) {
    warnings?.push(`its ${part} part (${parts.paths?.[part] ?? `word/${part}.xml`}), which the document refers to, is missing: ${WITHOUT_PART[part]}`);
  }
  const styles = inOptionalPart(parts, 'styles', () => readStyles(parts.styles), () => readStyles(undefined), warnings);
  const numbering = inOptionalPart(parts, 'numbering', () => new Numbering(parts.numbering, styles), () => new Numbering(undefined, styles), warnings);
  const calls: NoteCall[] = [];
  const body = inPart('document', () => readBlocks(parts.document, styles, numbering, calls));
  if (calls.length === 0) return joinBlocks(body);
  const notes = { footnote: new Map<string, Block[]>(), endnote: new Map<string, Block[]>() };
  for (const kind of ['footnote', 'endnote'] as const) {
    const xml = parts[`${kind}s`];
    const read = () => readBlocks(xml!, styles, numbering, undefined, (id, blocks) => notes[kind].set(id, blocks), `w:${kind}`);
    // The notes a damaged part gave whole before the damage are kept.
    if (xml) inOptionalPart(parts, `${kind}s`, read, () => undefined, warnings);
  }
  const items = calls.map((call) => {
    const note = notes[call.kind].get(call.id);
    if (note === undefined) lostNotes?.push(call.label);
    const [first, ...rest] = note ?? [];
    // A note with a mark of the author's opens with that mark, where Word numbers the others itself.
    const words = call.customMark && first?.text.startsWith(call.customMark) ? first.text.slice(call.customMark.length).trimStart() : (first?.text ?? '');
    return joinBlocks([{ text: `[${call.label}] ${words}`.trimEnd() }, ...rest]);
  });
  return [joinBlocks(body), ...items].filter((part) => part !== '').join('\n\n');
}
