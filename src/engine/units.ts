import type { AgreementDocument, Note, OutlineNode } from '../model.js';
import { chapterQualifiedNumbers } from '../structure/numbering.js';
import { PAGE_NUMBER_LINES } from '../nlp/page-number-pattern.js';
import { ATTACHMENT_KINDS } from '../structure/vocabulary.js';
import { nodeLabel } from './labels.js';
import { oneByteEach } from '../one-byte-text.js';
import { prefixLength } from '../prefix-length.js';
import { attachmentPreambleNumber, PREAMBLE_NUMBER } from '../place-names.js';

/** A node above a unit, or the unit's own, as `inside.heading` tests it: shared by the units under that node. */
export interface UnitHeading {
  kind: OutlineNode['kind'];
  label: string;
}

/** The part of the agreement a unit stands in, for `inside.part`. */
export type Part = 'preamble' | 'body' | 'annex';

/** A stretch of the document that findings are reported on: an article, the preamble, or article-less text. */
export interface Unit {
  node: OutlineNode;
  /**
   * Enclosing nodes from the top, paragraphs excluded. One list for the sibling units of a node (the
   * articles of a chapter): what depends on the ancestors alone can be worked out once for them all.
   */
  ancestors: readonly OutlineNode[];
  start: number;
  end: number;
  articleNumber: string;
  articleId?: string;
  /** Labels of the ancestors and the unit itself, from the top. */
  path: string[];
  /** The same chain with each node's kind, for `inside.heading` and `kinds`. */
  headings: UnitHeading[];
  part: Part;
  page?: number;
  /** Where the outline's paragraph nodes start inside the unit (extra paragraph breaks). */
  paragraphStarts: number[];
  /**
   * The stretches of the unit that are its text, in order: the unit without its own heading and the
   * headings of the nodes inside it. Sentences and paragraphs are read there alone.
   */
  textRanges: Array<{ start: number; end: number }>;
  /**
   * Notes printed inside the unit's stretch of text and set apart, units of their own: every note whose
   * call was found (it is read with the unit that calls it, see calledFrom), and notes printed between
   * two stretches of the unit's text (at the foot of a page the article runs over). The unit reads on
   * across them, as it does where a Word or PDF reader has put the notes after the text. Notes with no
   * call found after the unit's last words stay in it.
   */
  notes?: Array<{ start: number; end: number }>;
  /**
   * For a note: the unit whose text calls it. The note is read in that unit's place (its headings and
   * part), and what is found in it is reported on that unit, wherever the layout printed the note.
   */
  calledFrom?: Unit;
}

const CONTAINERS = new Set(['part', 'chapter', 'section', 'subsection', 'annex', 'appendix', 'protocol', 'footnotes', 'conclusion']);

/**
 * The units of a document, in text order: every article; the preamble; and any container
 * (chapter, annex, protocol ...) with no article inside it, as one unit. With no outline at all,
 * the whole text is one unit.
 */
export function buildUnits(doc: AgreementDocument): Unit[] {
  if (doc.outline.length === 0) {
    const root: OutlineNode = { kind: 'part', start: 0, end: doc.text.length, children: [] };
    return [{ node: root, ancestors: [], start: 0, end: doc.text.length, articleNumber: 'document', path: [], headings: [], part: 'body', paragraphStarts: [], textRanges: [{ start: 0, end: doc.text.length }] }];
  }
  const units: Unit[] = [];
  const qualified = chapterQualifiedNumbers(doc.outline);
  const label = new NodeLabels();
  const visit = (node: OutlineNode, ancestors: readonly OutlineNode[]) => {
    // A ToTA preamble wraps its text in article records whose ids the gold labels use: those articles are the units.
    const wholeNode = node.kind === 'preamble' ? !hasArticle(node) : CONTAINERS.has(node.kind) && !hasArticle(node);
    if (node.kind === 'article' || wholeNode) {
      units.push(makeUnit(node, ancestors, label, qualified.get(node)));
      return;
    }
    if (node.kind === 'paragraph') return; // a loose paragraph outside any article: no unit of its own
    // One list for all the children: sibling units share their ancestors (see Unit.ancestors).
    const below = [...ancestors, node];
    for (const child of node.children) visit(child, below);
  };
  for (const node of doc.outline) visit(node, []);
  // Most units (every ToTA article) have no node inside them, so no notes.
  const blocksByUnit = new Map<Unit, Array<{ node: OutlineNode; ancestors: readonly OutlineNode[] }>>();
  for (const unit of units) {
    if (unit.node.kind !== 'footnotes' && unit.node.children.length === 0) continue;
    blocksByUnit.set(unit, unit.node.kind === 'footnotes' ? [{ node: unit.node, ancestors: unit.ancestors }] : nestedNotes(unit.node, [...unit.ancestors, unit.node]));
  }
  const callerOf = callerFinder(unitFinder(units), [...blocksByUnit.values()].flatMap((blocks) => blocks.flatMap((block) => block.node.notes ?? [])));
  const notes: Unit[] = [];
  for (const [unit, blocks] of blocksByUnit) {
    const setApart: Array<{ start: number; end: number }> = [];
    for (const block of blocks) {
      // A note goes with the unit that calls it, wherever it is printed.
      const called = (block.node.notes ?? []).flatMap((note) => {
        const caller = callerOf(note);
        return caller && !(caller === unit && unit.node.kind === 'footnotes') ? [{ note, caller }] : [];
      });
      for (const { note, caller } of called) {
        setApart.push(note);
        notes.push(noteUnit(note, caller, label));
      }
      // Notes with no call found: those the unit goes on after are a unit of their own; those that end it (a page number may follow) are its last words.
      if (unit.node.kind === 'footnotes' || !goesOn(doc.text.slice(block.node.end, unit.node.end))) continue;
      const rest = called.length === 0 ? [block.node] : (block.node.notes ?? []).filter((note) => !called.some((c) => c.note === note)).map((note) => noteNode(note));
      for (const node of rest) {
        setApart.push(node);
        notes.push(makeUnit(node, block.ancestors, label));
      }
    }
    if (setApart.length > 0) unit.notes = setApart.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
  }
  label.makeHeadingsOneByte();
  return [...units, ...notes].sort((a, b) => a.start - b.start);
}

