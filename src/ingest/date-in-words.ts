import { MONTHS } from './front-matter.js';
import { isNumberWord, numberAt } from './number-words.js';

/** Words that stand between a day, its month and its year: "this 17th day of June in the year", "el día 26 del mes de mayo de". */
const BETWEEN = new Set(['the', 'this', 'on', 'day', 'of', 'in', 'year', 'le', 'ce', 'jour', 'de', 'l', 'an', 'annee', 'el', 'a', 'los', 'dia', 'dias', 'del', 'mes', 'ano', 'en']);

/** A day written in digits: "17", "17th", "1er", "1o". */
const DIGIT_DAY = /^(\d{1,2})(?:st|nd|rd|th|er|e|o)?$/;

/**
 * The first date the words give as an ISO date, its day and year in digits or in words: "this 17th day
 * of June in the year 2015", "le vingt-sept juin deux mille quatorze", "el día 26 del mes de mayo de
 * 2011", "July 11, 2016".
 */
export function dateInWords(clause: string): string | undefined {
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
