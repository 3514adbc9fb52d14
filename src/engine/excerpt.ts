import { prefixLength } from '../prefix-length.js';
import { PAGE_NUMBER_LINES } from '../nlp/page-number-pattern.js';
import type { Segment } from '../nlp/index.js';
import type { Span } from './context.js';

const MAX_EXCERPT = 400;

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
 * do not follow each other (but for a page number between them) joined by " … ", cut to about 400 characters around the first mark.
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
  return cap(`${first} … ${second}`);
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

function cap(excerpt: string): string {
  if (excerpt.length <= MAX_EXCERPT) return excerpt;
  const firstMark = Math.max(0, excerpt.indexOf('«'));
  let start = Math.max(0, Math.min(firstMark - 120, excerpt.length - MAX_EXCERPT));
  if (start > 0) start = excerpt.indexOf(' ', start) + 1 || start;
  let end = Math.min(excerpt.length, start + MAX_EXCERPT);
  // Never leave a mark open: stretch to its closing » when the cut falls inside one.
  const open = excerpt.lastIndexOf('«', end - 1);
  if (open > excerpt.lastIndexOf('»', end - 1)) end = excerpt.indexOf('»', open) + 1;
  else if (end < excerpt.length) end = Math.max(excerpt.lastIndexOf(' ', end), start + 1);
  return `${start > 0 ? '… ' : ''}${excerpt.slice(start, end).trim()}${end < excerpt.length ? ' …' : ''}`;
}
