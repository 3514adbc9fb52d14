import { createRequire } from 'node:module';
import type compromiseParser from 'compromise/two';
import type { Language } from '../model.js';
import { BETWEEN_COMPROMISE_WORDS, foldAsCompromise, UNREAD_BY_FOLD } from './compromise-words.js';
import { draftingModals, mayReadAsTheMonth } from './drafting-modals.js';
import { perLanguage } from '../per-language.js';
import { sentenceMemo } from './sentence-memo.js';
import { unicodeWords } from './unicode-words.js';

/** The modal verbs and negation of one sentence: what legal force is read from. */
export interface Modality {
  /** Modal verbs as written, lower-cased, in order ("shall", "may", "should", "deberán", "peut"). */
  readonly modals: readonly string[];
  /** True when the subject itself is negative ("Neither Party may", "No Party shall", "Nothing in"). */
  readonly negativeSubject: boolean;
  /** True when the negation sits on the modal itself ("may not", "cannot", "no podrá", "ne peut") or on the subject. */
  readonly negatedModal: boolean;
}

type Compromise = typeof compromiseParser;
let loaded: Compromise | undefined;

/**
 * compromise, loaded on first use: it takes a fraction of a second to load, which a scan that never
 * reads legal force should not pay. The tagger alone (the `two` build) tags modal verbs exactly as the
 * full build does: that build adds only methods and a phrase chunker that sets no tags, and takes a
 * third longer per sentence. The CommonJS build loads synchronously and faster than the ES modules.
 */
function nlp(text: string): ReturnType<Compromise> {
  loaded ??= createRequire(import.meta.url)('compromise/two') as Compromise;
  return loaded(text);
}

