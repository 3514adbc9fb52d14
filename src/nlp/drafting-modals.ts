import { BETWEEN_COMPROMISE_WORDS } from './compromise-words.js';

/**
 * A lower-case modal before the word it governs: a lower-case word ("shall notify", "may be") or the
 * colon of a list of powers ("may: (a) ..."), with the two words before it (the word before the modal
 * and the one before that, when there are such words).
 */
const MODAL_BEFORE_ITS_VERB = /(?<=(?:(?:^|\s)(\S+)\s*)?(?:^|\s)(\S+)\s+)(shall|may|will|should|must|can|could|would|might)(?=:|\s+[a-z])/g;

/**
 * The words after which compromise's grammar can take a verb, and so a modal, for something else: a
 * determiner ("the can", "a must", "some will"), the verbs it gives a verb as object ("use would",
 * "try", "make", "become"), "of", "to" ("due to"), and "or" between nouns ("a measure or can").
 * Its lexicon makes every modal a modal; its other rules that read one otherwise are about "may" (see
 * mayAfterAPlainWord), a capital "Will" and a hyphenated "must-", never a lower-case modal before a space.
 */
const READS_THE_NEXT_VERB_OTHERWISE = new Set([
  ...['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'no', 'any', 'each', 'every', 'both', 'another', 'either', 'neither', 'much', 'few', 'several', 'various'],
  ...['least', 'else', 'plenty', 'whatever', 'whichever', 'de', 'des', 'du', 'el', 'le', 'les', 'tha'],
  ...['of', 'to', 'or', 'nor', 'try', 'use', 'attempt', 'build', 'make', 'become', 'became', 'becomes', 'becoming'],
]);

/** A possessive, which makes a verb after its adjective a noun ("their political will"). */
const POSSESSIVE = /^(?:its|their|his|her|our|your|my|.*['’]s)$/i;
const LETTERS = /^[A-Za-z]+$/;

/**
 * "shall", "must", "will", "can", "should", "could", "would", "might" after a plain word that is
 * none of READS_THE_NEXT_VERB_OTHERWISE: a modal to compromise ("the Parties shall", "the digital
 * product can be", "and shall provide"), unless that word is an adjective after a possessive, or it
 * joins the modal to a noun on both sides ("peace and will and ...").
 */
function modalAfterAPlainWord(wordBeforeThat: string, word: string, next: string): boolean {
  if (!LETTERS.test(word) || READS_THE_NEXT_VERB_OTHERWISE.has(word.toLowerCase())) return false;
  if (POSSESSIVE.test(wordBeforeThat) || wordBeforeThat.toLowerCase() === 'or') return false;
  return !(word.toLowerCase() === 'and' && next === 'and');
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
const MONTH_AFTER = new Set([
  ...['about', 'across', 'after', 'along', 'amid', 'amidst', 'among', 'amongst', 'apropos', 'around', 'as', 'at', 'atop', 'barring', 'besides', 'between', 'bout', 'by', 'chez'],
  ...['circa', 'despite', 'down', 'during', 'except', 'for', 'from', 'in', 'into', 'mid', 'notwithstanding', 'of', 'off', 'on', 'onto', 'out', 'per', 'qua', 'sans', 'since'],
  ...['than', 'thereby', 'through', 'throughout', 'thru', 'till', 'toward', 'towards', 'unlike', 'until', 'up', 'upon', 'versus', 'via', 'whereas', 'with', 'within', 'without'],
  ...['like', 'whole', 'effect', 'part', 'vis', 'whom', 'next', 'last'],
]);

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
function mayAfterAPlainWord(wordBeforeThat: string, word: string, [next, nextButOne]: readonly string[]): boolean {
  const subject = DRAFTING_SUBJECT.test(word) || (modalAfterAPlainWord(wordBeforeThat, word, next ?? '') && !MONTH_AFTER.has(word.toLowerCase()));
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
    const [, wordBeforeThat = '', word = '', modal = ''] = match;
    if (found.has(modal)) continue;
    const after = sentence.slice(match.index + modal.length).replace(/^:/, '').trim().split(BETWEEN_COMPROMISE_WORDS, 2);
    if (modal === 'may' ? mayAfterAPlainWord(wordBeforeThat, word, after) : modalAfterAPlainWord(wordBeforeThat, word, after[0] ?? '')) found.add(modal);
  }
  return found;
}
