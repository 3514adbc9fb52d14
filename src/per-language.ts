import { LANGUAGES, type Language } from './model.js';

/** A value for each language culturescan reads, each made the same way from its language. */
export function perLanguage<T>(make: (language: Language) => T): Record<Language, T> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, make(language)])) as Record<Language, T>;
}
