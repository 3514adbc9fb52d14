import { kindOf, type AgreementDocument, type FindingOrSignal, type OutlineNode } from '../model.js';
import { ancestorsAt, chapterByNumber, enclosing, proseName, spanOf } from './outline.js';
import type { Span } from './types.js';
import { IN_SENTENCE, placeOf } from '../place-names.js';

/** How far a carve-out reaches, and in which words the text says so. */
export interface Scope extends Span {
  level: 'agreement' | 'chapters' | 'title' | 'chapter' | 'section' | 'subsection' | 'article';
  /** Extra spans when the text names several chapters ("Chapters 7, 9 and 15"). */
  more: Span[];
  /** The words that decided the scope. */
  why: string;
}

const WHOLE_AGREEMENT = [
  /\bnothing in (?:this|the present) agreement\b/i,
  /\b(?:this|the present) agreement (?:shall|does) not apply\b/i,
  /\bexempt(?:ed)? from the provisions of (?:this|the present) agreement\b/i,
  /\bexcluded from (?:the scope of )?(?:this|the present) agreement\b/i,
  /\bnada (?:de lo dispuesto )?en (?:el presente|este) (?:acuerdo|tratado)\b/i,
  /\b(?:el presente|este) (?:acuerdo|tratado) no se aplicar[áa]\b/i,
  /\baucune disposition du présent accord\b/i,
  /\ble présent accord ne s['’]applique pas\b/i,
];
/** A purpose clause that opens an exception with the chapters it serves. */
const PURPOSE_OF_CHAPTERS = /\bfor the purposes? of chapters?\s+\d|\bpara (?:los )?(?:efectos|fines|prop[óo]sitos) de (?:los )?cap[íi]tulos?\s+\d|\baux fins des? chapitres?\s+\d/i;
const THIS_CHAPTER = /\b(?:this|the present) chapter\b|\b(?:el presente|este) cap[íi]tulo\b|\ble présent chapitre\b/i;
/** "This Title" of an association or partnership agreement ("TITLE III TRADE IN SERVICES, ESTABLISHMENT AND ELECTRONIC COMMERCE"). */
const THIS_TITLE = /\b(?:this|the present) title\b|\b(?:el presente|este) t[íi]tulo\b|\ble présent titre\b/i;
const TITLE_WORD = /^\s*(?:title|titre|t[íi]tulo)\b/i;
const THIS_SECTION = /\b(?:this|the present) section\b|\b(?:la presente|esta) secci[óo]n\b|\bla présente section\b/i;
/** "This Sub-Section" is narrower than "this Section": it must never be read as one. */
const THIS_SUBSECTION = /\b(?:this|the present) sub-?section\b|\b(?:la presente|esta) subsecci[óo]n\b|\bla présente sous-section\b/i;
const THIS_ARTICLE = /\b(?:this|the present) article\b|\bparagraphs? \d+\b|\b(?:el presente|este) art[íi]culo\b|\ble présent article\b/i;
const NUMERAL = String.raw`(?:\d+[A-Z]?|[IVXLC]+\b|(?:(?:Twenty|Thirty|Forty)[ -])?(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty)\b)`;
const CHAPTER_WORD = String.raw`(?:[Cc](?:HAPTERS?|hapters?)|[Cc]ap[íi]tulos?|CAP[ÍI]TULOS?|[Cc]hapitres?|CHAPITRES?)`;
const LIST_JOIN = String.raw`(?:,|\band\b|\bor\b|\by\b|\bo\b|\bet\b|\bou\b)`;
/** "Chapters 2 to 7", "Chapters 2 through 10", "capítulos 2 a 7", "chapitres 2 à 7": every chapter between. */
const RANGE_JOIN = String.raw`(?:\bto\b|\bthrough\b|\ba\b|\bal\b|(?<!\p{L})à(?!\p{L}))`;
const NAMED_CHAPTERS = new RegExp(String.raw`\b${CHAPTER_WORD}\s+(${NUMERAL}(?:\s*\([^)]*\))?(?:\s*(?:${LIST_JOIN}|${RANGE_JOIN})\s*${NUMERAL}(?:\s*\([^)]*\))?)*)`, 'gu');
const RANGE = new RegExp(String.raw`^(\d+)\s*${RANGE_JOIN}\s*(\d+)$`, 'u');
/** Chapters a range may stand for: more would be a misreading, not a range of chapters. */
const MAX_RANGE = 40;

/**
 * A chapter named only to borrow its meaning ("subsidies, as defined in Chapter 12", "within the
 * meaning of Chapter 8") is not a chapter the clause applies to.
 */
const BORROWED_MEANING = new RegExp(String.raw`\b(?:as (?:defined|described|referred to|set out)|defined|referred to|within the meaning of|in the sense of|tal como se defin\w+|en el sentido de|au sens d[ue]|tel(?:le)?s? que défini\w*)\s+(?:in\s+|en\s+|au\s+|du\s+)?(?:the\s+|el\s+|le\s+)?[Cc](?:HAPTERS?|hapters?|ap[íi]tulos?|hapitres?)\s+${NUMERAL}(?:\s*\([^)]*\))?`, 'g');

/**
 * Chapter numbers named in "Chapters 7 (Services), 9 and 15" style lists. A carve-out's scope leaves
 * out chapters named for a definition (`borrowed: false`); a commitment that deems deliveries
 * services "within the meaning of Chapter 3" does route them there, so it keeps them.
 */
export function namedChapterNumbers(sentence: string, options: { borrowed: boolean } = { borrowed: true }): string[] {
  const numbers: string[] = [];
  for (const m of (options.borrowed ? sentence : sentence.replace(BORROWED_MEANING, ' ')).matchAll(NAMED_CHAPTERS)) {
    const list = (m[1] ?? '').replace(/\([^)]*\)/g, ' ');
    for (const part of list.split(new RegExp(String.raw`\s*${LIST_JOIN}\s*`))) {
      const n = part.trim();
      const range = RANGE.exec(n);
      const [from, to] = range ? [Number(range[1]), Number(range[2])] : [0, 0];
      if (to > from && to - from < MAX_RANGE) {
        for (let c = from; c <= to; c++) numbers.push(String(c));
      } else if (n && !/^(?:this|the|of|to)$/i.test(n)) numbers.push(n);
    }
  }
  return numbers;
}

