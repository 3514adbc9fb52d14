import type { AgreementDocument, Category, Language } from '../model.js';
import { firstTokenAtOrAfter, lastTokenEndingBy, mayRespell, splitParagraphs, splitSentences, tokenize, tokenizeStretches, trim, type Segment, type StemCache, type Words } from '../nlp/index.js';
import type { CompiledInside, RegexNode, TermsNode } from '../rules/types.js';
import { findCitations, type ArticleDirectory } from './citations.js';
import type { Match } from './evaluate.js';
import { oneByteSlicesOf } from '../one-byte-text.js';
import { HeadingTests } from './heading-tests.js';
import type { TermPlaces } from './prefilter.js';
import type { Unit } from './units.js';

export interface Span {
  start: number;
  end: number;
}

/** What a unit needs to follow its citations: which units carry findings of a category (from the first pass). */
export interface CitationContext {
  directory: ArticleDirectory;
  /** This unit's index in the document's units. */
  unitIndex: number;
  /** The units with a finding of this category and, when given, an own label ("Article 2005 Cultural Industries") that matches `heading`. */
  targets(category: Category, heading?: RegExp): ReadonlySet<number>;
}

/** What the anchor pass tells of a unit (engine/prefilter): what cannot occur there, and where terms can. */
export interface UnitAnchorFacts {
  /** Whether a regex can match in this unit at all (its literals occur here: see prefilter mayMatch). */
  mayMatch(node: RegexNode): boolean;
  /** Where a phrase of the terms can stand, or undefined when not told (prefilter termPlaces). */
  termPlaces(node: TermsNode): TermPlaces | undefined;
}

/** Nothing known from an anchor pass: every regex is run, every word read. */
const NO_ANCHOR_FACTS: UnitAnchorFacts = { mayMatch: () => true, termPlaces: () => undefined };

/** What one unit offers to pattern evaluation; everything costly is computed on first use and kept. */
export class UnitContext {
  private sentenceCache?: Segment[];
  private paragraphCache?: Segment[];
  private textCache?: string;
  /** A pattern's occurrences in the unit, by its occurrence key (engine/occurrences); made on first use, as many units run no pattern. */
  private occurrenceCache?: Map<number, Span[]>;
  /** A list of the unit's occurrences (above, or its citations) made into matches over the whole unit, by that list. */
  private unitMatches?: Map<readonly Span[], Match[]>;
  private tokenCache?: Words;
  private respells?: boolean;
  private citationCache?: Array<Span & { targets: number[] }>;
  /** Category and heading → the citations of such units: asked again for every window of the unit. */
  private citedCache?: Map<string, Span[]>;

  constructor(
    readonly doc: AgreementDocument,
    readonly unit: Unit,
    readonly language: Language,
    private readonly stems: StemCache,
    private readonly anchors: UnitAnchorFacts = NO_ANCHOR_FACTS,
    /** The heading tests of `inside`, shared by a document's units (they share most headings). */
    private readonly headingTests = new HeadingTests(doc),
    /** Given once the other rules have run: what `cites` patterns look up (see citingWith). */
    private citing?: CitationContext,
  ) {}

  /**
   * This context, told what `cites` patterns look up. The rules that follow citations run once the
   * others have run, in many of the same units: they take up what those read there (the unit's words,
   * its sentences, the matches of the vocabularies and regexes both use), none of which depends on
   * the citations, instead of reading it all again.
   */
  citingWith(citing: CitationContext): this {
    this.citing = citing;
    return this;
  }

  /** Whether a regex can match in this unit at all: see UnitAnchorFacts. */
  mayMatch(node: RegexNode): boolean {
    return this.anchors.mayMatch(node);
  }

  /**
   * Where a phrase of the terms can stand, when the unit's words can be read a few at a time around
   * those places: the anchor pass placed the terms' anchors, tokenize
   * respells no word of the unit (nlp mayRespell), and the unit reads the text the pass read (no notes
   * set apart in it, which the pass saw and the unit reads blanked). Else undefined: read every word.
   */
  termPlaces(node: TermsNode): TermPlaces | undefined {
    const places = this.unit.notes ? undefined : this.anchors.termPlaces(node);
    if (places === undefined) return undefined;
    this.respells ??= mayRespell(this.text);
    return this.respells ? undefined : places;
  }

  /** The words of stretches of the unit that begin and end next to characters of no word (nlp stretchAround): the unit's own words there, as one list. */
  wordsIn(stretches: readonly Span[]): Words {
    return tokenizeStretches(this.doc.text, this.language, this.stems, stretches);
  }

  /** Whether any unit of the document could be cited so (a finding of the category, a matching heading): else the text need not be read. */
  mayCite(category: Category, heading?: RegExp): boolean {
    return (this.citing?.targets(category, heading).size ?? 0) > 0;
  }

