import type { Language } from '../model.js';
import { readHeadingLine } from './heading-line.js';
import { previousNonBlank, type Line } from './lines.js';
import { isFirstNumber } from './numbers.js';

/** Levels that can open a run of articles: a part, title, chapter or section (not an annex). */
const BODY_LEVELS = new Set(['part', 'chapter', 'section', 'subsection']);
/** A space inside a line with a capital after it: where a heading may have been run on. */
const WORD_GAP = /(?<=\S)\s+(?=\p{Lu})/gu;
const SENTENCE_END = /[.;!?)"”»]/;

/**
 * Careless extraction sometimes runs a chapter heading onto the end of the paragraph before it
 * ("… frozen on the vine. Chapter 8: Electronic commerce"). When the next line opens an article, a
 * heading that starts after a sentence end in the line before it is split off onto a line of its
 * own, so the chapter is not swallowed by the text it follows.
 */
export function splitGluedHeadings(lines: readonly Line[], language: Language): Line[] {
  const out = rejoinStrandedArticleWords(lines, language);
  for (let j = out.length - 1; j > 0; j--) {
    if (!/^art/i.test(out[j]!.text)) continue;
    const article = readHeadingLine(out[j]!.text, language);
    if (article?.kind !== 'article' || article.number === undefined) continue;
    const i = previousNonBlank(out, j);
    if (i === -1 || readHeadingLine(out[i]!.text, language) !== null) continue;
    const split = splitAtHeading(out[i]!, language, isFirstNumber(article.number));
    if (split) out.splice(i, 1, ...split);
  }
  return out;
}

/**
 * A bare "Chapter 8" is split off only after a sentence end and before a first article; one with
 * its title after a separator ("Chapter 8: Electronic commerce") after a sentence end before any
 * article, or after any word (a left-over page number, a "Back to contents" link).
 */
function splitAtHeading(line: Line, language: Language, firstArticle: boolean): [Line, Line] | null {
  WORD_GAP.lastIndex = 0;
  for (let m = WORD_GAP.exec(line.text); m; m = WORD_GAP.exec(line.text)) {
    const at = m.index + m[0].length;
    const heading = readHeadingLine(line.text.slice(at), language);
    if (!heading || !BODY_LEVELS.has(heading.kind) || heading.number === undefined) continue;
    const afterSentence = SENTENCE_END.test(line.text[m.index - 1] ?? '');
    const titled = heading.shape === 'titled';
    if (!(afterSentence && (firstArticle || titled)) && !(titled && heading.separated)) continue;
    const before = line.text.slice(0, m.index);
    const offset = line.contentStart + at;
    return [
      { start: line.start, contentStart: line.contentStart, end: line.contentStart + before.length, text: before },
      { start: offset, contentStart: offset, end: line.end, text: line.text.slice(at) },
    ];
  }
  return null;
}

/** "… Dispute Settlement Artículo" at a line's end: the article word of the heading on the next line. */
const STRANDED_ARTICLE_WORD = /(?<=\S\s+)(?:Article|ARTICLE|Artículo|ARTÍCULO|Articulo|ARTICULO)$/u;

/**
 * A careless extraction sometimes leaves an article's word at the end of the heading line before it
 * and its number on the next ("Section B - Investor-State Dispute Settlement Article" /
 * "10.14: Consultation and Negotiation"). The word is taken off that line and set before its number,
 * as one line that runs from the word to the end of the next (its offsets span the line break, and
 * the blank line between them where there is one).
 */
function rejoinStrandedArticleWords(lines: readonly Line[], language: Language): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A Word file made from a printed text has a blank line after every line.
    const nextAt = lines[i + 1]?.text === '' ? i + 2 : i + 1;
    const next = lines[nextAt];
    const word = STRANDED_ARTICLE_WORD.exec(line.text);
    if (!word || !next || !/^\d/.test(next.text)) {
      out.push(line);
      continue;
    }
    const joined = `${word[0]} ${next.text}`;
    const heading = readHeadingLine(joined, language);
    if (heading?.kind !== 'article' || heading.shape !== 'titled' || readHeadingLine(line.text, language) === null) {
      out.push(line);
      continue;
    }
    const before = line.text.slice(0, word.index).trimEnd();
    const at = line.contentStart + word.index;
    out.push({ start: line.start, contentStart: line.contentStart, end: line.contentStart + before.length, text: before });
    out.push({ start: at, contentStart: at, end: next.end, text: joined });
    i = nextAt;
  }
  return out;
}