/**
 * The labels of a document's nodes, each made once (every article repeats its chapter's and section's),
 * and their headings (kind and label), one object a node that the units under it share.
 */
class NodeLabels {
  private readonly labels = new Map<OutlineNode, string>();
  private readonly headings = new Map<OutlineNode, UnitHeading>();

  of(node: OutlineNode): string {
    let text = this.labels.get(node);
    if (text === undefined) this.labels.set(node, (text = nodeLabel(node)));
    return text;
  }

  heading(node: OutlineNode): UnitHeading {
    let heading = this.headings.get(node);
    if (heading === undefined) this.headings.set(node, (heading = { kind: node.kind, label: this.of(node) }));
    return heading;
  }

  /** The headings' labels as one-byte strings, as the heading regexes of `inside` read them wherever they can be (see oneByteEach). */
  makeHeadingsOneByte(): void {
    const headings = [...this.headings.values()];
    const labels = oneByteEach(headings.map((heading) => heading.label));
    headings.forEach((heading, h) => (heading.label = labels[h] as string));
  }
}

/** The note as an outline node of its own: a footnotes block of one note. */
function noteNode(note: Note): OutlineNode {
  return { kind: 'footnotes', start: note.start, end: note.end, children: [] };
}

/** A note called from `caller`: its words (not its number, which may be glued to them: "3Nothing …"), read where the caller stands (its headings, its part), reported on it. */
function noteUnit(note: Note, caller: Unit, label: NodeLabels): Unit {
  return { ...makeUnit({ ...noteNode(note), start: note.textStart }, [...caller.ancestors, caller.node], label), calledFrom: caller };
}

/** The unit (articles, the preamble, containers without articles: none inside another) whose text holds an offset. */
function unitFinder(units: readonly Unit[]): (offset: number) => Unit | undefined {
  const sorted = [...units].sort((a, b) => a.start - b.start);
  return (offset) => {
    const unit = sorted[prefixLength(sorted, (u) => u.start <= offset) - 1];
    return unit && offset < unit.end ? unit : undefined;
  };
}

/**
 * The unit that calls a note: the one whose text holds its call; for a note called from the words of
 * another note, the unit that calls that note, wherever the two are printed.
 */
function callerFinder(unitAt: (offset: number) => Unit | undefined, notes: readonly Note[]): (note: Note) => Unit | undefined {
  const sorted = [...notes].sort((a, b) => a.start - b.start);
  const noteAt = (offset: number) => {
    const note = sorted[prefixLength(sorted, (n) => n.start <= offset) - 1];
    return note && offset < note.end ? note : undefined;
  };
  return (note) => {
    if (note.calledAt === undefined) return undefined;
    const seen = new Set([note]);
    let call = note.calledAt;
    for (let within = noteAt(call); within?.calledAt !== undefined && !seen.has(within); within = noteAt(call)) {
      seen.add(within);
      call = within.calledAt;
    }
    return unitAt(call);
  };
}

/** Whether text follows: a page number alone is no word of the article. */
function goesOn(text: string): boolean {
  return text.replace(PAGE_NUMBER_LINES, '').trim() !== '';
}

/*
 * A document has a unit for nearly every node of its outline (31,000 over the ToTA corpus): the unit,
 * its path and its headings are built in plain loops, without the intermediate arrays, closures and
 * spread objects that made unit building a tenth of the engine's allocation.
 */
