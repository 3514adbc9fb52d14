import type { Language } from '../model.js';
import { joinListItems, offsetBeforeSquash, splitSentences, squash } from '../nlp/index.js';
import { legalForceOf } from './legal-force.js';
import { articleLists } from './list-item-clauses.js';
import type { AssessedFinding } from './types.js';

/** Co-production by its name or its participle ("coproduites", "coproducidas"), or in words: works made jointly ("films jointly produced", "joint audiovisual productions"). */
const COPRODUCTION = /co-?\s?produc(?:t|ci|ed\b|ing\b|ers?\b|id[oa]s?\b)|co-?\s?produi(?:t|sent)|co-?\s?distribut|co-?operative production|\b(?:works?|films?|productions?|programmes?|programs?|series) (?:(?:produced|made|financed) jointly|jointly (?:produced|made|financed))\b|\bjoint (?:audio-?visual|film|cinematographic|television) productions\b/i;
/** Para. 18.1's other forms of collaboration in the cultural and audiovisual industries. */
const COLLABORATION = /training of (?:audio-?visual |media |film )?professionals|\btraining\b[^.;]{0,60}?\b(?:audio-?visual|media|film|cinema) professionals|\bproduction of audio-?visual (?:programmes|programs|works)|joint (?:production|distribution|initiatives?)|(?:audio-?visual|cinema|film|creative) (?:industr|sector|co-?operation)|cooperative production|formation (?:des )?professionnels|industries culturelles|industrias culturales/i;
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
export function coproductionSentences(findings: readonly AssessedFinding[], body: (f: AssessedFinding) => string, language: Language, inPreamble: (f: AssessedFinding) => boolean): CoproductionSentence[] {
  const out: CoproductionSentence[] = [];
  for (const finding of findings) {
    if (inPreamble(finding)) continue;
    // The heading is no part of the first sentence: "Article 1 Co-production The Parties recognise ..." is a declaration.
    const article = body(finding);
    // Read as words, not lines: a printed page or a wrapped text breaks "audiovisual" / "industries".
    const words = squash(article);
    if (!COPRODUCTION.test(words) && !COLLABORATION.test(words)) continue;
    const apart = splitSentences(article);
    const lists = articleLists(article, apart);
    for (const span of joinListItems(article, apart)) {
      const sentence = squash(article.slice(span.start, span.end));
      const copro = COPRODUCTION.test(sentence);
      if (!copro && !COLLABORATION.test(sentence)) continue;
      const force = legalForceOf(sentence, { language });
      if (force === 'recital') continue;
      const operative = force === 'binding' || force === 'exception';
      // In a list ("The objectives are to: ... (g) encourage cooperative production ..."), the item that
      // speaks of it decides and is quoted, under its lead-ins: another item's "support programmes" is not its status.
      const matchAt = (copro ? COPRODUCTION : COLLABORATION).exec(sentence)?.index ?? 0;
      const item = lists.itemAt(offsetBeforeSquash(article, span.start, matchAt), 0);
      const own = item ? squash(item.own) : sentence;
      const reach: CoproductionReach = !copro ? 'collaboration' : operative && (NATIONAL_STATUS.test(own) || CONCLUDED.test(own)) ? 'operative' : 'encouraged';
      out.push({ finding, sentence: item?.text ?? sentence, reach });
    }
  }
  return out;
}