const NEGATED_MODAL: Record<Language, RegExp> = {
  en: /\b(?:may|can|could|might|will|should|shall|must) not\b|\b(?:cannot|can't|won't|shan't)\b/i,
  es: unicodeWords(/\bno (?:se )?(?:podr[áa]n?|puede(?:n)?|deber[áa]n?|debe(?:n)?)\b/i),
  fr: unicodeWords(/\bne (?:peu(?:t|vent)|pourr(?:a|ont)|doi(?:t|vent))\b|\bn['’]est pas permis\b/i),
};

const NEGATIVE_SUBJECT: Record<Language, RegExp> = {
  en: /\b(?:neither party|no party|nothing in|none of the parties|no provision)\b/i,
  es: unicodeWords(/\b(?:ninguna (?:de las )?partes?|nada (?:de lo dispuesto )?en|ninguna disposición)\b/i),
  fr: unicodeWords(/\b(?:aucune (?:des )?parties?|aucune disposition|rien dans)\b/i),
};

const MODALS: Record<'es' | 'fr', RegExp> = {
  es: unicodeWords(/\b(?:deber[áa]n?|debe(?:n)?|podr[áa]n?|puede(?:n)?|procurar[áa]n?|deber[íi]an?|podr[íi]an?)\b/gi),
  fr: unicodeWords(/\b(?:doi(?:t|vent)|devr(?:a|ont|ait|aient)|peu(?:t|vent)|pourr(?:a|ont|ait|aient)|s'efforce(?:nt|ra|ront)?)\b/gi),
};

/**
 * Every way compromise comes to tag a word #Modal leaves one of these in the sentence, its letters
 * read as compromise reads them (see foldAsCompromise): its lexicon's modals (may can could lets might
 * must ought shall shant should will would), unknown words ending in "ould", the contractions it
 * expands into them ("won't", "we'll", "I'd", "we've read"), and the words its rules retag ("had
 * better", and "have" or "had" only before "read"). Matched anywhere in a word, so that no spelling or
 * tokenising of compromise's can slip past. A sentence with none has no modal, and compromise, by far
 * the slowest step of reading legal force (tens of milliseconds a sentence), need not run. A letter
 * the fold cannot read ("ß", which compromise reads as "b") sends the sentence to compromise.
 */
const MAY_HOLD_A_MODAL = /can|ould|lets|might|must|ought|shall|shan|will|won|may|better|ha(?:ve|d)\P{L}*read(?!\p{L})|['ʼ`´](?:ll|d|ve)/iu;

/** Whether compromise could find an English modal in the sentence (see MAY_HOLD_A_MODAL). */
export function mayHoldEnglishModal(sentence: string): boolean {
  const folded = foldAsCompromise(sentence);
  return MAY_HOLD_A_MODAL.test(folded) || UNREAD_BY_FOLD.test(folded);
}

const EVERY_POSSIBLE_MODAL = new RegExp(MAY_HOLD_A_MODAL.source, 'giu');

/**
 * Whether every word of the sentence that compromise could tag a modal is a "may" it reads as the month
 * (see mayReadAsTheMonth): such a sentence has no modal, and compromise need not be asked.
 */
export function onlyMonthsOfMay(sentence: string): boolean {
  const folded = foldAsCompromise(sentence);
  if (UNREAD_BY_FOLD.test(folded)) return false;
  let any = false;
  for (const match of folded.matchAll(EVERY_POSSIBLE_MODAL)) {
    const at = match.index;
    if (match[0] !== 'may' || !mayReadAsTheMonth(folded.slice(0, at), folded.slice(at + 3))) return false;
    any = true;
  }
  return any;
}

/** Reads modal verbs and negation. English goes through compromise; Spanish and French through word lists. */
export function modalityOf(sentence: string, language: Language = 'en'): Modality {
  return Object.freeze({ modals: modalsOf(sentence, language), ...negationOf(sentence, language) });
}

/** The negation of a sentence, read from word lists alone (no tagger): the cheap half of its modality. */
export function negationOf(sentence: string, language: Language = 'en'): Pick<Modality, 'negativeSubject' | 'negatedModal'> {
  const negativeSubject = NEGATIVE_SUBJECT[language].test(sentence);
  return { negativeSubject, negatedModal: negativeSubject || NEGATED_MODAL[language].test(sentence) };
}

/** The modal verbs of a sentence as written, lower-cased, in order (see Modality.modals). */
function modalsOf(sentence: string, language: Language = 'en'): readonly string[] {
  return MODALS_OF[language](sentence);
}

/**
 * Whether the sentence holds one of `modals` (spelt as Modality.modals spells them), asking compromise
 * only when the answer is still open: a modal where drafting puts one (see draftingModals) settles it,
 * and so does a sentence in which compromise could report none of them (see mayReportModalAmong).
 */
export function holdsModalAmong(sentence: string, modals: ReadonlySet<string>, language: Language = 'en'): boolean {
  if (language === 'en' && [...draftingModals(sentence)].some((modal) => modals.has(modal))) return true;
  if (language === 'en' && !mayReportModalAmong(sentence, modals)) return false;
  return modalsOf(sentence, language).some((modal) => modals.has(modal));
}

/** Whether the sentence holds any modal verb: compromise is not asked when one stands where drafting puts it. */
export function holdsSomeModal(sentence: string, language: Language = 'en'): boolean {
  return (language === 'en' && draftingModals(sentence).size > 0) || modalsOf(sentence, language).length > 0;
}

/** What Modality.modals drops from what compromise reports (see readModals). */
const NOT_A_LETTER_OF_A_MODAL = /[^a-z']/g;

/**
 * Whether compromise could report one of `modals`. A word it reports, kept as Modality.modals keeps
 * it (its ASCII letters and apostrophes), is the same letters of whole pieces in a row (see
 * BETWEEN_COMPROMISE_WORDS): a modal whose letters stand in the sentence only inside a longer word
 * ("can" in "Canada", "will" in "goodwill") is never reported, whatever compromise makes of the word.
 */
function mayReportModalAmong(sentence: string, modals: ReadonlySet<string>): boolean {
  let letters = '';
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const piece of sentence.toLowerCase().split(BETWEEN_COMPROMISE_WORDS)) {
    starts.add(letters.length);
    letters += piece.replace(NOT_A_LETTER_OF_A_MODAL, '');
    ends.add(letters.length);
  }
  for (const modal of modals) {
    for (let at = letters.indexOf(modal); at >= 0; at = letters.indexOf(modal, at + 1)) {
      if (starts.has(at) && ends.has(at + modal.length)) return true;
    }
  }
  return false;
}

/**
 * The modals compromise reports in an English sentence, spelt as Modality.modals spells them: its
 * reading asked directly, with no test first (what the checks of the readings that spare it compare with).
 */
export function compromiseModals(sentence: string): string[] {
  return (nlp(sentence).match('#Modal').out('array') as string[]).map((m) => m.toLowerCase().replace(NOT_A_LETTER_OF_A_MODAL, ''));
}

function readModals(sentence: string, language: Language): readonly string[] {
  const modals =
    language === 'en' ? (mayHoldEnglishModal(sentence) && !onlyMonthsOfMay(sentence) ? compromiseModals(sentence) : []) : [...sentence.matchAll(MODALS[language])].map((m) => m[0].toLowerCase());
  return Object.freeze(modals);
}

/** Each language's sentences already read (see sentenceMemo): compromise is what costs. */
const MODALS_OF = perLanguage((language) => sentenceMemo((s) => readModals(s, language)));
