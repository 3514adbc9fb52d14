import { prefixLength } from '../prefix-length.js';
import { kindOf, type AgreementDocument, type FindingOrSignal, type LegalForce } from '../model.js';
import { splitParagraphs, type Segment } from '../nlp/index.js';
import { hasForceWords, legalForceOf } from './legal-force.js';
import { inPreamble } from './outline.js';
import { sentenceIndexAt, sentenceSpans, squash, type SentenceSpan } from './sentences.js';

export interface ForcedSentence {
  text: string;
  start: number;
  force: LegalForce;
}

const HEADING_LINE = /^\s*(?:article|art\.|artículo|chapter|chapitre|capítulo|section|sección)\s*[\dIVXLC][\w.-]*[^\n.;:]{0,150}\n\s*/i;
const NUMBERED_OPENING = /^(?:\d{1,3}\.|\(\d{1,3}\))\s+\p{Lu}/u;

/**
 * The span that holds `offset`: its sentence, cut to the numbered paragraph the offset sits in (a
 * paragraph that ends without a full stop must not lend its force to the next one).
 */
function clauseAt(article: string, offset: number, spans: SentenceSpan[], paragraphs: Segment[]): { index: number; start: number; end: number } | undefined {
  const index = sentenceIndexAt(offset, spans);
  const found = spans[index];
  if (!found) return undefined;
  // The article's own heading line ("Article 20.1 Culture") runs into its first sentence when it has no full stop.
  const heading = HEADING_LINE.exec(article);
  const bodyStart = heading ? heading[0].length : 0;
  const span = heading && found.start < bodyStart && bodyStart < found.end ? { start: bodyStart, end: found.end } : found;
  // Only a paragraph that opens with its number and a capital ("7. Nothing ...") is a cut: a wrapped
  // line that starts "2 of this Article" is not.
  const numbered = (at: number) => NUMBERED_OPENING.test(article.slice(at, at + 12));
  let from = span.start;
  let to = span.end;
  for (let i = firstParagraphAfter(paragraphs, span.start); i < paragraphs.length && (paragraphs[i] as Segment).start < span.end; i++) {
    const at = (paragraphs[i] as Segment).start;
    if (!numbered(at)) continue;
    if (at <= offset) from = Math.max(from, at);
    else to = Math.min(to, at);
  }
  return { index, start: from, end: to };
}

/** The index of the first paragraph (in text order) that starts after `offset`: an article of one sentence may hold thousands. */
function firstParagraphAfter(paragraphs: readonly Segment[], offset: number): number {
  return prefixLength(paragraphs, (paragraph) => paragraph.start <= offset);
}

/**
 * The distinct sentences of the finding's article that hold its evidence, each with its legal force.
 * A sentence with no word to read force from (a heading fragment such as "ARTICLE 14.17 Source Code
 * 1.") gives way to the next sentence that has one: force is never defaulted from a heading.
 */
export function evidenceSentences(doc: AgreementDocument, finding: FindingOrSignal): ForcedSentence[] {
  const { start, end } = finding.location;
  const article = doc.text.slice(start, end);
  const spans = sentenceSpans(article);
  const paragraphs = splitParagraphs(article);
  const preamble = finding.location.articleNumber === 'preamble' || finding.location.path.some((h) => /^\s*(?:preamble|pre[áa]mbulo|pr[ée]ambule)\s*$/i.test(h)) || inPreamble(doc, start);
  const seen = new Set<number>();
  const out: ForcedSentence[] = [];
  const offsets = finding.evidence.length > 0 ? finding.evidence.map((e) => e.start) : [start];
  // hasForceWords remembers the sentences it has read: evidence often falls in the same few.
  const hasForce = (from: number, to: number) => hasForceWords(article.slice(from, to), doc.language);
  for (const offset of offsets) {
    let clause = offset >= start && offset < end ? clauseAt(article, offset - start, spans, paragraphs) : undefined;
    if (clause && !preamble && !hasForce(clause.start, clause.end)) {
      const next = spans.slice(clause.index + 1, clause.index + 4).find((s) => hasForce(s.start, s.end));
      if (next) clause = clauseAt(article, next.start, spans, paragraphs);
    }
    const at = clause ? start + clause.start : offset;
    if (seen.has(at)) continue;
    seen.add(at);
    const text = clause ? squash(article.slice(clause.start, clause.end)) : squash(finding.excerpt.replace(/[«»]/g, ''));
    out.push({ text, start: at, force: legalForceOf(text, { language: doc.language, inPreamble: preamble }) });
  }
  return out;
}

/**
 * Which force wins when a finding spans several sentences. For carve-outs the saving or excluding
 * sentence is what matters, so `exception` outranks `binding`; for every other kind the strongest
 * commitment wins. Recitals come last in both orders.
 */
const RANK: Record<'carve-out' | 'other', LegalForce[]> = {
  'carve-out': ['exception', 'binding', 'best-endeavour', 'recital'],
  other: ['binding', 'exception', 'best-endeavour', 'recital'],
};

export function decisiveSentence(finding: FindingOrSignal, sentences: ForcedSentence[]): ForcedSentence | undefined {
  const carveOut = kindOf(finding) === 'cultural-exemption' || kindOf(finding) === 'general-exception';
  if (!carveOut) return [...sentences].sort((a, b) => a.start - b.start)[0];
  const order = RANK['carve-out'];
  return [...sentences].sort((a, b) => order.indexOf(a.force) - order.indexOf(b.force) || a.start - b.start)[0];
}

/** The legal force of a finding: that of its decisive sentence (binding when no sentence can be found). */
export function findingLegalForce(doc: AgreementDocument, finding: FindingOrSignal): LegalForce {
  return decisiveSentence(finding, evidenceSentences(doc, finding))?.force ?? 'binding';
}
