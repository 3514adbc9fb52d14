import { BETWEEN_COMPROMISE_WORDS } from './compromise-words.js';

/**
 * A lower-case modal before the word it governs: a lower-case word ("shall notify", "may be"), the
 * colon of a list of powers ("may: (a) ...") or a footnote's number ("would 1 ..."), with the two
 * words before it (the word before the modal and the one before that, when there are such words).
 */
const MODAL_BEFORE_ITS_VERB = /(?<=(?:(?:^|\s)(\S+)\s*)?(?:^|\s)(\S+)\s+)(shall|may|will|should|must|can|could|would|might)(?=:|\s+[a-z\d])/g;

/**
 * The words after which compromise's grammar can take a verb, and so a modal, for something else: a
 * determiner ("the can", "a must", "some will"), the verbs it gives a verb as object ("use would",
 * "try", "make", "become"), "of", "to" ("due to") and "nor". "or" makes a modal a noun only after a
 * noun that "a" opens (see orLeavesAModal). Its lexicon makes every modal a modal; its other rules
 * that read one otherwise are about "may" (see mayAfterAPlainWord), a capital "Will" and a hyphenated
 * "must-", never a lower-case modal before a space. Its rules read words, not the punctuation between
 * them (those that ask for a comma tag no modal), so a comma after the word changes nothing
 * ("the Parties, through their agencies, shall: ...").
 */
