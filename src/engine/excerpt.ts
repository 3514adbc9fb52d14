import { prefixLength } from '../prefix-length.js';
import { PAGE_NUMBER_LINES } from '../nlp/page-number-pattern.js';
import type { Segment } from '../nlp/index.js';
import type { Span } from './context.js';

/** The sentences that hold evidence, in text order (a span outside every sentence stands for itself). */
export function evidenceSentences(sentences: readonly Segment[], spans: readonly Span[]): Span[] {
  const chosen = new Set<Segment | Span>();
  for (const span of spans) {
    const holding = overlapping(sentences, span);
    if (holding.length === 0) chosen.add({ start: span.start, end: span.end });
    for (const sentence of holding) chosen.add(sentence);
  }
  return [...chosen].map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
}

/** How many sentences an excerpt takes from under a heading: a lead-in ("For purposes of this Chapter:") and what it leads to. */
const SENTENCES_UNDER_HEADING = 3;

/**
 * The pieces an excerpt shows, `shown` (from evidenceSentences): when every one of them is a heading,
 * the first sentence of the text under the last one joins them (with what it leads to, when it ends
 * on a colon), so that the excerpt of an article matched on its title alone ("Article 5.2
 * Transparency" in an electronic-commerce chapter) says what the article does.
 */
export function withTextUnderHeadings(text: string, shown: readonly Span[], sentences: readonly Segment[]): Span[] {
  const last = shown[shown.length - 1];
  if (!last || shown.some((piece) => overlapping(sentences, piece).length > 0)) return [...shown];
  const first = prefixLength(sentences, (sentence) => sentence.start < last.end);
  const under: Span[] = [];
  for (const sentence of sentences.slice(first, first + SENTENCES_UNDER_HEADING)) {
    under.push({ start: sentence.start, end: sentence.end });
    if (!text.slice(sentence.start, sentence.end).trimEnd().endsWith(':')) break;
  }
  return [...shown, ...under];
}

/** The spans (in text order, never overlapping: sentences, merged marks) that overlap `span`, by binary search: a unit may hold thousands. */
function overlapping<S extends Span>(sorted: readonly S[], span: Span): S[] {
  const found: S[] = [];
  for (let i = prefixLength(sorted, (s) => s.end <= span.start); i < sorted.length && (sorted[i] as S).start < span.end; i++) found.push(sorted[i] as S);
  return found;
}

/**
 * The evidence sentences with every matched span marked « », whitespace collapsed, sentences that
 * do not follow each other (but for a page number between them) joined by " … ", cut around the first mark to about 400 characters (see cap).
 */
export function buildExcerpt(text: string, sentences: readonly Span[], spans: readonly Span[]): string {
  const marks = mergeSpans(spans);
  const pieces: string[] = [];
  let previousEnd = -1;
  for (const sentence of sentences) {
    let piece = '';
    let at = sentence.start;
    for (const mark of overlapping(marks, sentence)) {
      const start = Math.max(mark.start, sentence.start);
      const end = Math.min(mark.end, sentence.end);
      if (end <= start) continue;
      piece += `${text.slice(at, start)}«${text.slice(start, end)}»`;
      at = end;
    }
    piece += text.slice(at, sentence.end);
    // A page number left between two sentences ("... in goods." / "143" / "(b) ...") is no words left out.
    const between = previousEnd < 0 ? '' : /\S/.test(text.slice(previousEnd, sentence.start).replace(PAGE_NUMBER_LINES, '')) ? ' … ' : ' ';
    pieces.push(between + piece);
    previousEnd = sentence.end;
  }
  return cap(pieces.join('').replace(/\s+/g, ' ').trim());
}

/** Two excerpts of one finding, from texts printed apart (an article and a note it calls), one after the other within the same length. */
export function joinExcerpts(first: string, second: string): string {
  return cap(`${first.replace(TRAILING_GAP, '')} … ${second.replace(LEADING_GAP, '')}`);
}

/** Sorted spans with overlapping and touching ones merged. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * How long an excerpt may be, counted in its letters and digits: the words every format of a text
 * shares, where the marks, the stops and the spaces between them differ with the layout ("«Article
 * 12.3: Customs Duties»" in a text, "«Article 12.3» Customs Duties" in a journal's markup), so that the
 * cap cuts at the same word in all. About 400 characters of running text.
 */
const MAX_EXCERPT_LETTERS = 325;
/** How much of the text before the first mark a cut excerpt keeps, in letters and digits (about 120 characters). */
const LETTERS_BEFORE_FIRST_MARK = 100;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** The " … " that stands for words left out, at an excerpt's end or start, where the cut's own " …" says as much. */
const TRAILING_GAP = /(?:\s*…)+$/u;
const LEADING_GAP = /^(?:…\s*)+/u;

/**
 * Where each letter and digit of `text` stands. ASCII is told by its code and only the other characters
 * by LETTER_OR_DIGIT: an excerpt runs to thousands of characters before its cut, and a match object for
 * each of its letters was most of what an excerpt cost.
 */
function letterOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const lower = code | 0x20;
      if ((code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) offsets.push(i);
      continue;
    }
    const point = text.codePointAt(i) as number;
    if (LETTER_OR_DIGIT.test(String.fromCodePoint(point))) offsets.push(i);
    if (point > 0xffff) i++; // the low half of a surrogate pair, read with the high one
  }
  return offsets;
}

/**
 * An excerpt cut to MAX_EXCERPT_LETTERS around its first mark, at whole words: from the first word
 * that starts within LETTERS_BEFORE_FIRST_MARK of it (or the last stretch of the excerpt that fits),
 * to the last word that ends within the count, stretched to close a mark the cut would leave open.
 */
function cap(excerpt: string): string {
  const letters = letterOffsets(excerpt);
  if (letters.length <= MAX_EXCERPT_LETTERS) return excerpt;
  const firstMark = Math.max(0, excerpt.indexOf('«'));
  const firstLetter = Math.max(0, Math.min(prefixLength(letters, (at) => at < firstMark) - LETTERS_BEFORE_FIRST_MARK, letters.length - MAX_EXCERPT_LETTERS));
  let start = 0;
  if (firstLetter > 0) {
    // The excerpt starts at the word of the first letter counted, or at the next one when the count starts inside a word.
    const at = letters[firstLetter] as number;
    const word = excerpt.lastIndexOf(' ', at) + 1;
    start = (letters[firstLetter - 1] as number) < word ? word : excerpt.indexOf(' ', at) + 1 || at;
  }
  const lastLetter = prefixLength(letters, (at) => at < start) + MAX_EXCERPT_LETTERS;
  let end = excerpt.length;
  if (lastLetter < letters.length) {
    const limit = letters[lastLetter] as number;
    const open = excerpt.lastIndexOf('«', limit);
    // Never leave a mark open: stretch to its closing » when the count ends inside one; else the word
    // it ends in is left out whole, and the excerpt ends at the space before it.
    end = open > excerpt.lastIndexOf('»', limit) ? excerpt.indexOf('»', open) + 1 : Math.max(excerpt.lastIndexOf(' ', limit), start + 1);
  }
  let kept = excerpt.slice(start, end).trim();
  if (start > 0) kept = `… ${kept.replace(LEADING_GAP, '')}`;
  if (end < excerpt.length) kept = `${kept.replace(TRAILING_GAP, '')} …`;
  return kept;
}
