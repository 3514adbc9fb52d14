import type { Language } from '../model.js';
import { splitSentences, squash } from '../nlp/index.js';
import { HEADING_LINE } from './finding-sentences.js';
import { legalForceOf } from './legal-force.js';
import type { AssessedFinding } from './types.js';

const COPRODUCTION = /co-?\s?produc(?:t|ci|ed\b|ing\b|ers?\b)|co-?\s?distribut|co-?operative production/i;
/** Para. 18.1's other forms of collaboration in the cultural and audiovisual industries. */
const COLLABORATION = /training of (?:audio-?visual |media |film )?professionals|joint (?:production|distribution|initiatives?)|(?:audio-?visual|cinema|film|creative) (?:industr|sector|co-?operation)|cooperative production|formation (?:des )?professionnels|industries culturelles|industrias culturales/i;
/** What makes a co-production arrangement operative: national-work status, eligibility for support or quotas. */
const NATIONAL_STATUS = /national (?:works?|productions?|films?)|entitled to (?:all )?(?:the )?benefits|eligible for|support (?:programmes?|schemes?|measures)|government support|quotas?|(?:œuvres?|oeuvres?|films?|productions?) nationa(?:les?|ux)|(?:programmes?|régimes?|mécanismes?) (?:d'|de )(?:aide|soutien)|(?:obras?|películas?|producciones?) nacionales|(?:programas?|mecanismos?|regímenes?) de (?:apoyo|fomento)|cuotas?/i;
/**
 * A co-production instrument the Parties conclude by the agreement itself ("the Parties hereby agree on
 * Annex 7-B", "... concerning Audio-Visual Co-Production, which is annexed to this Agreement") or bind
 * themselves to conclude: an operative arrangement whose terms stand in that instrument.
 */
const CONCLUDED = /\bhereby (?:agree|adopt|conclude)\b|\bannexed to this agreement\b|\bshall (?:conclude|enter into)\b|\bpor (?:el presente|la presente) (?:acuerdan|adoptan)\b|\bconviennent par la présente\b/i;

/** How far a sentence of a cooperation article goes towards para. 18.1. */
export type CoproductionReach = 'operative' | 'encouraged' | 'collaboration';

/** A sentence that para. 18.1 rests on, with the finding whose article holds it. */
export interface CoproductionSentence {
  finding: AssessedFinding;
  sentence: string;
  reach: CoproductionReach;
}

/**
 * The sentences of the findings' articles that speak of co-production, co-distribution or other
 * collaboration in the cultural industries, each judged at its own legal force: a recital or the
 * preamble is no arrangement at all (CHECKLIST: "none, or a recital only"); an operative sentence that
 * gives co-productions national-work status or support, or that concludes a co-production instrument,
 * is `operative`; any other co-production sentence is `encouraged`; collaboration without
 * co-production is `collaboration`. The status rests on the sentence that says so, not on the force of
 * the finding's first sentence (an article that opens "The Parties recognise that co-productions ..."
 * and then adopts a co-production annex is an arrangement).
 */
export function coproductionSentences(findings: readonly AssessedFinding[], text: (f: AssessedFinding) => string, language: Language, inPreamble: (f: AssessedFinding) => boolean): CoproductionSentence[] {
  const out: CoproductionSentence[] = [];
  for (const finding of findings) {
    if (inPreamble(finding)) continue;
    const article = text(finding);
    if (!COPRODUCTION.test(article) && !COLLABORATION.test(article)) continue;
    // The heading line is no part of the first sentence: "Article 1 Co-production The Parties recognise ..." is a declaration.
    const bodyStart = HEADING_LINE.exec(article)?.[0].length ?? 0;
    for (const span of splitSentences(article, bodyStart, article.length, 'with-lead-in')) {
      const sentence = squash(article.slice(span.start, span.end));
      const copro = COPRODUCTION.test(sentence);
      if (!copro && !COLLABORATION.test(sentence)) continue;
      const force = legalForceOf(sentence, { language });
      if (force === 'recital') continue;
      const operative = force === 'binding' || force === 'exception';
      // In a list ("The objectives are to: ... (g) encourage cooperative production ..."), the item that
      // speaks of it decides and is quoted, under its lead-in: another item's "support programmes" is not its status.
      const clause = clauseAround(sentence, (copro ? COPRODUCTION : COLLABORATION).exec(sentence)?.index ?? 0);
      const reach: CoproductionReach = !copro ? 'collaboration' : operative && (NATIONAL_STATUS.test(clause.own) || CONCLUDED.test(clause.own)) ? 'operative' : 'encouraged';
      out.push({ finding, sentence: clause.quote, reach });
    }
  }
  return out;
}

/** An item label opening a list item inside a sentence: "(g) ", "g) ", "(iv) ", "3. ". */
const ITEM_LABEL = /(?:^|[\s:;])(?:\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|\(\d{1,2}\)|\d{1,2}\.)\s/g;

/**
 * The stretch of `sentence` around `at` that is its own clause: the list item it stands in (between item
 * labels or semicolons), or the whole sentence when it has no list. `quote` is that item under the
 * sentence's lead-in ("The objectives of this Chapter are to: … (g) encourage ..."), the whole sentence
 * when it has no list.
 */
export function clauseAround(sentence: string, at: number): { own: string; quote: string } {
  // Where each item label begins (after the blank or punctuation the pattern reads before it), ascending.
  const labels = Array.from(sentence.matchAll(ITEM_LABEL), (m) => m.index + (/^[\s:;]/.test(m[0]) ? 1 : 0));
  let start = labels.findLast((label) => label > 0 && label <= at) ?? 0;
  const semicolonBefore = sentence.lastIndexOf(';', at);
  if (semicolonBefore + 1 > start) start = semicolonBefore + 1;
  let end = labels.find((label) => label > at) ?? sentence.length;
  const semicolonAfter = sentence.indexOf(';', at);
  if (semicolonAfter >= 0 && semicolonAfter + 1 < end) end = semicolonAfter + 1;
  if (start === 0 && end === sentence.length) return { own: sentence, quote: sentence };
  const own = sentence.slice(start, end).trim();
  const colon = sentence.indexOf(':');
  const leadIn = colon >= 0 && colon < start ? sentence.slice(0, colon + 1).trim() : '';
  return { own, quote: leadIn ? `${leadIn} … ${own}` : own };
}