  /** The spans where the unit cites, by number, another article that has a finding of the category (and a heading that matches). */
  citationsOf(category: Category, heading?: RegExp): Span[] {
    const citing = this.citing;
    if (!citing) return [];
    this.citationCache ??= findCitations(this.doc.text, this.unit.start, this.unit.end).map((c) => ({
      start: c.start,
      end: c.end,
      targets: c.numbers.map((n) => citing.directory.resolve(n, citing.unitIndex)).filter((u): u is number => u !== undefined),
    }));
    const key = `${category}\n${heading?.source ?? ''}\n${heading?.flags ?? ''}`;
    this.citedCache ??= new Map();
    let cited = this.citedCache.get(key);
    if (!cited) {
      const units = citing.targets(category, heading);
      cited = this.citationCache.filter((c) => c.targets.some((u) => units.has(u))).map(({ start, end }) => ({ start, end }));
      this.citedCache.set(key, cited);
    }
    return cited;
  }

  /** The occurrences of the pattern whose occurrence key (engine/occurrences) is `key`, when already looked for in the unit. */
  occurrencesOf(key: number): Span[] | undefined {
    return this.occurrenceCache?.get(key);
  }

  /** Keeps a pattern's occurrences in the unit for the other rules that ask (see occurrencesOf). */
  keepOccurrences(key: number, spans: Span[]): void {
    (this.occurrenceCache ??= new Map()).set(key, spans);
  }

  /** The matches `make` makes of a list of the unit's occurrences over the whole unit: made once, whichever rules ask. */
  matchesOf(spans: readonly Span[], make: (spans: readonly Span[]) => Match[]): Match[] {
    this.unitMatches ??= new Map();
    let matches = this.unitMatches.get(spans);
    if (!matches) this.unitMatches.set(spans, (matches = make(spans)));
    return matches;
  }

  /** The unit's words, read on first use: a unit no rule is tried on is never tokenised. */
  get tokens(): Words {
    return (this.tokenCache ??= tokenize(this.doc.text, this.language, this.stems, this.unit.start, this.unit.end));
  }

  /** One past the unit's last word. */
  get endToken(): number {
    return this.tokens.count;
  }

  /** The unit's text, which the rules' regexes read: one-byte wherever it can be (see OneByteSlices). */
  get text(): string {
    return (this.textCache ??= oneByteSlicesOf(this.doc).slice(this.unit.start, this.unit.end));
  }

  /**
   * The sentences of the unit's text: its headings are none of them, so a title ("Dialogue on Digital
   * Trade and Culture") never reads as a sentence of its own nor as the start of the first one, whether
   * the layout set it apart (a Word heading) or ran it on to the text (a line of plain text).
   */
  sentences(): Segment[] {
    return (this.sentenceCache ??= this.unit.textRanges.flatMap((range) => splitSentences(this.doc.text, range.start, range.end)));
  }

  /** The paragraphs of the unit's text, its headings left out as for sentences. */
  paragraphs(): Segment[] {
    return (this.paragraphCache ??= this.unit.textRanges.flatMap((range) => splitParagraphs(this.doc.text, range.start, range.end, this.unit.paragraphStarts)));
  }

  /** The pieces an excerpt is made of: the sentences, and each heading as a piece of its own. */
  excerptPieces(): Span[] {
    const headings: Span[] = [];
    let at = this.unit.start;
    for (const range of [...this.unit.textRanges, { start: this.unit.end, end: this.unit.end }]) {
      const heading = trim(this.doc.text, at, range.start);
      if (heading) headings.push(heading);
      at = range.end;
    }
    return [...headings, ...this.sentences()].sort((a, b) => a.start - b.start);
  }

  /** Token index of the first word at or after `offset` and of the last word ending by `end`. */
  tokenSpan(span: Span): { first: number; last: number } {
    const first = firstTokenAtOrAfter(this.tokens, span.start);
    return { first, last: Math.max(first, lastTokenEndingBy(this.tokens, span.end)) };
  }

  /** Whether the unit stands where `inside` asks: in one of its parts, under a heading that matches, after a unit of its category. */
  holds(inside: CompiledInside): boolean {
    return (!inside.parts || inside.parts.has(this.unit.part)) && (!inside.heading || this.headingTests.holds(inside, this.unit)) && (!inside.after || this.followsUnitOf(inside.after));
  }

  /** Whether a unit before this one has a finding of the category (known once the other rules have run). */
  private followsUnitOf(category: Category): boolean {
    const citing = this.citing;
    if (!citing) return false;
    for (const u of citing.targets(category)) if (u < citing.unitIndex) return true;
    return false;
  }

  /** The unit's first line: the evidence of a rule that matched on position alone (`inside`). */
  headingSpan(): Span {
    const text = this.text;
    const lead = text.length - text.trimStart().length;
    const newline = text.indexOf('\n', lead);
    const end = Math.min(newline < 0 ? text.length : newline, lead + 200);
    return { start: this.unit.start + lead, end: this.unit.start + text.slice(0, end).trimEnd().length };
  }
}
