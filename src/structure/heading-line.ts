import type { Language, NodeKind } from '../model.js';
import { NUMBER_SOURCE } from './numbers.js';
import { looksLikeSentenceCaseTitle, looksLikeTitle, stripPageTail } from './titles.js';
import { HEADING_WORDS, PREAMBLE_WORDS, type HeadingWord } from './vocabulary.js';

/** How a heading line is built, which decides how much context it needs to be believed. */
export type HeadingShape =
  /** Keyword and number alone: "ARTICLE 5", "Chapter Fourteen"; a title may follow on the next lines. */
  | 'bare'
  /** With its title on the same line: "Article 14.4: Non-Discriminatory ...", "ARTICLE 301 DEFINITIONS". */
  | 'titled'
  /** Old style with the body run on: "Article 1. The Parties hereby establish ...". */
  | 'inline-body';

/** A line that reads as a heading, before context and the table of contents are considered. */
export interface HeadingLine {
  kind: NodeKind;
  rank: number;
  number?: string;
  title?: string;
  shape: HeadingShape;
  /** A separator (":", "-", ".") follows the number: a strong sign of a heading. */
  separated: boolean;
}

/** First three letters of every heading word: most lines are ruled out by this look-up alone. */
const OPENINGS = new Set(
  [...HEADING_WORDS.flatMap((w) => w.spellings), ...PREAMBLE_WORDS].map((s) => s.slice(0, 3).toUpperCase()),
);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const forms = (spelling: string): string[] => [spelling, spelling.toUpperCase()];

const WORD_BY_SPELLING = new Map<string, HeadingWord>();
for (const word of HEADING_WORDS) for (const s of word.spellings) for (const f of forms(s)) WORD_BY_SPELLING.set(f, word);
const KEYWORDS = [...WORD_BY_SPELLING.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Keyword, optional "No.", number, then whatever follows on the line. */
const NUMBERED = new RegExp(
  `^(${KEYWORDS})(?![\\p{L}])(?:\\s*[-–—:]\\s*|\\s+|(?<=\\.)|(?=\\d))(?:N[o°º]\\.?\\s*)?(${NUMBER_SOURCE})(.*)$`,
  'u',
);
/** Attachments named rather than numbered: "PROTOCOL ON CULTURAL COOPERATION", "ANNEX". */
const NAMED = /^(Annex|ANNEX|Annexe|ANNEXE|Anexo|ANEXO|Appendix|APPENDIX|Protocol|PROTOCOL|Protocole|PROTOCOLE|Protocolo|PROTOCOLO|Joint Declaration|JOINT DECLARATION|Déclaration commune|DÉCLARATION COMMUNE|Declaración conjunta|DECLARACIÓN CONJUNTA|Declaracion conjunta|DECLARACION CONJUNTA)(?:(\s*[:–—]\s*|\s+-\s+)(.+)|\s+(.+))?$/;
const NAMED_LINK = /^(?:on|concerning|relating|regarding|to|sur|relatif|relative|concernant|sobre|relativo|relativa|de|del|referente)\b/i;
const PREAMBLE = new RegExp(`^(?:${PREAMBLE_WORDS.flatMap(forms).map(escape).join('|')})\\s*[.:]?$`);
/**
 * A footnote mark on a heading's number: "[4]", as a Word file or a web page calls a note, glued to
 * it or not; "(32)" after a space, as a text export leaves it, when nothing or a title follows (glued,
 * "Article 3(1)" cites a paragraph).
 */
const FOOTNOTE_MARK = /^(?:\s*\[\d{1,3}\]|\s+\(\d{1,3}\)(?=\s*$|\s*[:–—]\s))/;
const SEPARATOR = /^\s*((?:[:\-–—.)]\s*)+)(\S.*)$/;
/** A full stop with a sentence going on after it. */
const SENTENCE_GOES_ON = /[.;]\s+\p{L}/u;

/** Reads one line (already trimmed) as a heading, or returns null. Context is judged elsewhere. */
export function readHeadingLine(raw: string, language: Language): HeadingLine | null {
  const text = withCapitalKeyword(raw);
  if (text.length > 360 || !/^[A-ZÀ-Ý]/.test(text) || !OPENINGS.has(text.slice(0, 3).toUpperCase())) return null;
  if (PREAMBLE.test(text)) return { kind: 'preamble', rank: 0, shape: 'bare', separated: false };
  const numbered = NUMBERED.exec(text);
  if (numbered) return fromNumbered(numbered, language);
  const named = NAMED.exec(text);
  if (named) return named[3] !== undefined ? fromSeparatedName(named[1]!, named[3], language) : fromNamed(named[1]!, named[4], language);
  return null;
}

/**
 * A heading word set in capitals with a letter or two misread in lower case by OCR ("ARTIcLE 1.2",
 * "CHAPTEr 3") is read as the capitals it was printed in: most of its letters are capitals.
 */
