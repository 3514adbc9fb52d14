import type { AgreementDocument, Finding, LegalForce } from '../model.js';
import { splitParagraphs, type Segment } from '../nlp/index.js';
import { hasForceWords, legalForceOf } from './legal-force.js';
import { inPreamble } from './outline.js';
import { sentenceAt, sentenceSpans, squash, type SentenceSpan } from './sentences.js';

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
  const found = sentenceAt(article, offset, spans);
  if (!found) return undefined;
  const index = spans.indexOf(found);
  // The article's own heading line ("Article 20.1 Culture") runs into its first sentence when it has no full stop.
  const heading = HEADING_LINE.exec(article);
  const bodyStart = heading ? heading[0].length : 0;
  const span = heading && found.start < bodyStart && bodyStart < found.end ? { start: bodyStart, end: found.end } : found;
  // Only a paragraph that opens with its number and a capital ("7. Nothing ...") is a cut: a wrapped
  // line that starts "2 of this Article" is not.
  const numbered = (at: number) => NUMBERED_OPENING.test(article.slice(at, at + 12));
  const cuts = paragraphs.map((p) => p.start).filter((at) => at > span.start && at < span.end && numbered(at));
  const from = Math.max(span.start, ...cuts.filter((at) => at <= offset));
  const to = Math.min(span.end, ...cuts.filter((at) => at > offset));
  return { index, start: from, end: to };
}

/**
 * The distinct sentences of the finding's article that hold its evidence, each with its legal force.
 * A sentence with no word to read force from (a heading fragment such as "ARTICLE 14.17 Source Code
 * 1.") gives way to the next sentence that has one: force is never defaulted from a heading.
 */
export function evidenceSentences(doc: AgreementDocument, finding: Finding): ForcedSentence[] {
  const { start, end } = finding.location;
  const article = doc.text.slice(start, end);
  const spans = sentenceSpans(article);
  const paragraphs = splitParagraphs(article);
  const preamble = finding.location.articleNumber === 'preamble' || finding.location.path.some((h) => /^\s*(?:preamble|pre[áa]mbulo|pr[ée]ambule)\s*$/i.test(h)) || inPreamble(doc, start);
  const seen = new Set<number>();
  const out: ForcedSentence[] = [];
  const offsets = finding.evidence.length > 0 ? finding.evidence.map((e) => e.start) : [start];
  for (const offset of offsets) {
    let clause = offset >= start && offset < end ? clauseAt(article, offset - start, spans, paragraphs) : undefined;
    if (clause && !preamble && !hasForceWords(article.slice(clause.start, clause.end), doc.language)) {
      const next = spans.slice(clause.index + 1, clause.index + 4).find((s) => hasForceWords(article.slice(s.start, s.end), doc.language));
      if (next) clause = clauseAt(article, next.start, spans, paragraphs);
    }
    const text = clause ? squash(article.slice(clause.start, clause.end)) : squash(finding.excerpt.replace(/[«»]/g, ''));
    const at = clause ? start + clause.start : offset;
    if (seen.has(at)) continue;
    seen.add(at);
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

export function decisiveSentence(finding: Finding, sentences: ForcedSentence[]): ForcedSentence | undefined {
  const carveOut = finding.category === 'cultural-exemption' || finding.category === 'general-exception';
  if (!carveOut) return [...sentences].sort((a, b) => a.start - b.start)[0];
  const order = RANK['carve-out'];
  return [...sentences].sort((a, b) => order.indexOf(a.force) - order.indexOf(b.force) || a.start - b.start)[0];
}

/** The legal force of a finding: that of its decisive sentence (binding when no sentence can be found). */
export function findingLegalForce(doc: AgreementDocument, finding: Finding): LegalForce {
  return decisiveSentence(finding, evidenceSentences(doc, finding))?.force ?? 'binding';
}
