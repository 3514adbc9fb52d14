/**
 * The numbers Word or a browser draws before the items of a numbered list, which the document's text
 * does not hold: "Article 1" before a heading numbered by its style, "1." and "(a)" before paragraphs
 * and points. In Word, a list level says how its number is written (numFmt) and what goes around it
 * (lvlText, where %1 … %9 stand for the current number of levels 1 … 9: "Article %1", "%1.%2", "(%3)");
 * a web page's <ol type="a"> is written as a browser letters it, CSS's lower-alpha.
 */

/** How a number is written, named as numbering.xml names it ("decimal", "lowerLetter", "upperRoman" …), or as CSS names a browser's letters ("lower-alpha", "upper-alpha"). */
export type NumberFormat = string;

const ROMAN: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS: Record<string, string> = { one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' };

/** A number as a level writes it: 3 → "3", "03", "c", "C", "iii", "III", "Three", "Third"; unknown formats as decimals. */
export function formatNumber(n: number, format: NumberFormat): string {
  switch (format) {
    case 'lowerLetter':
    case 'upperLetter': {
      // Word goes on after z with doubled letters: aa, bb … (not aa, ab).
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lower-alpha':
    case 'upper-alpha': {
      // A browser counts in letters after z: aa, ab … az, ba (not Word's aa, bb).
      let letters = '';
      for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(97 + ((rest - 1) % 26)) + letters;
      return format === 'upper-alpha' ? letters.toUpperCase() : letters;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      let roman = '';
      let rest = n;
      for (const [value, letters] of ROMAN) for (; rest >= value; rest -= value) roman += letters;
      return format === 'upperRoman' ? roman.toUpperCase() : roman;
    }
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'cardinalText':
    case 'ordinalText': {
      const words = n > 0 && n < 100 ? cardinal(n) : String(n);
      const text = format === 'ordinalText' && n > 0 && n < 100 ? ordinal(words) : words;
      return text[0]!.toUpperCase() + text.slice(1);
    }
    default:
      return String(n);
  }
}

function cardinal(n: number): string {
  if (n < 20) return UNITS[n]!;
  return n % 10 === 0 ? TENS[Math.floor(n / 10)]! : `${TENS[Math.floor(n / 10)]}-${UNITS[n % 10]}`;
}

function ordinal(words: string): string {
  const parts = words.split('-');
  const last = parts.pop()!;
  const word = ORDINAL_UNITS[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return [...parts, word].join('-');
}

/** A level's label: its lvlText with each %n replaced by level n's current number, written as level n writes numbers. */
export function levelLabel(text: string, numbers: readonly number[], formats: readonly NumberFormat[]): string {
  return text.replace(/%([1-9])/g, (_, digit: string) => {
    const level = Number(digit) - 1;
    return formatNumber(numbers[level] ?? 1, formats[level] ?? 'decimal');
  });
}