function withCapitalKeyword(text: string): string {
  const word = /^\p{L}{4,}/u.exec(text)?.[0];
  if (word === undefined || word === word.toUpperCase() || word.slice(1) === word.slice(1).toLowerCase()) return text;
  const capitals = [...word].filter((c) => c !== c.toLowerCase()).length;
  return capitals * 2 > word.length ? word.toUpperCase() + text.slice(word.length) : text;
}

function fromNumbered(match: RegExpExecArray, language: Language): HeadingLine | null {
  const word = WORD_BY_SPELLING.get(match[1]!)!;
  // "8. 1" (a stray space from OCR or careless typing) is the number 8.1.
  const number = match[2]!.trim().replace(/(\d)\s*([.\-–])\s+(?=\d)|(\d)\s+([.\-–])\s*(?=\d)/g, '$1$2$3$4');
  const rest = match[3]!.replace(FOOTNOTE_MARK, '');
  if (/^[ABD-HJKM-UWYZ]$/.test(number) && !word.letterNumbers) return null; // I, V, X, L, C are Roman numerals ("ARTICLE L", the fiftieth)
  // "Article12" (OCR, careless typing) is an article; "Parte3." at a line start is a wrapped word with its footnote mark.
  if (/\d/.test(match[0]![match[1]!.length] ?? '') && (word.kind !== 'article' || /^[.,;]\s*$/.test(rest))) return null;
  const base = { kind: word.kind, rank: word.rank, number };
  if (/^[\s.:\-–—)]*$/.test(rest) || stripPageTail(rest).trim() === '') {
    return { ...base, shape: 'bare', separated: /\S/.test(rest) };
  }
  // "Article 2 Article 3 Article 4": a list of references, not a heading with its title; after a
  // colon or dash, a title may well name another article ("Article 8-1: Article XIX of the GATT 1994").
  if (!/^\s*[:–—]/.test(rest) && NUMBERED.test(rest.replace(/^[\s:\-–—.,;]+/, ''))) return null;
  const separated = SEPARATOR.exec(rest);
  if (separated) {
    const after = separated[2]!;
    if (looksLikeTitle(after, language)) return { ...base, shape: 'titled', title: stripPageTail(after), separated: true };
    // A web page sets the number and a title in sentence case on one line ("Article 3.4: Online consumer
    // protection", as EUR-Lex prints the two on lines of their own): short, no verb, no comma, no full stop.
    if (!separated[1]!.startsWith('.') && !after.includes(',') && looksLikeSentenceCaseTitle(after)) return { ...base, shape: 'titled', title: after, separated: true };
    if (!separated[1]!.startsWith(')') && /^[\p{Lu}"“(]/u.test(after)) return { ...base, shape: 'inline-body', separated: true };
    return null;
  }
  if (!/^\s/.test(rest)) return null;
  const after = rest.trim();
  if (after.startsWith('(')) return null; // "Chapter 11 (Investment) shall ..." is a reference
  if (looksLikeTitle(after, language)) return { ...base, shape: 'titled', title: stripPageTail(after), separated: false };
  // A Word draft or a typeset text may set an article's sentence-case title after its number with no
  // separator ("Article 14.4 Non-discriminatory treatment of digital products"), under the same checks
  // as after a colon: short, no verb, no comma.
  if (word.kind === 'article' && !after.includes(',') && looksLikeSentenceCaseTitle(after)) return { ...base, shape: 'titled', title: after, separated: false };
  return null;
}

/** "ANNEX: PRODUCTS OF AURELIAN ORIGIN", "Annex – Contact points": an unnumbered attachment with its title after a separator, as a web page sets the two on one line. */
function fromSeparatedName(keyword: string, title: string, language: Language): HeadingLine | null {
  const word = WORD_BY_SPELLING.get(keyword)!;
  if (SENTENCE_GOES_ON.test(title) || !(looksLikeTitle(title, language) || looksLikeSentenceCaseTitle(title))) return null;
  return { kind: word.kind, rank: word.rank, shape: 'titled', title: stripPageTail(title), separated: true };
}

function fromNamed(keyword: string, rest: string | undefined, language: Language): HeadingLine | null {
  const word = WORD_BY_SPELLING.get(keyword)!;
  const base = { kind: word.kind, rank: word.rank };
  if (rest === undefined) return { ...base, shape: 'bare', separated: false };
  const upper = keyword === keyword.toUpperCase();
  // "Annex on Financial Services. The obligations of each Party …": a sentence that cites an annex, wrapped onto a line of its own.
  if (SENTENCE_GOES_ON.test(rest)) return null;
  if (!looksLikeTitle(`${keyword} ${rest}`, language)) return null;
  // "Protocol on X" in running text is a reference; a named attachment is set in capitals or reads "Protocol on ...".
  if (upper ? rest !== rest.toUpperCase() : !NAMED_LINK.test(rest)) return null;
  return { ...base, shape: 'titled', title: `${keyword} ${rest}`, separated: false };
}
