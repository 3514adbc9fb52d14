import type { Language } from '../model.js';
import { isVerbAt, TITLE_STOPWORDS } from './vocabulary.js';

/** Dot leaders and a page number, as table-of-contents lines end: "Definitions ........ 12". */
const PAGE_TAIL = /(?:\s*(?:\.{2,}|…+|·{2,}|_{2,}|\s\.\s\.)[\s.…·_]*|\s+)\d{1,4}$/;

/**
 * A number at the end of a title that belongs to it: after a word that cites a chapter, an article, an
 * annex ("Scope of Chapter 9", "Relation to Article 5", "Acuerdo No. 14"), or after "and", "or", "to"
 * that join it to a number before ("Amendments to Annexes 2 and 3", "Chapters 42, 70, and 94").
 */
const CITED_NUMBER =
  /(?:(?<!\p{L})(?:chapters?|articles?|sections?|annex(?:es?)?|appendix|appendices|paragraphs?|parts?|protocols?|schedules?|no\.?|n[°º]\.?|chapitres?|paragraphes?|protocoles?|cap[ií]tulos?|art[ií]culos?|anexos?|p[aá]rrafos?|secci[oó]n(?:es)?|partes?|protocolos?|ap[eé]ndices?)|\d,?\s+(?:and|or|to|et|ou|y|o|a))\s+\d{1,4}$/iu;

/** The text without a trailing page number and dot leaders; a number the title cites stays, unless dot leaders set it apart. */
export function stripPageTail(text: string): string {
  const tail = PAGE_TAIL.exec(text);
  if (tail === null || (/^\s+\d+$/.test(tail[0]) && CITED_NUMBER.test(text))) return text.trimEnd();
  return text.slice(0, tail.index).trimEnd();
}

export function hasPageTail(text: string): boolean {
  return /(?:\.{3,}|…|·{2,}|_{3,})[\s.…·_]*\d{1,4}$/.test(text);
}

/**
 * A dot leader ending the line, with its page number or without it: a contents entry too long for its
 * column wraps, and its leader runs over to the next line before the number ("Provisions ......" /
 * "...... 2"). Without a number, only a long leader counts (a sentence may end with "...").
 */
export function hasLeaderTail(text: string): boolean {
  return hasPageTail(text) || /(?:\.{4,}|…{2,}|·{3,}|_{4,})[\s.…·_]*$/.test(text);
}

const isUpper = (word: string): boolean => word !== word.toLowerCase() && word === word.toUpperCase();
const startsUpper = (word: string): boolean => /^[\p{Lu}\d]/u.test(word);

/** Whether the letters of a line are all capitals (and there are some). */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/**
 * Whether a line reads as a heading's title rather than a sentence: short, starts with a capital,
 * no verb, not ending like a clause, and (in English) capitalised like a title or written in capitals.
 */
export function looksLikeTitle(raw: string, language: Language): boolean {
  const text = stripPageTail(raw.trim());
  if (text.length === 0 || text.length > 300) return false;
  if (!/\p{L}/u.test(text)) return false;
  if (!/^[\p{Lu}\d"“'‘([]/u.test(text)) return false;
  if (/[,;]$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 40) return false;
  const bare = words.map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter((w) => w !== '');
  const capitals = isAllCaps(text);
  // In capitals a verb gives a sentence away; in mixed case only a verb in lower case does
  // ("Obligations Are Minimum Obligations" is a title).
  if (bare.some((w, n) => isVerbAt(capitals ? w.toLowerCase() : w, bare, n))) return false;
  if (capitals) return !/\.$/.test(text) || words.length <= 8;
  const significant = bare.filter((w) => !TITLE_STOPWORDS.has(w.toLowerCase()) && !/^\d/.test(w));
  if (significant.length === 0) return true;
  const ratio = significant.filter(startsUpper).length / significant.length;
  if (/\.$/.test(text) && words.length > 8 && ratio < 0.8) return false;
  // A long line is a title only when capitalised throughout; a short one may be in sentence case,
  // as French and Spanish titles are.
  if (words.length > 16) return ratio >= 0.8;
  if (language !== 'en') return words.length <= 12 || ratio >= 0.5;
  return ratio >= 0.5 || (significant.length <= 3 && isUpper(significant[0] ?? ''));
}

/**
 * Whether a line could be an article's title written as a phrase in sentence case, as EU drafts put it
 * under "Article 12": "Cooperation in the field of electronic commerce". Stricter than looksLikeTitle
 * on everything but capitals; the caller also checks that the text after it does not continue it.
 */
export function looksLikeSentenceCaseTitle(raw: string, standsAlone = false): boolean {
  const text = raw.trim();
  // A title set as a paragraph of its own under the heading may run longer, and Spanish drafts end it with a full stop.
  const [maxChars, maxWords, ending] = standsAlone ? [200, 24, /[,;:]$/] : [120, 12, /[.,;:]$/];
  if (text.length === 0 || text.length > maxChars || !/^\p{Lu}/u.test(text) || ending.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > maxWords || titleContinues(text)) return false;
  // Words as written, but the first one, which sentence case capitalises whatever it is.
  const bare = words.map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  return !bare.some((w, n) => isVerbAt(n === 0 ? w.toLowerCase() : w, bare, n));
}

/** Whether a title line is likely continued on the next line ("... AND" / "... OF" / "... an Arbitrator or"). */
export function titleContinues(text: string): boolean {
  return /(?:(?<!\p{L})(?:and|or|of|the|an?|in|on|for|to|with|AND|OR|OF|THE|IN|ON|FOR|TO|WITH|et|ou|de|des|du|y|o|del|en|la|el|los|las|le|les|au|aux|al|por|para|pour|sur|dans)|[,\-–])$/u.test(text);
}

/** Whether a line opens with a small word that joins it to the line before, as a title's wrapped line does ("or Other Obligations", "of the Parties"). */
export function opensWithJoiningWord(text: string): boolean {
  return /^(?:and|or|of|the|in|on|for|to|with|between|by|et|ou|de|des|du|y|o|del|en|entre)\s/u.test(text);
}
