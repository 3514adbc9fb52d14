import { oneByteSlicesOf } from '../one-byte-text.js';
import { prefixLength } from '../prefix-length.js';
import { kindOf, type AgreementDocument, type FindingOrSignal, type Language, type LegalForce } from '../model.js';
import { joinListItems, segmentIndexAt, splitParagraphs, splitSentences, squash, type Segment } from '../nlp/index.js';
import { subjectOf } from './carve-out-subject.js';
import { hasForceWords, isDefinition, legalForceOf, listItemForce } from './legal-force.js';
import { articleLists, type ArticleLists, type ListItemClause } from './list-item-clauses.js';
import { noteWordsAt } from './note-spans.js';
import { ancestorsAt, inPreamblePlace } from './outline.js';

export interface ForcedSentence {
  text: string;
  start: number;
  force: LegalForce;
  /** True when evidence in it names what a carve-out takes out ("audio-visual services"): see `decisive`. */
  namesSubject?: boolean;
}

/** An article's own heading line ("Article 20.1 Culture"), which runs into its first sentence when it has no full stop. */
const HEADING_LINE = /^\s*(?:article|art\.|artículo|chapter|chapitre|capítulo|section|sección)\s*[\dIVXLC][\w.-]*[^\n.;:]{0,150}\n\s*/i;
/** A numbered paragraph's opening: "7. Nothing", "(2) Each", or OCR's "7 . Nothing". */
const NUMBERED_OPENING = /^(?:\d{1,3} ?\.|\(\d{1,3}\))\s+\p{Lu}/u;

/**
 * Where an article's text starts after its heading, in `article` (the text from the unit's `start`):
 * past the heading the outline read (its number and its title, on the heading line or on a line of its
 * own), else past the heading line read off the text.
 */
export function bodyStartOf(doc: AgreementDocument, start: number, article: string): number {
  const node = ancestorsAt(doc.outline, start).filter((n) => n.start === start).at(-1);
  if (node?.headingEnd !== undefined && node.headingEnd > start) return Math.min(node.headingEnd - start, article.length);
  return HEADING_LINE.exec(article)?.[0].length ?? 0;
}

/**
 * The span that holds `offset`: its sentence, cut to the numbered paragraph the offset sits in (a
 * paragraph that ends without a full stop must not lend its force to the next one).
 */
function clauseAt(split: ArticleSplit, offset: number): { index: number; start: number; end: number } | undefined {
  const { article, spans, paragraphs, bodyStart } = split;
  let index = segmentIndexAt(offset, spans);
  let found = spans[index];
  if (!found) return undefined;
  // A heading set apart as a sentence of its own ("Article 3-1: Customs Duties" over a blank line) is no
  // clause: its words are read with the article's first sentence, as where the heading runs into it.
  const firstInBody = found.end <= bodyStart ? prefixLength(spans, (sentence) => sentence.start < bodyStart) : index;
  if (spans[firstInBody]) [index, found] = [firstInBody, spans[firstInBody] as Segment];
  // The article's heading runs into its first sentence when it has no full stop ("Article 20.1 Culture").
  const span = found.start < bodyStart && bodyStart < found.end ? { start: bodyStart, end: found.end } : found;
  // Evidence in the heading stands for the words at the clause's start.
  const within = Math.max(offset, span.start);
  let from = span.start;
  let to = span.end;
  for (let i = firstParagraphAfter(paragraphs, span.start); i < paragraphs.length && (paragraphs[i] as Segment).start < span.end; i++) {
    const at = (paragraphs[i] as Segment).start;
    if (!opensNumberedParagraph(article, at)) continue;
    if (at <= within) from = Math.max(from, at);
    else to = Math.min(to, at);
  }
  return { index, start: from, end: to };
}

/**
 * Whether the paragraph at `at` opens with its number and a capital ("7. Nothing ..."), which cuts a
 * sentence: a wrapped line that starts "2 of this Article" does not.
 */
function opensNumberedParagraph(article: string, at: number): boolean {
  return NUMBERED_OPENING.test(article.slice(at, at + 12));
}

/**
 * Where the lead-ins of a list item in `clause` may be read from: the numbered paragraph that holds
 * `offset` (else the article's words), which may start before the clause. A note set under a lead-in or
 * between items stands apart for legal force ("1. The Parties shall endeavour to:" / "Note: …" /
 * "(a) facilitate …"), and the items after it still read with that lead-in.
 */