function makeUnit(node: OutlineNode, ancestors: readonly OutlineNode[], label: NodeLabels, qualifiedNumber?: string): Unit {
  const part = partOf(node, ancestors);
  const path: string[] = [];
  const headings: Unit['headings'] = [];
  for (let a = 0; a <= ancestors.length; a++) {
    const n = a < ancestors.length ? (ancestors[a] as OutlineNode) : node;
    const text = label.of(n);
    if (text.length > 0) path.push(text);
    headings.push(label.heading(n));
  }
  const unit: Unit = {
    node,
    ancestors,
    start: node.start,
    end: node.end,
    articleNumber: qualifiedNumber ?? articleNumber(node, ancestors, part, label),
    path,
    headings,
    part,
    paragraphStarts: paragraphStarts(node),
    textRanges: textRanges(node),
  };
  const articleId = externalArticleId(node);
  if (articleId !== undefined) unit.articleId = articleId;
  if (node.page !== undefined) unit.page = node.page;
  return unit;
}

/** The part a node stands in: the preamble if it or a node above is one, else an annex if one of them is an attachment, else the body. */
function partOf(node: OutlineNode, ancestors: readonly OutlineNode[]): Part {
  let part: Part = 'body';
  for (let a = 0; a <= ancestors.length; a++) {
    const kind = (a < ancestors.length ? (ancestors[a] as OutlineNode) : node).kind;
    if (kind === 'preamble') return 'preamble';
    if (ATTACHMENT_KINDS.has(kind)) part = 'annex';
  }
  return part;
}

/** The node's extent less every heading in it (its own and its descendants'): see Unit.textRanges. */
function textRanges(node: OutlineNode): Array<{ start: number; end: number }> {
  const headings: Array<{ start: number; end: number }> = [];
  addHeadings(node, headings);
  if (headings.length > 1) headings.sort((a, b) => a.start - b.start);
  const ranges: Array<{ start: number; end: number }> = [];
  let at = node.start;
  for (const heading of headings) {
    if (heading.start > at) ranges.push({ start: at, end: Math.min(heading.start, node.end) });
    at = Math.max(at, heading.end);
  }
  if (at < node.end) ranges.push({ start: at, end: node.end });
  return ranges;
}

/** The stretches of the headings of a node and its descendants, added to `into`. */
function addHeadings(node: OutlineNode, into: Array<{ start: number; end: number }>): void {
  if (node.headingEnd !== undefined && node.headingEnd > node.start) into.push({ start: node.start, end: node.headingEnd });
  for (let c = 0; c < node.children.length; c++) addHeadings(node.children[c] as OutlineNode, into);
}

/** ToTA article_identifier; a preamble node's own externalId is a chapter id, never an article's. */
function externalArticleId(node: OutlineNode): string | undefined {
  return node.kind === 'article' ? node.externalId : undefined;
}

function articleNumber(node: OutlineNode, ancestors: readonly OutlineNode[], part: Part, label: NodeLabels): string {
  if (node.kind === 'preamble' || (part === 'preamble' && node.number === undefined)) {
    // A protocol's or an annex's own recitals are that attachment's preamble, not the agreement's.
    const attachment = ancestors.findLast((n) => ATTACHMENT_KINDS.has(n.kind));
    return attachment ? attachmentPreambleNumber(label.of(attachment)) : PREAMBLE_NUMBER;
  }
  if (node.kind === 'article') return node.number ?? label.of(node);
  return label.of(node);
}

/** The footnotes blocks inside a unit's node, with the nodes above each. */
function nestedNotes(node: OutlineNode, ancestors: readonly OutlineNode[]): Array<{ node: OutlineNode; ancestors: readonly OutlineNode[] }> {
  return node.children.flatMap((child) =>
    child.kind === 'footnotes' ? [{ node: child, ancestors }] : nestedNotes(child, child.kind === 'paragraph' ? ancestors : [...ancestors, child]),
  );
}

function hasArticle(node: OutlineNode): boolean {
  return node.children.some((child) => child.kind === 'article' || hasArticle(child));
}

/** A lettered or roman item ("(a)", "b)", "(iv)"): it stays in the paragraph whose lead-in introduces it. */
const LETTERED_ITEM = /^\(?(?:[a-z]{1,2}|[ivxlc]{1,5})[).]?$/i;

function paragraphStarts(node: OutlineNode): number[] {
  const starts: number[] = [];
  addParagraphStarts(node, starts);
  return starts;
}

function addParagraphStarts(node: OutlineNode, into: number[]): void {
  for (let c = 0; c < node.children.length; c++) {
    const child = node.children[c] as OutlineNode;
    if (child.kind === 'paragraph' && !LETTERED_ITEM.test(child.number ?? '')) into.push(child.start);
    addParagraphStarts(child, into);
  }
}

/**
 * The text as the units read it: every note set apart inside a unit (see Unit.notes) blanked, line
 * breaks kept, so that the unit's sentences and word distances run across it; offsets unchanged.
 * The notes' own units read the text as it is.
 */
export function textWithoutNotes(text: string, units: readonly Unit[]): string {
  const notes = units.flatMap((unit) => unit.notes ?? []).sort((a, b) => a.start - b.start);
  if (notes.length === 0) return text;
  let read = '';
  let at = 0;
  for (const note of notes) {
    if (note.start < at) continue;
    read += text.slice(at, note.start) + text.slice(note.start, note.end).replace(/[^\n]/g, ' ');
    at = note.end;
  }
  return read + text.slice(at);
}
