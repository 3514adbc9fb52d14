import { splitSentences, squash } from '../nlp/index.js';
import { partiesNamedIn, type PartyMix } from '../parties/index.js';
import type { AssessedFinding } from './types.js';

/** Words that make a Party the one helped: associated with programmes, programmes extended to it, assisted, supported, trained. */
const SUPPORT = /\bassociat(?:e|es|ed|ing)\b|\b(?:be|been|being) extended to\b|\bextend(?:s|ed|ing)? (?:them |it |these |such )?to\b|\bassist(?:ance|s|ed|ing)?\b|\bsupport(?:s|ed|ing)?\b|\bcapacity[- ]building\b|\btechnical (?:assistance|cooperation)\b|\bhelp(?:s|ing)?\b|\basociar\b|\basistencia\b|\bapoy(?:o|ar)\b|\bfortalecimiento de (?:la )?capacidad|\bassocier\b|\bassistance\b|\bappui\b|\brenforcement des capacités\b/i;
/** The cultural and audiovisual field the help is for (the cooperation title's own words, read in the sentence or its article). */
const CULTURAL_FIELD = /\bcultur|audio-?visual|\bcinema|\bfilm|\bco-?\s?product|\bartists?\b|creative|\baudiovisuel|\bcinéma|\bcine\b|\bartistas?\b|\bartistes?\b/i;

/** The EU side of an exchange, under the names agreements give it. */
const EU_SIDE = String.raw`(?:EU|EC|European (?:Union|Community)|Community|Union(?: europ[ée]enne| Europea)?)`;
/** A name of up to four capitalised words ("Georgia", "the Republic of Moldova"), the other side of "the EU and ...". */
const NAME = String.raw`(?:(?:the|la|el|le|l['’])\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}'’-]*){0,3}`;
const EU_THEN_OTHER = new RegExp(String.raw`\b${EU_SIDE}\s+(?:and|or|et|y|e)\s+(${NAME})`, 'gu');
const OTHER_THEN_EU = new RegExp(String.raw`(${NAME})\s+(?:and|or|et|y)\s+(?:the |la |l['’])?${EU_SIDE}\b`, 'gu');

/**
 * The EU side named beside a Party ("the EU and Georgia", "Georgia and the EU", "la Unión Europea y
 * ..."): an exchange both sides take part in. The EU beside anything else ("programmes of the Community
 * and further activities") is no such pair.
 */
function namesBothSides(sentence: string): boolean {
  for (const re of [EU_THEN_OTHER, OTHER_THEN_EU]) {
    for (const m of sentence.matchAll(re)) if (partiesNamedIn(m[1] ?? '').length > 0) return true;
  }
  return false;
}

/** A cooperation finding, and the sentence of its article that names the developing Party as the one helped (what the status rests on). */
export interface AimedSupport {
  finding: AssessedFinding;
  sentence: string;
}

/**
 * Art. 16's partial status for help aimed at the developing Party (CHECKLIST: capacity-building or
 * technical assistance aimed at the developing Party's cultural sector, partial at any force within an
 * operative cooperation title, when the text names the developing Party or its operators as
 * beneficiary). The sentence must name a developing Party of the agreement, and no developed one, as
 * the Party associated with, assisted in or supported for cultural programmes ("The Parties shall seek
 * ways of associating the Palestinian Authority with Community initiatives in this sector"). An
 * exchange that names both sides ("the development of cultural industries in the EU and Georgia") is
 * reciprocal, and one that names neither is aimed at nobody in particular: neither counts.
 */
export function supportAimedAtDevelopingParty(text: (f: AssessedFinding) => string, cooperation: readonly AssessedFinding[], mix: PartyMix): AimedSupport[] {
  const developing = new Set(mix.developing);
  const developed = new Set(mix.developed);
  const aimedAt = (sentence: string) => {
    if (!SUPPORT.test(sentence) || namesBothSides(sentence)) return false;
    const named = partiesNamedIn(sentence);
    return named.some((p) => p.codes.every((c) => developing.has(c))) && !named.some((p) => p.codes.some((c) => developed.has(c)));
  };
  const out: AimedSupport[] = [];
  for (const finding of cooperation) {
    if (finding.legalForce === 'recital') continue;
    const article = text(finding);
    if (!CULTURAL_FIELD.test(article)) continue;
    const sentence = splitSentences(article).map((span) => squash(article.slice(span.start, span.end))).find(aimedAt);
    if (sentence) out.push({ finding, sentence });
  }
  return out;
}