function leadInsFrom(split: ArticleSplit, clause: { start: number }, offset: number): number {
  const numbered = split.numberedParagraphs();
  const paragraph = numbered[prefixLength(numbered, (at) => at <= offset) - 1] ?? 0;
  return Math.min(clause.start, Math.max(split.bodyStart, paragraph));
}

/**
 * Where the numbered paragraph that holds `offset` ends: where the next numbered paragraph opens. Evidence
 * before the first numbered paragraph (in the article's heading) is in none, and may be read on into it.
 */
function numberedParagraphEnd(split: ArticleSplit, offset: number): number {
  const numbered = split.numberedParagraphs();
  const before = prefixLength(numbered, (at) => at <= offset);
  return before === 0 ? Infinity : (numbered[before] ?? Infinity);
}

/** The index of the first paragraph (in text order) that starts after `offset`: an article of one sentence may hold thousands. */
function firstParagraphAfter(paragraphs: readonly Segment[], offset: number): number {
  return prefixLength(paragraphs, (paragraph) => paragraph.start <= offset);
}

/** A sentence that holds a finding's evidence, before its force is read. */
interface EvidenceClause {
  text: string;
  start: number;
  inPreamble: boolean;
  namesSubject: boolean;
  /** For a list item, the item read with its lead-ins (its force is read from that). */
  item?: ListItemClause;
  /** For a lead-in, the items under it, each read with its lead-ins. */
  items?: ListItemClause[];
}

/**
 * The distinct sentences of the finding's article that hold its evidence, each with its legal force.
 * A sentence with no word to read force from (a heading fragment such as "ARTICLE 14.17 Source Code
 * 1.") gives way to the next sentence that has one: force is never defaulted from a heading.
 */
export function evidenceSentences(doc: AgreementDocument, finding: FindingOrSignal): ForcedSentence[] {
  return evidenceClauses(clauseReader(doc, finding)).map((clause) => ({ text: clause.text, start: clause.start, force: forceOf(doc, clause), namesSubject: clause.namesSubject }));
}

function forceOf(doc: AgreementDocument, clause: EvidenceClause): LegalForce {
  const context = { language: doc.language, inPreamble: clause.inPreamble };
  if (clause.item) return listItemForce(clause.item.reading, clause.item.own, context);
  const force = legalForceOf(clause.text, context);
  // "Each Party shall: (a) seek to ...; (b) endeavour to ...": the lead-in's "shall" binds its items to
  // nothing more than the efforts they name.
  const items = clause.items ?? [];
  if (force === 'binding' && items.length > 0 && items.every((item) => listItemForce(item.reading, item.own, context) === 'best-endeavour')) return 'best-endeavour';
  return force;
}

/** The clauses of a finding's evidence, read from its article (split once for all its evidence). */
interface ClauseReader {
  /** Where each piece of evidence starts. */
  offsets: number[];
  /** Where each piece of evidence that names a cultural subject starts (for carve-outs only: see `decisive`). */
  subjectOffsets: ReadonlySet<number>;
  /** The earliest the clause of `offset` can start: where it stands before it gives way to a later sentence. */
  earliestStart(offset: number): number;
  clauseOf(offset: number): EvidenceClause;
}

/** An article's text cut into its sentences and paragraphs (offsets in the article). */
interface ArticleSplit {
  article: string;
  /** Where its text starts after its heading (see bodyStartOf). */
  bodyStart: number;
  spans: Segment[];
  paragraphs: Segment[];
  /** Where its paragraphs that open with their number start (see opensNumberedParagraph), read on first use. */
  numberedParagraphs(): number[];
  /** Its lists' items and lead-ins, read on first use. */
  lists(): ArticleLists;
}

/** Each document's articles as split so far: the findings and signals of one article share its split. */
const splitsByDocument = new WeakMap<AgreementDocument, Map<string, ArticleSplit>>();

