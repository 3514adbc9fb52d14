/**
 * Where compromise's words can begin and end: it cuts a text into words at white space, dashes and
 * the CJK full stops that end its sentences, never elsewhere, and a word it reports is one of these
 * pieces or several in a row with the punctuation around them (it joins "he / she" and "2 - 4"). Its
 * contractions keep their piece whole as the text of their first word.
 */
export const BETWEEN_COMPROMISE_WORDS = /[\s\-–—\u3002\uFF01\uFF1F\uFF61]+/;

/** The characters compromise drops from a word before it looks it up: zero-width spaces and joiners. */
const DROPPED = /[\u200B-\u200D\uFEFF]/g;
/** The apostrophes compromise reads as "'" (it writes them so before it looks for a contraction). */
const APOSTROPHE = /[‘’‛❛❜＇]/g;
/** A letter with accents, written as one character: compromise reads it as its base letter, but "ǐ", which it reads as "l". */
const ACCENTED = /[\u00C0-\u01CE\u01D1-\u024F\u1E00-\u1EFF]/g;
const BASE_AND_MARKS = /^([A-Za-z])\p{M}+$/u;

/**
 * The text with its letters as compromise reads them when it looks a word up (it maps accented
 * letters to their base, apostrophes to "'", and drops zero-width characters), as far as that can be
 * told without its table: an accented Latin letter becomes its base letter when it is that letter with
 * accents, which is what compromise makes of every one of them it maps but "ǐ". Any other character is kept
 * as written, so a letter, mark or symbol outside ASCII left in the result (see UNREAD_BY_FOLD) may
 * stand for letters this fold does not know.
 */
export function foldAsCompromise(text: string): string {
  return text
    .replace(DROPPED, '')
    .replace(APOSTROPHE, "'")
    .replace(ACCENTED, (letter) => BASE_AND_MARKS.exec(letter.normalize('NFD'))?.[1] ?? letter);
}

/**
 * A character foldAsCompromise leaves as written that compromise may read as letters: a letter or an
 * accent outside ASCII ("ß" is "b" to it, "ǐ" "l", a lone accent "i") and the three symbols it reads
 * as letters (¢ © ×).
 */
export const UNREAD_BY_FOLD = /[^\P{L}A-Za-z]|[\p{M}¢©×]/u;
