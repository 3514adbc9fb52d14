/**
 * The value of a number written in words, as final clauses write days and years in English, French
 * and Spanish ("the twenty-seventh day", "two thousand and fourteen", "vingt-sept", "quatre-vingt-dix-neuf",
 * "dos mil once", "mil novecientos noventa y cuatro"). Words come folded: lower case, no accents,
 * hyphens split.
 */

/** Words worth a number below a hundred, cardinal and ordinal. */
const SMALL: Record<string, number> = {
  zero: 0, one: 1, first: 1, two: 2, second: 2, three: 3, third: 3, four: 4, fourth: 4, five: 5, fifth: 5, six: 6, sixth: 6,
  seven: 7, seventh: 7, eight: 8, eighth: 8, nine: 9, ninth: 9, ten: 10, tenth: 10, eleven: 11, eleventh: 11,
  twelve: 12, twelfth: 12, thirteen: 13, thirteenth: 13, fourteen: 14, fourteenth: 14, fifteen: 15, fifteenth: 15,
  sixteen: 16, sixteenth: 16, seventeen: 17, seventeenth: 17, eighteen: 18, eighteenth: 18, nineteen: 19, nineteenth: 19,
  twenty: 20, twentieth: 20, thirty: 30, thirtieth: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  un: 1, une: 1, premier: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  uno: 1, primero: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
  trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21,
  veintiun: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27,
  veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
};

/** Spanish hundreds written as one word. */
const HUNDREDS: Record<string, number> = {
  cien: 100, ciento: 100, doscientos: 200, trescientos: 300, cuatrocientos: 400, quinientos: 500, seiscientos: 600,
  setecientos: 700, ochocientos: 800, novecientos: 900,
};

const HUNDRED = new Set(['hundred', 'cent', 'cents']);
const THOUSAND = new Set(['thousand', 'mille', 'mil']);
/** Words that join the parts of a number ("two thousand and four", "noventa y cuatro", "vingt et un"). */
const JOINS = new Set(['and', 'et', 'y']);

/** Whether a folded word is part of a written number. */
export function isNumberWord(word: string): boolean {
  return word in SMALL || word in HUNDREDS || HUNDRED.has(word) || THOUSAND.has(word);
}

/**
 * The value of the number the words starting at `from` write, and where it ends; undefined when no
 * number word stands there. A joining word is taken only between two number words.
 */
export function numberAt(words: readonly string[], from: number): { value: number; end: number } | undefined {
  let total = 0;
  let current = 0;
  let end = from;
  for (let i = from; i < words.length; i++) {
    const word = words[i]!;
    if (JOINS.has(word) && i > from && isNumberWord(words[i + 1] ?? '')) continue;
    if (word in SMALL) {
      // French counts eighty as four twenties ("quatre-vingt-dix": 90).
      current = (word === 'vingt' || word === 'vingts') && current % 100 === 4 ? current - 4 + 80 : current + SMALL[word]!;
    } else if (word in HUNDREDS) current += HUNDREDS[word]!;
    else if (HUNDRED.has(word)) current = (current % 100 || 1) * 100 + (current - (current % 100));
    else if (THOUSAND.has(word)) {
      total += (current || 1) * 1000;
      current = 0;
    } else break;
    end = i + 1;
  }
  return end === from ? undefined : { value: total + current, end };
}
