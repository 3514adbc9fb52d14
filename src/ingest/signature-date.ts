import type { OutlineNode } from '../model.js';
import { MONTHS } from './front-matter.js';
import { isNumberWord, numberAt } from './number-words.js';

/**
 * The date of signature an agreement states in its final clause: "DONE at Canberra on this 17th day
 * of June in the year 2015", "Done in duplicate at Kuala Lumpur, this 22nd day of May 2012", "DONE at
 * Tokyo on this eighteenth day of June in the year two thousand and seven", "Fait à Bruxelles, le
 * vingt-sept juin deux mille quatorze", "HECHO, en San José, … el día 26 del mes de mayo de 2011",
 * "Firmado en Lima, a los catorce días del mes de marzo de dos mil once", "Signed at Washington on
 * July 11, 2016". The clause opens a line or a sentence with a capital ("Done", "DONE"): an instrument
 * cited in the text ("the Convention …, done at Paris on 20 October 2005") does not. The formula of
 * the agreement's conclusion is read first (where the outline found one); a clause whose date is left
 * blank for signature ("Done at …, on ______") gives none.
 */
export function signatureDate(text: string, outline: readonly OutlineNode[]): string | undefined {
  const conclusion = outline.find((node) => node.kind === 'conclusion')?.start ?? text.length;
  const clauses = [...text.matchAll(FINAL_CLAUSE)].map((match) => match.index + match[0].length);
  const ordered = [...clauses.filter((at) => at >= conclusion), ...clauses.filter((at) => at < conclusion)];
  for (const at of ordered) {
    const date = dateInWords(text.slice(at, at + CLAUSE_REACH));
    if (date) return date;
  }
  return undefined;
}

/** How far after its opening words a final clause gives the date: past the place and "in duplicate". */
const CLAUSE_REACH = 240;

/**
 * The opening words of a final clause, at the start of a line or after a sentence: "Done at", "DONE in
 * duplicate at", "DONE, at", "Signed at", "Fait à", "Fait en double exemplaire à", "Hecho en",
 * "HECHO, en", "Firmado en", "Suscrito en".
 */
const FINAL_CLAUSE = new RegExp(
  String.raw`(?:^[ \t]*|(?<=[.;:][ \t]+))(?:` +
    String.raw`(?:Done|DONE|Signed|SIGNED),?(?:[ \t]+in[ \t]+(?:duplicate|triplicate|\w+[ \t]+originals?),?)?[ \t]+(?:at|AT|in|IN|on|ON)\b` +
    String.raw`|(?:Fait|FAIT|Signé|SIGNÉ),?(?:[ \t]+en[ \t]+\w+[ \t]+(?:exemplaires?|EXEMPLAIRES?))?[ \t]+(?:à|À|a|A)[ \t]` +
    String.raw`|(?:Hecho|HECHO|Firmado|FIRMADO|Suscrito|SUSCRITO|Dado|DADO),?[ \t]+(?:en|EN|a|A)\b)`,
  'gm',
);

/** Words that stand between a day, its month and its year: "this 17th day of June in the year", "el día 26 del mes de mayo de". */
const BETWEEN = new Set(['the', 'this', 'on', 'day', 'of', 'in', 'year', 'le', 'ce', 'jour', 'de', 'l', 'an', 'annee', 'el', 'a', 'los', 'dia', 'dias', 'del', 'mes', 'ano', 'en']);

/** A day written in digits: "17", "17th", "1er", "1o". */
const DIGIT_DAY = /^(\d{1,2})(?:st|nd|rd|th|er|e|o)?$/;

/** The first date the words give as an ISO date, its day and year in digits or in words. */
function dateInWords(clause: string): string | undefined {
  const words = clause.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  for (let m = 0; m < words.length; m++) {
    const month = MONTHS[words[m]!];
    if (month === undefined) continue;
    const dayFirst = dayBefore(words, m);
    const year = dayFirst === undefined ? undefined : yearAfter(words, m + 1);
    // "July 11, 2016": the month first, then the day and the year.
    const monthFirst = dayFirst === undefined ? digitDayAt(words, m + 1) : undefined;
    const date = dayFirst !== undefined && year !== undefined ? { day: dayFirst, year } : monthFirst ? { day: monthFirst.day, year: yearAfter(words, monthFirst.end) } : undefined;
    if (date?.year !== undefined) return `${date.year}-${String(month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  }
  return undefined;
}

/** The day written before the month, over the words between them ("27th day of", "veintiséis días del mes de"). */
function dayBefore(words: readonly string[], month: number): number | undefined {
  let i = month - 1;
  while (i >= 0 && BETWEEN.has(words[i]!)) i--;
  if (i < 0) return undefined;
  const digits = DIGIT_DAY.exec(words[i]!);
  if (digits) return validDay(Number(digits[1]));
  if (!isNumberWord(words[i]!)) return undefined;
  let start = i;
  while (start > 0 && (isNumberWord(words[start - 1]!) || (['and', 'et', 'y'].includes(words[start - 1]!) && start > 1 && isNumberWord(words[start - 2]!)))) start--;
  const number = numberAt(words, start);
  return number && number.end === i + 1 ? validDay(number.value) : undefined;
}

function digitDayAt(words: readonly string[], at: number): { day: number; end: number } | undefined {
  const digits = DIGIT_DAY.exec(words[at] ?? '');
  const day = digits ? validDay(Number(digits[1])) : undefined;
  return day === undefined ? undefined : { day, end: at + 1 };
}

/** The year written after the month, in digits or in words ("2015", "in the year two thousand and seven", "de dos mil once"). */
function yearAfter(words: readonly string[], from: number): number | undefined {
  let i = from;
  while (i < words.length && BETWEEN.has(words[i]!)) i++;
  const word = words[i];
  if (word === undefined) return undefined;
  const value = /^\d{4}$/.test(word) ? Number(word) : numberAt(words, i)?.value;
  return value !== undefined && value >= 1900 && value <= 2099 ? value : undefined;
}

const validDay = (day: number) => (day >= 1 && day <= 31 ? day : undefined);
