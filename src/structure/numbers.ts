/** Number words that stand for a heading number ("Chapter Fourteen", "Article premier"). */
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORDS = [
  ...UNITS,
  ...TEENS,
  ...TENS,
  'premier', 'première', 'primero', 'primera', 'unique', 'único', 'única',
  // Spanish and French number words from two on ("Capítulo Quince", "Chapitre douze"); "un"/"uno"
  // are left out, being articles far more often than numbers.
  'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince',
  'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro',
  'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve', 'treinta',
  'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize',
  'dix-sept', 'dix-huit', 'dix-neuf', 'vingt', 'trente',
  // "Artículo transitorio": a word that stands where the number would.
  'transitorio', 'transitoria',
];

const caseForms = (w: string): string[] => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)];
const WORD = NUMBER_WORDS.flatMap(caseForms).sort((a, b) => b.length - a.length).join('|');
const TENS_WORD = TENS.flatMap(caseForms).join('|');
const UNIT_WORD = UNITS.flatMap(caseForms).join('|');

const ROMAN = '(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})';
const SUFFIX = '(?:\\s?(?:bis|ter|quater|BIS|TER|QUATER)\\b|er\\b|re\\b|ER\\b|RE\\b|[ºo°](?![a-z]))?';
// A letter after a dash is part of the number ("3.4-A"), not a word's first letter ("10 – E-COMMERCE");
// "bis" glued to a number may have more parts after it ("8BIS.1", an article of a chapter inserted later).
const ARABIC = `\\d{1,4}(?:[A-Z](?![A-Za-z])|(?:bis|ter|BIS|TER)(?=[.\\-–]\\d))?(?:\\s?[.\\-–]\\s?(?:\\d{1,3}|[A-Z](?![A-Za-z]|[-–]\\p{L})))*${SUFFIX}`;
const PREFIXED = `[A-Z]{1,2}[.\\-–]?\\d{1,3}(?:[.\\-–]\\d{1,3})*`;
const ROMAN_NUMBER = `${ROMAN}(?:[.\\-–](?:\\d{1,3}|[A-Z]))*(?![A-Za-z])${SUFFIX}`;
/** A lone capital, as in SECTION F or ANNEX A (whether the keyword allows it is checked later). */
const LETTER = '[A-Z](?![\\p{L}])';
const WORDS = `(?:(?:${TENS_WORD})[\\s-](?:${UNIT_WORD})|${WORD})(?![A-Za-zÀ-ÿ])`;

/** A heading number as printed: 14.4, 2106, G-01, XIII.2, 5 bis, 1er, Fourteen, Twenty-One. */
export const NUMBER_SOURCE = `(?:${PREFIXED}|${ARABIC}|${ROMAN_NUMBER}|${WORDS}|${LETTER})`;

/**
 * A number already in canonical form: capitals and digits joined by dots or hyphens ("14", "8.1",
 * "XIII-2"), as most headings print them. Asked first, it spares them the five passes below.
 */
const CANONICAL_NUMBER = /^[0-9A-Z]+(?:[.-][0-9A-Z]+)*$/;

/** Canonical form for comparing numbers: upper case, no spaces, one kind of dash, no final dot. */
export function normaliseNumber(number: string): string {
  if (CANONICAL_NUMBER.test(number)) return number;
  return number
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, '')
    .replace(/[.:]+$/, '');
}

/** A first number in a run: "1", "8.1", "I", "One", "premier", "primero". */
const FIRST_NUMBER = /(?:^|[.\-])(?:0?1|I|ONE|PREMIER|PREMIERE|PRIMERO|PRIMERA|UNO|UNIQUE|UNICO|UNICA)$/;

export function isFirstNumber(number: string): boolean {
  return FIRST_NUMBER.test(normaliseNumber(number));
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a Roman numeral, in either case: "XIV" and "xiv" are 14. */
export function romanValue(numeral: string): number {
  const upper = numeral.toUpperCase();
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = ROMAN_VALUES[upper[i]!] ?? 0;
    const next = ROMAN_VALUES[upper[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** A heading number as a position in its run: its parts as integers, and whether it is written in Roman numerals. */
export interface NumberPosition {
  parts: number[];
  roman: boolean;
}

const WHOLE_ROMAN = new RegExp(`^${ROMAN}$`);

/**
 * Where a heading number stands in a run of numbers: "17.3" is [17, 3], "3-09" [3, 9], "XIV" [14]
 * in Roman numerals. Undefined for a number with a letter or a word in it ("8BIS", "3.4-A", "Fourteen"),
 * which no comparison is made on.
 */
export function numberPosition(number: string): NumberPosition | undefined {
  const key = normaliseNumber(number);
  if (/^\d{1,4}(?:[.-]\d{1,3})*$/.test(key)) return { parts: key.split(/[.-]/).map(Number), roman: false };
  if (WHOLE_ROMAN.test(key)) return { parts: [romanValue(key)], roman: true };
  return undefined;
}