function articleSplit(doc: AgreementDocument, start: number, end: number): ArticleSplit {
  let splits = splitsByDocument.get(doc);
  if (!splits) splitsByDocument.set(doc, (splits = new Map()));
  const key = `${start}:${end}`;
  let split = splits.get(key);
  if (!split) {
    // One-byte wherever it can be, for the legal-force regexes (see OneByteSlices).
    const article = oneByteSlicesOf(doc).slice(start, end);
    let lists: ArticleLists | undefined;
    let numbered: number[] | undefined;
    const paragraphs = splitParagraphs(article);
    // Split once: the sentences with list items apart make the lists, and joined to their lead-ins, the clauses force is read from.
    const apart = splitSentences(article);
    split = {
      article,
      bodyStart: bodyStartOf(doc, start, article),
      spans: joinListItems(article, apart),
      paragraphs,
      numberedParagraphs: () => (numbered ??= paragraphs.map((p) => p.start).filter((at) => opensNumberedParagraph(article, at))),
      lists: () => (lists ??= articleLists(article, apart)),
    };
    splits.set(key, split);
  }
  return split;
}

function clauseReader(doc: AgreementDocument, finding: FindingOrSignal): ClauseReader {
  const { start, end } = finding.location;
  const own = { start, split: articleSplit(doc, start, end) };
  const preamble = inPreamblePlace(doc, finding.location);
  /**
   * The text a piece of evidence is read in: the note that holds it, a clause of its own read in its
   * calling article's place (wherever the layout printed it: at the end of the document, at the foot of
   * a page the article runs over), else the finding's article.
   */
  const frameAt = (offset: number): { start: number; split: ArticleSplit } | undefined => {
    const note = noteWordsAt(doc, offset);
    if (note) return { start: note.start, split: articleSplit(doc, note.start, note.end) };
    return offset >= start && offset < end ? own : undefined;
  };
  return {
    offsets: finding.evidence.length > 0 ? finding.evidence.map((e) => e.start) : [start],
    subjectOffsets: new Set(isCarveOut(finding) ? finding.evidence.filter((e) => subjectOf(e.text) !== undefined).map((e) => e.start) : []),
    earliestStart(offset) {
      const frame = frameAt(offset);
      const clause = frame ? clauseAt(frame.split, offset - frame.start) : undefined;
      return clause && frame ? frame.start + clause.start : offset;
    },
    clauseOf(offset) {
      const frame = frameAt(offset);
      if (!frame) return { text: squash(finding.excerpt.replace(/[«»]/g, '')), start: offset, inPreamble: preamble, namesSubject: false };
      const { start: base, split } = frame;
      const { article, spans } = split;
      // hasForceWords remembers the sentences it has read: evidence often falls in the same few.
      const hasForce = (from: number, to: number) => hasForceWords(article.slice(from, to), doc.language);
      let clause = clauseAt(split, offset - base);
      // An item of a list reads with the lead-ins of its own level, within the numbered paragraph; in the
      // preamble too ("RESOLVED to: … (b) promote cultural diversity"), where it is a recital whatever its words.
      const item = clause ? split.lists().itemAt(offset - base, leadInsFrom(split, clause, offset - base)) : undefined;
      if (item && (preamble || hasForceWords(item.reading, doc.language))) return { text: item.text, start: base + item.start, inPreamble: preamble, namesSubject: false, item };
      if (clause && !preamble && !hasForce(clause.start, clause.end)) {
        // A heading line cut from the numbered paragraph it heads ("Public Participation\n5. In ...")
        // gives way to that paragraph first, then to the sentences after it.
        const sentence = spans[clause.index] as Segment;
        const rest = clause.end < sentence.end ? clauseAt(split, clause.end) : undefined;
        if (rest && rest.start >= clause.end && hasForce(rest.start, rest.end)) clause = rest;
        else {
          // A list item whose lead-ins hold no force words ("1. The objectives of cultural cooperation are to:
          // (a) ...") gives way within its own numbered paragraph only: a later one ("2. Recognising that
          // co-productions ...") speaks of something else, and its force is not the item's.
          const paragraphEnd = item ? numberedParagraphEnd(split, offset - base) : Infinity;
          const next = spans.slice(clause.index + 1, clause.index + 4).find((s) => s.start < paragraphEnd && hasForce(s.start, s.end));
          if (next) clause = clauseAt(split, next.start);
        }
      }
      const text = clause ? squash(article.slice(clause.start, clause.end)) : squash(finding.excerpt.replace(/[«»]/g, ''));
      // A lead-in's force is read with its items': the evidence's own lead-in, or the one the clause opens with.
      const leadInAt = clause && offset - base >= clause.start && offset - base < clause.end ? offset - base : clause?.start;
      const items = clause && leadInAt !== undefined && !preamble ? split.lists().itemsUnder(leadInAt, clause.start, clause.end) : [];
      return { text, start: clause ? base + clause.start : offset, inPreamble: preamble, namesSubject: false, ...(items.length > 0 ? { items } : {}) };
    },
  };
}

