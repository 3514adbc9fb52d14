import { createHash } from 'node:crypto';
import { PAGE_NUMBER_LINES } from '../nlp/page-number-pattern.js';

/**
 * The label that opens an article's heading, however it is set: "Article 7.1", "ARTICLE 1201",
 * "Art. 9 -", "Artículo 14.3:", "Article VII". Its number is the article's place, not its words, so
 * a renumbered article keeps its fingerprint.
 */
const ARTICLE_LABEL = /^\s*(?:art(?:icle|[ií]culo|icolo)?\b\.?|article)?\s*(?:n[o°º]\.?\s*)?(?:\d+[a-z]?|[ivxlc]+\b)(?:\s*[.\-–]\s*\d+[a-z]?)*\s*[.:\-–—]?/iu;

/** Letters a compatibility decomposition leaves whole, spelt out as their plain forms are. */
const LETTER_PAIRS: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/**
 * The words of a clause as the fingerprint reads them: letters only, folded (lower case, no accents,
 * ligatures spelt out) and run together. Everything a layout changes falls away — line breaks,
 * a word hyphenated at a line's end, spacing, quotes and dashes, footnote markers (digits), page
 * numbers left on lines of their own — while any change of a word changes the result. Notes are left
 * out before, with the outline's footnotes.
 */
export function clauseLetters(text: string): string {
  return text
    .replace(PAGE_NUMBER_LINES, ' ')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[œæßøłđı]/gu, (ch) => LETTER_PAIRS[ch] ?? ch)
    .replace(/[^\p{L}]+/gu, '');
}

/** An article's text without the label its heading opens with. */
export function withoutArticleLabel(text: string): string {
  const match = ARTICLE_LABEL.exec(text);
  // A bare "I" or "A" opening a sentence is a word, not a number: only a label followed by more text counts.
  return match && match[0].trim() !== '' ? text.slice(match[0].length) : text;
}

/**
 * A short stable id for a finding: its category and the words of its clause (the article, or the
 * unit the finding is reported on), without the article's label. The same clause gets the same id
 * in every format of the agreement and after renumbering; any change to the clause's words — a
 * carve-out deleted or reworded anywhere in the article — gives it another.
 */
export function fingerprint(category: string, clauseText: string): string {
  return createHash('sha1').update(`${category}\n${clauseLetters(clauseText)}`).digest('hex').slice(0, 12);
}

/**
 * Where a recital of a preamble ends, read in its words alone (a layout's line breaks differ from one
 * format to the next): a semicolon, a full stop, or a comma before the next recital's verb in capitals
 * ("…, RECOGNISING").
 */
const RECITAL_END = /[;.](?=\s)|,(?=\s+\p{Lu}{3,}(?!\p{L}))/gu;

/**
 * The recitals of a preamble (the stretch `[start, end)` of `text`) that hold one of the spans, in
 * order: what a preamble finding's fingerprint reads, so that rewording one recital changes the
 * findings that rest on it and no other. Empty when no span falls inside.
 */
export function recitalsHolding(text: string, start: number, end: number, spans: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const recitals: Array<{ start: number; end: number }> = [];
  let from = start;
  const close = (to: number) => {
    if (spans.some((span) => span.start < to && span.end > from && span.start >= start && span.end <= end)) recitals.push({ start: from, end: to });
    from = to;
  };
  RECITAL_END.lastIndex = start;
  for (let m = RECITAL_END.exec(text); m && m.index < end; m = RECITAL_END.exec(text)) close(m.index + 1);
  close(end);
  return recitals;
}

/** Makes fingerprints unique within a document: the second identical one gets "-2", and so on. */
export function disambiguate(fingerprints: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return fingerprints.map((print) => {
    const count = (seen.get(print) ?? 0) + 1;
    seen.set(print, count);
    return count === 1 ? print : `${print}-${count}`;
  });
}