function articleSpan(finding: FindingOrSignal): Span {
  return { start: finding.location.start, end: finding.location.end, label: placeOf(finding.location, IN_SENTENCE) };
}

/**
 * Without a section in the outline (ToTA keeps only chapters and articles), a section is taken to
 * run from the carve-out's article to the article before the next one that opens a new part of the
 * chapter (a "Scope", "Objective" or "Definitions" heading, or "This Section applies").
 */
function estimatedSection(doc: AgreementDocument, finding: FindingOrSignal): Span | undefined {
  const parent = enclosing(doc, finding.location.start, ['chapter', 'part']);
  const siblings: OutlineNode[] = (parent?.children ?? doc.outline).filter((n) => n.kind === 'article');
  const index = siblings.findIndex((n) => n.start <= finding.location.start && finding.location.start < n.end);
  if (index < 0) return undefined;
  let last = index;
  for (let i = index + 1; i < siblings.length; i++) {
    const node = siblings[i]!;
    const opening = doc.text.slice(node.start, Math.min(node.end, node.start + 300));
    if (/\b(?:scope|objectives?|definitions?|general provisions)\b/i.test(node.heading ?? '') || /\bthis section applies\b/i.test(opening)) break;
    last = i;
  }
  const first = siblings[index]!;
  const end = siblings[last]!;
  return { start: first.start, end: end.end, label: `the section running from Article ${first.number ?? '?'} to Article ${end.number ?? '?'} (estimated)` };
}

/**
 * The Title a carve-out stands in: the innermost part or chapter of the outline whose heading (or
 * number, as ToTA gives it: "TITLE IV") reads Title, Titre or Título. Outlines keep a Title as a part,
 * or as a chapter where Parts hold Titles.
 */
function enclosingTitle(doc: AgreementDocument, offset: number): OutlineNode | undefined {
  const isTitle = (n: OutlineNode) => TITLE_WORD.test(n.number ?? '') || TITLE_WORD.test(doc.text.slice(n.start, n.start + 12));
  return ancestorsAt(doc.outline, offset).filter((n) => (n.kind === 'part' || n.kind === 'chapter') && isTitle(n)).at(-1);
}

/** "Title III (TRADE IN SERVICES, ESTABLISHMENT AND ELECTRONIC COMMERCE)", whatever kind the outline gave it. */
const titleName = (node: OutlineNode) => proseName(node).replace(/^\S+/, 'Title');