const READS_THE_NEXT_VERB_OTHERWISE = new Set([
  ...['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'no', 'any', 'each', 'every', 'both', 'another', 'either', 'neither', 'much', 'few', 'several', 'various'],
  ...['least', 'else', 'plenty', 'whatever', 'whichever', 'de', 'des', 'du', 'el', 'le', 'les', 'tha'],
  ...['of', 'to', 'nor', 'try', 'use', 'attempt', 'build', 'make', 'become', 'became', 'becomes', 'becoming'],
]);

/** A possessive, which makes a verb after its adjective a noun ("their political will"). */
const POSSESSIVE = /^(?:its|their|his|her|our|your|my|.*['’]s)$/i;
/**
 * The nouns a possessive governs before a modal in drafting ("in its territory should", "their
 * functions shall"), each of which compromise reads as a noun there, never as the adjective that
 * would make the modal after it a noun.
 */
const POSSESSED_NOUN = /^(?:territor(?:y|ies)|laws?|legislation|authorities|nationals|institutions|entities|functions|decisions?|obligations|provisions|measures|policies|proceedings)$/i;
const LETTERS = /^[A-Za-z]+$/;

/**
 * "shall", "must", "will", "can", "should", "could", "would", "might" after a plain word that is
 * none of READS_THE_NEXT_VERB_OTHERWISE: a modal to compromise ("the
 * Parties shall", "the digital product can be", "and shall provide"), unless that word may be an
 * adjective after a possessive, "or" joins the modal to a noun after "a", or the word joins the modal
 * to a noun on both sides ("peace and will and ..."). A hyphenated word ("co-productions can") is one
 * word to compromise or two, as its prefix goes: its last part is then the word before the modal, and
 * the part before that the word before that, and the modal must be one either way.
 */
function modalAfterAPlainWord(before: string, wordBeforeThat: string, word: string, next: string): boolean {
  const parts = word.split(/[-–—]/);
  const bare = (parts.at(-1) as string).toLowerCase();
  if (!parts.every((part) => LETTERS.test(part)) || READS_THE_NEXT_VERB_OTHERWISE.has(bare)) return false;
  if (bare === 'or' && !orLeavesAModal(before.slice(0, before.lastIndexOf(word)))) return false;
  const earlier = [wordBeforeThat, ...parts.slice(0, -1)];
  if (earlier.some((w) => POSSESSIVE.test(w)) && (parts.length > 1 || !POSSESSED_NOUN.test(bare))) return false;
  if (earlier.some((w) => w.toLowerCase() === 'or')) return false;
  return !(bare === 'and' && next === 'and');
}

/**
 * compromise's prepositions: the words after which it reads "may" as the month (see MONTH_AFTER), and
 * words it never reads as nouns.
 */
const PREPOSITIONS = [
  ...['about', 'across', 'after', 'along', 'amid', 'amidst', 'among', 'amongst', 'apropos', 'around', 'as', 'at', 'atop', 'barring', 'besides', 'between', 'bout', 'by', 'chez'],
  ...['circa', 'despite', 'down', 'during', 'except', 'for', 'from', 'in', 'into', 'mid', 'notwithstanding', 'of', 'off', 'on', 'onto', 'out', 'per', 'qua', 'sans', 'since'],
  ...['than', 'thereby', 'through', 'throughout', 'thru', 'till', 'toward', 'towards', 'unlike', 'until', 'up', 'upon', 'versus', 'via', 'whereas', 'with', 'within', 'without'],
];

/** Words compromise never reads as nouns: its prepositions, "the", conjunctions, "to", "not" and the forms of "be". */
const NEVER_A_NOUN = new Set([...PREPOSITIONS, 'the', 'and', 'that', 'which', 'to', 'not', 'is', 'are', 'was', 'were', 'be', 'been']);

/**
 * Whether a modal after "or" is a modal to compromise, from the text before "or": it reads the modal
 * as a noun after "a" and nouns alone ("a measure or can be used"), so the modal is one when, going
 * back from "or", a word that is never a noun comes before any "a" or "an" (or the sentence begins):
 * "as they exist or may arise".
 */
function orLeavesAModal(beforeOr: string): boolean {
  for (const word of beforeOr.split(BETWEEN_COMPROMISE_WORDS).reverse()) {
    const bare = word.toLowerCase().replace(/^\W+|\W+$/g, '');
    if (bare === 'a' || bare === 'an') return false;
    if (NEVER_A_NOUN.has(bare)) return true;
  }
  return true;
}

/**
 * The Parties and the bodies an agreement sets up or names, hyphenated or not ("Sub-Committee"): a
 * subject that is not a plain word of letters, but a noun all the same.
 */
const DRAFTING_SUBJECT = /(?:^|[-–—])(?:[Pp]art(?:y|ies)|Committee|Commission|Council|Panel|Board|Group|Secretariat|Tribunal|[Aa]uthorit(?:y|ies)|Experts)$/;

/**
 * The words after which compromise reads "may" as the month: its prepositions, those its rules make
 * ("like"), the last words of its prepositions of several words ("in effect", "such as", "with whom"),
 * and "next" and "last" ("next May").
 */
const MONTH_AFTER = new Set([...PREPOSITIONS, ...['like', 'whole', 'effect', 'part', 'vis', 'whom', 'next', 'last']]);

/**
 * The words compromise reads as a date (its months, week days, spans of time and relative days) or a
 * number (its numerals and ordinals, and Roman numerals: any word of their letters), and so the words
 * that make "may" beside them the month.
 */
const DATE_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|avril|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tues|thurs|fri|(?:milli)?seconds?|secs?|hrs?|hours?|minutes?|days?|weeks?|wks?|weekends?|months?|qtr|quarter|seasons?|years?|yrs?|decades?|century|centuries|q[1-4]|ago|oneday|someday|tmrw?|today|tomorrow|yesterday)$/;
const UNITS = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const TEENS = '(?:thir|four|fif|six|seven|eigh|nine)teen';
const TENS = '(?:twen|thir|fou?r|fif|six|seven|eigh|nine)t';
const POWERS = 'hundred|thousand|(?:m|b|tr|quadr|quint|sext|sept)illion';
const NUMBER_WORD = new RegExp(`^(?:${UNITS}|${TEENS}|${TENS}y|${POWERS}|first|second|third|(?:zero|four|fif|six|seven|eigh|nin|ten|eleven|twelf|${TEENS}|${TENS}ie|${POWERS})th|[ivxlcdm]+)s?$`);

/** Whether a word, as written, is read by compromise as a date or a number ("2020", "10.20.1,", "years", "twenty", "VII"). */
function readsAsDateOrNumber(word: string | undefined): boolean {
  if (word === undefined) return false;
  const bare = word.toLowerCase().replace(/^\W+|\W+$/g, '');
  return /\d/.test(word) || DATE_WORD.test(bare) || NUMBER_WORD.test(bare);
}

/**
 * "may", which compromise reads as the month after a preposition ("as may be agreed"), a determiner or
 * a number ("Annex XX may"), or within a word of a date or a number ("2020 Parties may", "may each
 * year"): taken from its position after a plain word (see modalAfterAPlainWord) that is none of
 * those, or after the Party or body it empowers, with no date or number within a word of it.
 */
function mayAfterAPlainWord(before: string, wordBeforeThat: string, word: string, [next, nextButOne]: readonly string[]): boolean {
  const subject = DRAFTING_SUBJECT.test(word) || (modalAfterAPlainWord(before, wordBeforeThat, word, next ?? '') && !MONTH_AFTER.has(word.toLowerCase()));
  return subject && ![wordBeforeThat, ...word.split(BETWEEN_COMPROMISE_WORDS), next, nextButOne].some(readsAsDateOrNumber);
}

/**
 * The modals of a sentence that stand where drafting puts them, before the verb they govern and after
 * a word that leaves them modals to compromise (see modalAfterAPlainWord and mayAfterAPlainWord),
 * spelt as Modality.modals spells them. Each is a modal that compromise reports, so whether the
 * sentence holds one of some modals is settled without it whenever one of them stands there (checked
 * on every such sentence of the ToTA and plain-text agreements: npm run check:drafting-modals).
 * Other modals of the sentence are not looked for.
 */
export function draftingModals(sentence: string): ReadonlySet<string> {
  const found = new Set<string>();
  for (const match of sentence.matchAll(MODAL_BEFORE_ITS_VERB)) {
    const [, wordBeforeThat = '', wordAsWritten = '', modal = ''] = match;
    if (found.has(modal)) continue;
    // A comma after the word changes nothing to compromise (see READS_THE_NEXT_VERB_OTHERWISE).
    const word = wordAsWritten.replace(/,$/, '');
    const before = sentence.slice(0, match.index);
    const after = sentence.slice(match.index + modal.length).replace(/^:/, '').trim().split(BETWEEN_COMPROMISE_WORDS, 2);
    if (modal === 'may' ? mayAfterAPlainWord(before, wordBeforeThat, word, after) : modalAfterAPlainWord(before, wordBeforeThat, word, after[0] ?? '')) found.add(modal);
  }
  return found;
}

const SINGLE_PREPOSITIONS = new Set(PREPOSITIONS);

/**
 * Whether the "may" that ends `before` (the text before it, the word as compromise splits words) is one
 * compromise reads as the month: a whole word after one of its prepositions of one word ("as may be
 * agreed"), where it tags no modal (checked on every such sentence of the ToTA and plain-text
 * agreements: npm run check:drafting-modals).
 */
export function mayReadAsTheMonth(before: string, after: string): boolean {
  if (/[A-Za-z]$/.test(before) || /^[A-Za-z]/.test(after)) return false;
  const words = before.split(BETWEEN_COMPROMISE_WORDS).filter((word) => word !== '');
  const previous = words.at(-1);
  // Only a preposition of one word: after the last word of one of several ("in part may", "in effect
  // may") compromise may still read a modal.
  return previous !== undefined && /^[a-z]+$/.test(previous) && SINGLE_PREPOSITIONS.has(previous);
}
