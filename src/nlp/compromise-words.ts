/**
 * Where compromise's words can begin and end: it cuts a text into words at white space, dashes and
 * the CJK full stops that end its sentences, never elsewhere, and a word it reports is one of these
 * pieces or several in a row with the punctuation around them (it joins "he / she" and "2 - 4"). Its
 * contractions keep their piece whole as the text of their first word.
 */
export const BETWEEN_COMPROMISE_WORDS = /[\s\-–—\u3002\uFF01\uFF1F\uFF61]+/;
