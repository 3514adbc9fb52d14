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
  private readonly languages = new Map<Language, LanguageKeys>();

  keys(word: string, language: Language): WordKeys {
    return this.of(language).ofWord(word);
  }

  /** The keys of words of one language: a tokenizer asks once per text rather than once per word. */
  lookup(language: Language): (word: string) => WordKeys {
    const keys = this.of(language);
    return (word) => keys.ofWord(word);
  }

  /**
   * The keys of the word written at text[start, end), found by its code units: a word form seen
   * before is not cut out of the text again, which is most of the cost of looking it up by string.
   */
  lookupAt(language: Language): (text: string, start: number, end: number) => WordKeys {
    const keys = this.of(language);
    return (text, start, end) => keys.ofWordAt(text, start, end);
  }

  private of(language: Language): LanguageKeys {
    let keys = this.languages.get(language);
    if (!keys) this.languages.set(language, (keys = new LanguageKeys(language)));
    return keys;
  }
}

/**
 * One language's word keys. Both keys of a word depend on its lower-case form alone, so spellings
 * that differ in case only ("Services", "SERVICES", "services") are stemmed once between them.
 */
class LanguageKeys {
  private readonly bySpelling = new Map<string, WordKeys>();
  private readonly byLowerCase = new Map<string, WordKeys>();
  private readonly table = new WordTable();

  constructor(private readonly language: Language) {}

  ofWord(word: string): WordKeys {
    let keys = this.bySpelling.get(word);
    if (!keys) {
      const own = detached(word);
      keys = this.ofOwnWord(own);
      this.bySpelling.set(own, keys);
    }
    return keys;
  }

  ofWordAt(text: string, start: number, end: number): WordKeys {
    const hash = hashOf(text, start, end);
    let keys = this.table.find(text, start, end, hash);
    if (!keys) {
      const own = detached(text.slice(start, end)); // kept for the run: never a view into the document
      keys = this.ofOwnWord(own);
      this.table.add(own, hash, keys);
    }
    return keys;
  }

  /** The keys of a word that is already a detached copy. */
  private ofOwnWord(own: string): WordKeys {
    const lower = own.toLowerCase();
    let keys = this.byLowerCase.get(lower);
    if (!keys) {
      keys = { exact: foldWord(lower), stem: stemWord(lower, this.language) };
      this.byLowerCase.set(lower, keys);
    }
    return keys;
  }
}

/** Word forms by a hash of their code units (open addressing), each with its keys. */
class WordTable {
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes = new Int32Array(1 << 11);
  private readonly words: string[] = [];
  private readonly keys: WordKeys[] = [];

  find(text: string, start: number, end: number, hash: number): WordKeys | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] as number;
      if (entry < 0) return undefined;
      const word = this.words[entry] as string;
      if (this.hashes[entry] === hash && word.length === end - start && text.startsWith(word, start)) return this.keys[entry];
    }
  }

  add(word: string, hash: number, keys: WordKeys): void {
    if ((this.words.length + 1) * 2 > this.slots.length) this.grow();
    this.place(hash, this.words.length);
    if (this.words.length === this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[this.words.length] = hash;
    this.words.push(word);
    this.keys.push(keys);
  }

  private place(hash: number, entry: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let entry = 0; entry < this.words.length; entry++) this.place(this.hashes[entry] as number, entry);
  }
}

/** FNV-1a over UTF-16 code units, as a signed 32-bit integer (what an Int32Array holds). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
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
