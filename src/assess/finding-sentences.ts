import type { AgreementDocument, Finding, LegalForce } from '../model.js';
import { legalForceOf } from './legal-force.js';
import { inPreamble } from './outline.js';
import { sentenceAt, sentenceSpans, squash } from './sentences.js';

export interface ForcedSentence {
  text: string;
  start: number;
  force: LegalForce;
}

/** The distinct sentences of the finding's article that hold its evidence, each with its legal force. */
export function evidenceSentences(doc: AgreementDocument, finding: Finding): ForcedSentence[] {
  const { start, end } = finding.location;
  const article = doc.text.slice(start, end);
  const spans = sentenceSpans(article);
  const preamble = finding.location.articleNumber === 'preamble' || finding.location.path.some((h) => /^\s*(?:preamble|pre[áa]mbulo|pr[ée]ambule)\s*$/i.test(h)) || inPreamble(doc, start);
  const seen = new Set<number>();
  const out: ForcedSentence[] = [];
  const offsets = finding.evidence.length > 0 ? finding.evidence.map((e) => e.start) : [start];
  for (const offset of offsets) {
    const span = offset >= start && offset < end ? sentenceAt(article, offset - start, spans) : undefined;
    const text = span ? squash(article.slice(span.start, span.end)) : squash(finding.excerpt.replace(/[«»]/g, ''));
    const at = span ? start + span.start : offset;
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
  const order = RANK[finding.category === 'cultural-exemption' || finding.category === 'general-exception' ? 'carve-out' : 'other'];
  return [...sentences].sort((a, b) => order.indexOf(a.force) - order.indexOf(b.force) || a.start - b.start)[0];
}

/** The legal force of a finding: that of its decisive sentence (binding when no sentence can be found). */
export function findingLegalForce(doc: AgreementDocument, finding: Finding): LegalForce {
  return decisiveSentence(finding, evidenceSentences(doc, finding))?.force ?? 'binding';
}
