import type { AgreementDocument } from '../model.js';
import { enclosing, proseName } from './outline.js';
import { sentenceAround } from './sentences.js';

/** A sentence of the agreement found by wording rather than by a rule (paras. 19.2 and 19.3 have no category). */
export interface TextSignal {
  sentence: string;
  force?: string;
  where: string;
  start: number;
}

const CULTURE = /\bcultur(?:e|al)\b|audio-?visual|\bcreative (?:industries|sector)|\bcultura\b|\bculturel/i;

/** Every sentence that matches `pattern` and also speaks of culture, up to `limit`. */
export function cultureSentences(doc: AgreementDocument, pattern: RegExp, limit = 5, needCulture = true): TextSignal[] {
  const out: TextSignal[] = [];
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const seen = new Set<number>();
  for (const m of doc.text.matchAll(global)) {
    const around = sentenceAround(doc.text, m.index, 1200);
    if (!around || seen.has(around.start)) continue;
    seen.add(around.start);
    const sentence = around.text;
    // Culture must be spoken of near the match, not somewhere in a page-long list sentence.
    const before = doc.text.slice(Math.max(0, m.index - 250), m.index).split(/;\s|\n\s*\(?[a-z]{1,4}\)\s/).at(-1) ?? '';
    const after = doc.text.slice(m.index, m.index + m[0].length + 250).split(/;\s|\n\s*\(?[a-z]{1,4}\)\s/)[0] ?? '';
    const near = before + after;
    if (needCulture && (!CULTURE.test(sentence) || !CULTURE.test(near))) continue;
    const article = enclosing(doc, m.index, ['article', 'preamble']);
    out.push({ sentence, where: article ? proseName(article) : 'text', start: around.start });
    if (out.length >= limit) break;
  }
  return out;
}

/** Para. 19.2: civil society, the cultural sector, public consultation, transparency. */
export const CIVIL_SOCIETY = /civil society|non-governmental|stakeholders?|public consultation|domestic advisory group|participation of the culture sector|sociedad civil|soci[ée]t[ée] civile/i;
/** Para. 19.3: the authorities in charge of culture, named in a trade setting. */
export const CULTURE_AUTHORITY = /\b(?:ministr(?:y|ies)|authorit(?:y|ies)|agenc(?:y|ies)|departments?|bod(?:y|ies))\s+(?:of|for|responsible for|in charge of|competent for)\s+(?:culture|cultural (?:affairs|policy|matters))\b|\bculture (?:ministr(?:y|ies)|authorit(?:y|ies))|\bcultural authorit(?:y|ies)\b|minist[èe]res? (?:de la|chargés? de la) culture|autorit[ée]s? (?:culturelles|chargées de la culture)|ministerios? de (?:la )?cultura|autoridades? (?:culturales|de cultura)/i;

/** Para. 19.3, institutions: a committee, sub-committee, working group or contact point with culture in its remit. */
export const CULTURE_BODY = /\b(?:sub-?committee|committee|working group|contact points?|dialogue|comit[ée]|grupo de trabajo)\s+(?:on|for|of)\s+(?:[\w-]+\s+){0,4}?(?:cultur|audio-?visual)|\b(?:representatives? of|composed of)[^.;]{0,80}\b(?:for|of|responsible for) culture\b/i;
