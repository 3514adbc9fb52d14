import type { AgreementDocument } from '../model.js';
import { evidenceSentences } from './finding-sentences.js';
import type { AssessedFinding } from './types.js';

/**
 * Help given to the developing Party's cultural sector: technical or financial assistance, capacity
 * building, training, strengthening or supporting its industries' development (en, es, fr).
 */
const ASSISTANCE = /\b(?:technical|financial)\s+(?:assistance|support|co-?operation)\b|\bcapacity[- ]building\b|\bassist(?:ance|s|ed|ing)?\b|\btraining\b|\bstrengthen\w*|\bsupport\w*\s+(?:the\s+)?(?:\p{L}+['’]s\s+|its\s+|their\s+)?efforts\b|\bhelp\w*\s+(?:to\s+)?develop|\basistencia\s+t[ée]cnica\b|\bfortalec\w+|\bcapacitaci[óo]n\b|\bapoy\w+\s+(?:los\s+)?esfuerzos\b|\bassistance\s+technique\b|\brenforc\w+|\bformation\b|\bsoutenir\s+(?:les\s+)?efforts\b/iu;

/**
 * An advantage granted to the developing Party's artists, works or goods and services: access to a
 * market or a distribution channel, entry and stay, preferential or more favourable treatment, works
 * treated as national or eligible for support, quotas, co-production benefits (en, es, fr).
 */
const GRANT = /\bmarket\s+access\b|\baccess\s+to\s+(?:its|the|their)\s+(?:\w+\s+)?markets?\b|\bin\s+its\s+market\b|\bentry\b(?!\s+into\s+force)|\btemporary\s+(?:stay|presence)\b|\bpreferential\b|\bspecial\s+and\s+differential\b|\bmore\s+favou?rable\b|\bnational\s+(?:works?|productions?|films?|programmes?)\b|\bdeemed\b|\beligib\w+|\bquotas?\b|\bco-?\s?produc\w+|\bdistribution\s+of\b|\bacceso\s+a(?:l)?\s+(?:su\s+)?mercado|\bentrada\b(?!\s+en\s+vigor)|\btrato\s+(?:preferencial|especial|m[áa]s\s+favorable)\b|\bdistribuci[óo]n\s+de\b|\bcoproduc\w+|\bacc[eè]s\s+(?:au|à\s+son)\s+march[ée]\b|\bentr[ée]e\b(?!\s+en\s+vigueur)|\btraitement\s+(?:pr[ée]f[ée]rentiel|sp[ée]cial|plus\s+favorable)\b|\bdistribution\s+des\b/iu;

/**
 * Whether a preferential-treatment finding grants the developing Party an advantage (Art. 16 present
 * when binding) rather than only helping its cultural sector, which the checklist counts as partial at
 * any force ("The EU Party shall contribute to strengthening the cultural industries of X through
 * technical assistance"). Read on the sentences that hold the finding's evidence: one that names no
 * help, or names a grant beside it, grants.
 */
export function grantsAdvantage(doc: AgreementDocument, finding: AssessedFinding): boolean {
  const sentences = evidenceSentences(doc, finding);
  if (sentences.length === 0) return true;
  return sentences.some((sentence) => GRANT.test(sentence.text) || !ASSISTANCE.test(sentence.text));
}