/** The distinct clauses of the finding's evidence, in the order of its evidence. */
function evidenceClauses(reader: ClauseReader): EvidenceClause[] {
  const byStart = new Map<number, EvidenceClause>();
  for (const offset of reader.offsets) {
    const clause = reader.clauseOf(offset);
    const seen = byStart.get(clause.start);
    if (!seen) byStart.set(clause.start, clause);
    // Only a clause that holds the subject itself: one that a sentence without force words gave way to
    // ("(b) involving cultural industries ..." cut from its lead-in) holds another paragraph's words.
    if (reader.subjectOffsets.has(offset) && clause.start <= offset) (seen ?? clause).namesSubject = true;
  }
  return [...byStart.values()];
}

/**
 * The first of the finding's clauses in the text. A clause starts where its evidence's sentence starts
 * or later (when that sentence has no force words and gives way), so evidence whose sentence starts
 * after the first clause found cannot come first: its sentence need not be read.
 */
function firstClause(reader: ClauseReader): EvidenceClause | undefined {
  const byEarliest = reader.offsets.map((offset) => ({ offset, earliest: reader.earliestStart(offset) })).sort((a, b) => a.earliest - b.earliest);
  let first: EvidenceClause | undefined;
  for (const { offset, earliest } of byEarliest) {
    if (first && earliest >= first.start) break;
    const clause = reader.clauseOf(offset);
    if (!first || clause.start < first.start) first = clause;
  }
  return first;
}

/**
 * Which force wins when a finding spans several sentences. For carve-outs the saving or excluding
 * sentence is what matters, so `exception` outranks `binding`; for every other kind the first
 * sentence in the text decides. Recitals come last.
 */
const CARVE_OUT_RANK: readonly LegalForce[] = ['exception', 'binding', 'best-endeavour', 'recital'];

export function decisiveSentence(finding: FindingOrSignal, sentences: ForcedSentence[], language: Language): ForcedSentence | undefined {
  return decisive(finding, sentences, (sentence) => sentence.force, language);
}

/** A cultural carve-out or a general exception: its force is read from its saving or excluding clause. */
export function isCarveOut(finding: FindingOrSignal): boolean {
  return kindOf(finding) === 'cultural-exemption' || kindOf(finding) === 'general-exception';
}

/**
 * The decisive one of `sentences`, reading the force of no more of them than the ranking needs: none
 * but the first for most kinds, and for a carve-out, in text order up to the first exception among
 * the clauses that name its subject (all of them when none does).
 */
function decisive<T extends { text: string; start: number; namesSubject?: boolean }>(finding: FindingOrSignal, sentences: readonly T[], force: (sentence: T) => LegalForce, language: Language): T | undefined {
  const inOrder = [...sentences].sort((a, b) => a.start - b.start);
  if (!isCarveOut(finding)) return inOrder[0];
  // A carve-out's force is that of the clauses whose evidence names what it takes out ("This Chapter
  // shall not apply to ... audio-visual services"), not of a saving clause beside it in the article
  // ("Nothing in this Chapter shall be construed as ...") that matched only "this Chapter".
  const own = inOrder.filter((sentence) => sentence.namesSubject);
  // A definition beside the excluding clause ("1. ... cultural industry means ...; 2. This Agreement does
  // not apply to ... a cultural industry") binds as well, but it is the exclusion that carves out: at an
  // equal force, the definition gives way.
  let best: T | undefined;
  let bestRank = Infinity;
  for (const sentence of own.length > 0 ? own : inOrder) {
    const rank = 2 * CARVE_OUT_RANK.indexOf(force(sentence)) + (isDefinition(sentence.text, language) ? 1 : 0);
    if (rank < bestRank) [best, bestRank] = [sentence, rank];
    if (rank === 0) break;
  }
  return best;
}

/** The legal force of a finding: that of its decisive sentence (binding when no sentence can be found). */
export function findingLegalForce(doc: AgreementDocument, finding: FindingOrSignal): LegalForce {
  const reader = clauseReader(doc, finding);
  const clause = isCarveOut(finding) ? decisive(finding, evidenceClauses(reader), (c) => forceOf(doc, c), doc.language) : firstClause(reader);
  return clause ? forceOf(doc, clause) : 'binding';
}