/** Reads how far a cultural carve-out reaches from its own sentences and the outline around it. */
export function scopeOf(doc: AgreementDocument, finding: FindingOrSignal, sentences: string[]): Scope {
  const text = sentences.join(' ');
  const here = finding.location.start;
  const whole: Span = { start: 0, end: doc.text.length, label: 'the whole agreement' };
  // "For the purposes of Chapters 2 to 7, ... nothing in this Agreement shall be construed to prevent ...":
  // the purpose clause limits the exception to the chapters it names.
  const forNamedChapters = PURPOSE_OF_CHAPTERS.test(text);
  const hit = forNamedChapters ? undefined : WHOLE_AGREEMENT.find((re) => re.test(text));
  if (hit) return { ...whole, level: 'agreement', more: [], why: `says "${hit.exec(text)?.[0]}"` };
  const named = forNamedChapters || (/(?:does|do|shall) not apply|for the purposes of chapters?|nothing in chapters?\b|no se aplica\w*|nada (?:de lo dispuesto )?en (?:el |los )?cap[íi]tulos?|ne s['’]appliqu\w* pas|aucune disposition d[ue]s? chapitres?/i.test(text) && !THIS_CHAPTER.test(text)) ? namedChapterNumbers(text, { borrowed: false }) : [];
  const chapters = named.map((n) => chapterByNumber(doc, n, here)).filter((n): n is OutlineNode => n !== undefined);
  if (chapters.length > 0) {
    const [first, ...rest] = chapters.map(spanOf);
    // The label names every chapter in the scope, not only the first ("Chapters 2, 3 and 4").
    const numbers = chapters.map((c) => (c.number ?? '?').replace(/^chapter\s+/i, ''));
    const label = rest.length === 0 ? first!.label : `Chapters ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
    return { ...first!, label, level: 'chapters', more: rest, why: `names ${chapters.map(proseName).join(', ')}` };
  }
  // When OCR glues a footnote into the sentence, several scope words appear: the first one is the
  // sentence's own subject ("This Section applies ... (1) ... this Chapter").
  const first = (re: RegExp) => re.exec(text)?.index ?? Infinity;
  const words = { article: THIS_ARTICLE, title: THIS_TITLE, chapter: THIS_CHAPTER, section: THIS_SECTION, subsection: THIS_SUBSECTION } as const;
  const order = (['article', 'title', 'chapter', 'section', 'subsection'] as const).map((k) => ({ k, at: first(words[k]) })).filter((c) => c.at < Infinity).sort((a, b) => a.at - b.at);
  for (const { k } of order) {
    if (k === 'article') return { ...articleSpan(finding), level: 'article', more: [], why: 'limits itself to its own article' };
    if (k === 'title') {
      const title = enclosingTitle(doc, here);
      if (title) return { ...spanOf(title), label: titleName(title), level: 'title', more: [], why: `says "this Title", which is ${titleName(title)}` };
    }
    if (k === 'chapter') {
      const chapter = enclosing(doc, here, ['chapter']) ?? enclosing(doc, here, ['part']);
      if (chapter) return { ...spanOf(chapter), level: 'chapter', more: [], why: `says "this Chapter", which is ${proseName(chapter)}` };
    }
    if (k === 'section') {
      const section = enclosing(doc, here, ['section']);
      if (section) return { ...spanOf(section), level: 'section', more: [], why: `says "this Section", which is ${proseName(section)}` };
      const estimate = estimatedSection(doc, finding);
      if (estimate) return { ...estimate, level: 'section', more: [], why: 'says "this Section"; the outline has no sections, so the section is estimated' };
    }
    if (k === 'subsection') {
      const subsection = enclosing(doc, here, ['subsection']);
      if (subsection) return { ...spanOf(subsection), level: 'subsection', more: [], why: `says "this Sub-Section", which is ${proseName(subsection)}` };
      // Where the outline does not mark sub-sections, only the carve-out's own article is surely inside it.
      return { ...articleSpan(finding), level: 'subsection', more: [], why: 'says "this Sub-Section"; the outline does not mark its bounds, so only its own article is counted' };
    }
  }
  // The rule's own tags speak only when the sentence itself names no scope.
  if (finding.tags.includes('scope:chapter')) {
    const chapter = enclosing(doc, here, ['chapter']) ?? enclosing(doc, here, ['part']);
    if (chapter) return { ...spanOf(chapter), level: 'chapter', more: [], why: `is a chapter-wide carve-out of ${proseName(chapter)}` };
  }
  if (finding.tags.includes('scope:whole-agreement') || (kindOf(finding) === 'general-exception' && named.length === 0)) {
    return { ...whole, level: 'agreement', more: [], why: 'is an exception for the whole agreement' };
  }
  if (!THIS_ARTICLE.test(text)) {
    const chapter = enclosing(doc, here, ['chapter']);
    if (chapter && /\bexceptions?\b/i.test(chapter.heading ?? '') && /\b(?:exempt|excluded|shall not apply|does not apply)\b/i.test(text)) {
      return { ...whole, level: 'agreement', more: [], why: `sits in ${proseName(chapter)} and names no narrower scope` };
    }
  }
  return { ...articleSpan(finding), level: 'article', more: [], why: THIS_ARTICLE.test(text) ? 'limits itself to its own article' : 'names no wider scope' };
}

/** True when the scope covers the offset. */
export function scopeCovers(scope: Scope, offset: number): boolean {
  return [scope, ...scope.more].some((s) => s.start <= offset && offset < s.end);
}

/** True when the scope and a span share any text. */
export function scopeOverlaps(scope: Scope, span: Span): boolean {
  return [scope, ...scope.more].some((s) => s.start < span.end && span.start < s.end);
}
