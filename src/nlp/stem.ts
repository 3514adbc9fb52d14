import { createRequire } from 'node:module';
import type { Language } from '../model.js';
import { detached } from './detached.js';

/**
 * Per-language word stemming. natural is loaded by deep path (its main entry prints to stdout) and
 * through require, because its stemmer modules are CommonJS without type declarations.
 */
interface NaturalStemmer {
  stem(word: string): string;
}

const require = createRequire(import.meta.url);
const STEMMER_MODULES: Record<Language, string> = {
  en: 'natural/lib/natural/stemmers/porter_stemmer.js',
  fr: 'natural/lib/natural/stemmers/porter_stemmer_fr.js',
  es: 'natural/lib/natural/stemmers/porter_stemmer_es.js',
};
const stemmers = new Map<Language, NaturalStemmer>();

/** A language's stemmer, loaded the first time a word of that language is stemmed (an English run never loads the others). */
function stemmer(language: Language): NaturalStemmer {
  let loaded = stemmers.get(language);
  if (!loaded) {
    loaded = require(STEMMER_MODULES[language]) as NaturalStemmer;
    stemmers.set(language, loaded);
  }
  return loaded;
}

const COMBINING_MARKS = /\p{M}+/gu;

/** Lower case without diacritics: OCR'd texts drop accents often enough that "electronico" must equal "electrónico". */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII; skip the NFD round trip for them.
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(COMBINING_MARKS, '');
}

/** The comparison key of a word in a language: its Porter stem, folded. Numbers stay as written. */
export function stemWord(word: string, language: Language): string {
  const lower = word.toLowerCase();
  if (!/\p{L}/u.test(lower)) return lower;
  return foldWord(stemmer(language).stem(lower));
}

/** Both keys of a word: `exact` (folded as written) and `stem`. */
export interface WordKeys {
  exact: string;
  stem: string;
}

/**
 * Memoises the keys of every distinct spelling seen, so each word form is stemmed once per language.
 * It lives as long as its rule set, a whole run: each word is kept as a detached copy (and its keys
 * are made from that copy), since a word read from a document may be a view into its whole text.
 */
export class StemCache {
  private readonly byLanguage = new Map<Language, Map<string, WordKeys>>();

  keys(word: string, language: Language): WordKeys {
    return this.lookup(language)(word);
  }

  /** The keys of words of one language: a tokenizer asks once per text rather than once per word. */
  lookup(language: Language): (word: string) => WordKeys {
    let cache = this.byLanguage.get(language);
    if (!cache) {
      cache = new Map();
      this.byLanguage.set(language, cache);
    }
    const known = cache;
    return (word) => {
      let keys = known.get(word);
      if (!keys) {
        const own = detached(word);
        keys = { exact: foldWord(own), stem: stemWord(own, language) };
        known.set(own, keys);
      }
      return keys;
    };
  }
}

/**
 * One UTF-16 code unit folded to one: lower case without diacritics (never 'İ' → 'i̇'; a character that
 * folds to several becomes a space). Folding unit for unit keeps offsets, so the anchor prefilter can
 * read the document through it without a folded copy.
 */
export function foldCodeUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  const lower = String.fromCharCode(code).toLowerCase();
  const stripped = lower.normalize('NFD').replace(COMBINING_MARKS, '');
  const folded = (stripped.length === 1 ? stripped : lower.length === 1 ? lower : ' ').toLowerCase();
  return folded.length === 1 ? folded.charCodeAt(0) : code;
}
