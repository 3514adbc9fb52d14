import type { Language } from '../model.js';

/** Frequent function words that are distinctive for each language (shared ones such as "de" are left out). */
const STOP_WORDS: Record<Language, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'shall', 'that', 'this', 'with', 'for', 'by', 'any', 'which', 'or', 'be', 'such', 'other', 'its'],
  fr: ['le', 'les', 'des', 'et', 'du', 'une', 'dans', 'est', 'aux', 'sont', 'au', 'par', 'pour', 'qui', 'ou', 'sur', 'cette', 'présent'],
  es: ['el', 'los', 'las', 'del', 'y', 'una', 'en', 'con', 'por', 'para', 'que', 'su', 'sus', 'cada', 'será', 'o', 'esta', 'presente'],
};

const LOOKUP = new Map<string, Language[]>();
for (const [language, words] of Object.entries(STOP_WORDS) as [Language, readonly string[]][]) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), language]);
}

/** Enough text to decide; agreements do not switch language halfway. */
const SAMPLE_CHARS = 100_000;

/** The language (en, fr or es) whose stop words occur most often; English when there is no evidence. */
export function detectLanguage(text: string): Language {
  const scores: Record<Language, number> = { en: 0, fr: 0, es: 0 };
  for (const m of text.slice(0, SAMPLE_CHARS).matchAll(/\p{L}+/gu)) {
    const languages = LOOKUP.get(m[0].toLowerCase());
    if (languages) for (const language of languages) scores[language]++;
  }
  let best: Language = 'en';
  for (const language of ['fr', 'es'] as const) if (scores[language] > scores[best]) best = language;
  return best;
}

/** Whether a word is one of the distinctive function words of English, French or Spanish. */
export const isReadFunctionWord = (lowerCaseWord: string): boolean => LOOKUP.has(lowerCaseWord);

/** Reads a declared language ("en", "EN", "fr-FR", "Spanish") when it is one culturescan knows. */
export function declaredLanguage(value: string | undefined): Language | undefined {
  const code = value?.trim().toLowerCase().slice(0, 2);
  const byName: Record<string, Language> = { en: 'en', fr: 'fr', es: 'es', sp: 'es' };
  return code ? byName[code] : undefined;
}
