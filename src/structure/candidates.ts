import type { Language } from '../model.js';
import { readHeadingLine, type HeadingLine } from './heading-line.js';
import { fillsTheLine, headingLineHadRoom, OVER_THE_WIDTH, wrappedAtWidth, type FillsTheLine, type HeadingLineHadRoom } from './line-widths.js';
import { lineSpacing, nextNonBlank, nextOverPageBreak, previousNonBlank, type Line, type LineText } from './lines.js';
import { ATTACHMENT_KINDS } from './vocabulary.js';
import { isAllCaps, looksLikeSentenceCaseTitle, looksLikeTitle, opensWithJoiningWord, stripPageTail, titleContinues } from './titles.js';

/** A heading line accepted in its context, with the lines its title runs over. */
export interface Heading extends HeadingLine {
  /** Index of the heading line. */
  line: number;
  /** Index of the last line of the heading (the title may run over the next lines). */
  lastLine: number;
}

/** Words that leave a sentence open: a "heading" right after one is a wrapped cross-reference. */
const OPEN_ENDING =
  /(?:[,(\-–]|\b(?:in|of|to|under|with|and|or|the|by|see|per|pursuant|including|than|from|that|this|its|paragraph|de|du|des|la|le|les|et|à|au|aux|en|dans|y|el|los|las|con|por|según|conforme|del|al))$/i;
/** The words of OPEN_ENDING that cannot end a sentence: a preposition or an article. */
const OPEN_WORD_ENDING = /\b(?:in|of|to|under|with|the|by|per|pursuant|than|from|de|du|des|la|le|les|à|au|aux|en|dans|el|los|las|con|por|según|conforme|del|al)$/i;

/**
 * Whether a line leaves its sentence open (OPEN_ENDING or OPEN_WORD_ENDING): a closing word counts as
 * the sentence writes it, in small letters or on a line set wholly in capitals. Written in capitals on
 * a line that is not, it is a name or a code: "Parties: CAN, PER" (Peru) ends no sentence with "per".
 */
function endsOpen(line: string, ending: RegExp): boolean {
  const match = ending.exec(line);
  if (!match) return false;
  const word = match[0];
  return !/\p{Lu}{2}/u.test(word) || !/\p{Ll}/u.test(line);
}
const PARAGRAPH_START = /^(?:\d{1,3}\.\s|\(?[a-z0-9ivx]{1,4}\)\s)/;
/**
 * A list item's label alone on its line, its words on the next ones ("(a)" / "Annex XI" / "(Schedules of
 * Specific Commitments);"); never a number and its stop, which also end a sentence wrapped after "Article" ("Article" / "10.").
 */
const LONE_ITEM_LABEL = /^(?:\(\w{1,5}\)|\w{1,5}\))$/;
/** What goes on with a list item after the name it cites: a stop of the list alone (","), or a title in parentheses ended as an item ("(Lists of MFN Exemptions);"). */
const ITEM_GOES_ON = /^(?:[,;]|\([^()]*\)\s*(?:[,;]|;?\s*(?:and|or|et|ou|y|o)))$/;

/**
 * Finds every line that is a heading in its context, in one pass over the lines. `pageEnds` are the
 * lines where a page ends (a page number, the last line before a form feed): a heading printed last on
 * its page has its title on the next one.
 */
export function findHeadings(lines: readonly Line[], language: Language, pageEnds: ReadonlySet<number> = new Set()): Heading[] {
  const headings: Heading[] = [];
  const fills = fillsTheLine(lines);
  const hadRoom = headingLineHadRoom(lines, (text) => readHeadingLine(text, language), fills);
  const spacing = lineSpacing(lines);
  const memo = new Map<number, HeadingLine | null>();
  const read = (i: number): HeadingLine | null => {
    if (!memo.has(i)) memo.set(i, readHeadingLine(lines[i]!.text, language));
    return memo.get(i)!;
  };
  for (let i = 0; i < lines.length; i++) {
    const found = read(i);
    if (!found || !fitsContext(lines, i, found, spacing)) continue;
    const at: HeadingAt = { lines, line: i, found, language, read, fills, hadRoom, spacing, overBreak: nextOverPageBreak(lines, i, pageEnds) };
    const lastLine = found.shape === 'bare' ? titleLines(at) : found.shape === 'titled' ? titleWrapEnd(at) : i;
    const title = found.title === undefined ? joinTitle(lines, i + 1, lastLine) : lastLine > i ? `${found.title} ${joinTitle(lines, i + 1, lastLine)}` : found.title;
    // A note's number printed apart after the title's last word ("… of Public" / "Telecommunications
    // Services 4") is no part of it, under the heading as on the heading's line.
    headings.push({ ...found, title: title === undefined ? undefined : stripPageTail(title), line: i, lastLine });
    memo.clear();
    i = lastLine;
  }
  return headings;
}

/**
 * A heading starts a block: the line before does not leave a sentence open, the line after does not
 * continue one. `spacing`: how many lines a line break takes in the text (see lineSpacing).
 */
export function fitsContext(lines: readonly LineText[], i: number, found: HeadingLine, spacing: 1 | 2 = 1): boolean {
  const before = previousNonBlank(lines, i);
  const strong = found.shape === 'titled' && found.separated;
  // A reference run on by its sentence ("… set out in" / blank / "Article 2.16. In the case …") is
  // not closed by one blank line. Nor is one that ends it with its full stop ("… as set forth in" /
  // blank / "Article 5.9."), after a word that cannot end a sentence. Where every line has a blank
  // line after it, that one says nothing: the sentence reaches as far again ("… in relation to" /
  // blank / "Article 79", a contents entry wrapped as in the printed text it was made from).
  const endsTheSentence = found.shape === 'bare' && lines[i]!.text.endsWith('.') && before !== -1 && endsOpen(lines[before]!.text, OPEN_WORD_ENDING);
  const reach = (found.shape === 'inline-body' || endsTheSentence ? 2 : 1) * spacing;
  if (before !== -1 && before >= i - reach && endsOpen(lines[before]!.text, OPEN_ENDING)) {
    // A word that wants its noun ("… su Anexo al" / "Artículo 3.4-A. Estos acuerdos …") runs the
    // sentence on even into a heading with a title; a comma or a dash may end a line before one.
    if (!strong || endsOpen(lines[before]!.text, OPEN_WORD_ENDING)) return false;
  }
  if (found.shape !== 'bare') return true;
  // A list that cites attachments or articles, one item a line after its label: "(a)" / "Annex XI" / "(Schedules …);".
  const next = nextNonBlank(lines, i, spacing);
  if ((before !== -1 && LONE_ITEM_LABEL.test(lines[before]!.text)) || (next !== -1 && ITEM_GOES_ON.test(lines[next]!.text))) return false;
  // "Article 5\nof the GATT": a wrapped reference continues on the very next line, in lower case
  // (an enumerator such as "a)" or an OCR'd "l." for "1." does not count).
  const after = i + 1 < lines.length ? lines[i + 1]!.text : '';
  return !/^[a-zà-ÿ]/.test(after) || /^[a-z][.)]\s/.test(after);
}

/** Whether a line stops short of the width, as a wrapped title's last line does (a sentence of the body wrapped at the same width fills its line). */
function endsShort(lines: readonly Line[], index: number, fills: FillsTheLine, spacing: 1 | 2 = 1): boolean {
  const printed = printedNext(lines, index, spacing);
  const after = printed < lines.length ? lines[printed]!.text : '';
  return after === '' || !fills(lines[index]!.text, after, 1);
}

/**
 * A heading line accepted in its context, with what its title is read from: the text's lines in its
 * language, their readings as heading lines and the width they fill, and where the title goes on
 * (`overBreak`: the first line of the next page when the heading ends its page, else -1).
 */
interface HeadingAt {
  lines: readonly Line[];
  /** Index of the heading line. */
  line: number;
  found: HeadingLine;
  language: Language;
  read: (i: number) => HeadingLine | null;
  fills: FillsTheLine;
  /** Whether a heading line of a kind had room for the next line's first word (see headingLineHadRoom). */
  hadRoom: HeadingLineHadRoom;
  /** How many lines a line break takes in the text (see lineSpacing). */
  spacing: 1 | 2;
  overBreak: number;
}

/** The line printed after `index`: the next one, or the one after the blank line that follows every line where the text has one (`spacing` 2). */
function printedNext(lines: readonly Line[], index: number, spacing: 1 | 2): number {
  return spacing === 2 && lines[index + 1]?.text === '' ? index + 2 : index + 1;
}

/**
 * For a bare heading, the index of the last line of the title that follows it (or the heading line
 * itself). `overBreak` is the first line of the next page when the heading ends its page (else -1): the
 * title is read there, as if on the next line (the blank lines of a page break say nothing of spacing).
 */
function titleLines({ lines, line: i, found, language, read, fills, spacing, overBreak }: HeadingAt): number {
  const first = overBreak !== -1 ? overBreak : nextNonBlank(lines, i, 1);
  if (first === -1 || isWholeBody(lines, first, found, read)) return i;
  if (runsOn(lines, first, spacing)) return wrappedTitleEnd(lines, first, language, read, spacing) ?? i;
  if (found.kind === 'article' && isAttachmentNamedAsTitle(lines, first, read)) return first;
  // EUR-Lex sets the title as a paragraph of its own under the heading ("CHAPTER SIXTEEN" / blank /
  // "Electronic commerce"): after a blank line a title stands alone, followed by a blank line too.
  const spaced = overBreak === -1 && first > i + 1;
  const standsAlone = first + 1 >= lines.length || lines[first + 1]!.text === '';
  if (spaced && !standsAlone && !isAllCaps(lines[first]!.text)) return titleParagraphOfTwoLines(lines, first, language, read) ?? i;
  if (!isTitleLine(lines, first, language, read) && !isTitleCutAtComma(lines, first, language, read, spacing)) {
    // Between a chapter's heading and its first article's, a line can only be the chapter's title.
    const beforeHeading = first + 1 < lines.length && read(first + 1) !== null;
    const sentenceCase = (found.kind === 'article' || spaced || standsAlone || beforeHeading) && isSentenceCaseTitle(lines, first, read, (spaced && standsAlone) || opensFirstParagraphAfter(lines, first));
    return sentenceCase ? first : i;
  }
  const capitals = isAllCaps(lines[first]!.text);
  // Where a blank line follows every line, a title left open by its line's last word, or by a full line, goes on past the blank line.
  if (spaced && !capitals && spacing !== 2) return first;
  let last = first;
  for (let lineCount = 1; lineCount < MAX_TITLE_LINES; lineCount++) {
    const after = printedNext(lines, last, spacing);
    if (after >= lines.length) break;
    const next = lines[after]!.text;
    const joined = goesOnWithJoiningWord(lines, first, after, language, read);
    // An article's title takes a third line only where that line opens with a word that joins it to the
    // one before ("Non-Implementation –" / "Compensation and Suspension of Concessions" / "or Other
    // Obligations"): else it is the sub-heading the article's paragraphs open with.
    if (found.kind === 'article' && lineCount === 2 && !joined) break;
    // Past a blank line, a full line goes on only into words that end no sentence: the body's first
    // paragraph may be as short as a title's last line ("Definiciones" / "Para los efectos de este Tratado.").
    const wraps = fills(lines[last]!.text, next) && endsShort(lines, after, fills, spacing) && !(spaced && /[.;:,]$/.test(stripPageTail(next))) && !isFirstSubheading(lines, after, language, read);
    const continues = capitals ? isAllCaps(next) : titleContinues(lines[last]!.text) || wraps;
    if (!joined && (!continues || !isTitleLine(lines, after, language, read))) break;
    last = after;
  }
  return last;
}

/** Most lines a title under a bare heading takes. */
const MAX_TITLE_LINES = 3;

/**
 * Whether the title that starts at `first` under a bare heading goes on on the line at `index`, which
 * opens with a word in small letters that joins it to the title so far ("… Suspension of Concessions" / "or Other
 * Obligations") and reads with it as a title, the text after it starting afresh.
 */
function goesOnWithJoiningWord(lines: readonly Line[], first: number, index: number, language: Language, read: (i: number) => HeadingLine | null): boolean {
  const text = lines[index]!.text;
  if (!opensWithJoiningWord(text) || read(index) !== null || PARAGRAPH_START.test(text) || /[.;:,]$/.test(text)) return false;
  const after = nextNonBlank(lines, index, 1);
  return (after === -1 || /^[\p{Lu}\d("“«¿¡]/u.test(lines[after]!.text)) && looksLikeTitle(joinTitle(lines, first, index)!, language);
}

/** Most lines a title on its heading's line wraps onto: a long title printed at a narrow page's width takes three. */
const MAX_WRAPPED_TITLE_LINES = 3;

/**
 * For a heading with its title on its line, the line its title ends on: a later one when a narrow
 * column or page wrapped the title and the lines read as one title — after a word that leaves it open
 * ("Article 3.9 - Cultural Content of Aurelia in the" / "Digital Environment", and on after "… an
 * Arbitrator or" / "the Disputing Parties …"), or where the line before is full (see fillsTheLine:
 * "Article 14.6 Location of Computing" / "Facilities"). A title cut elsewhere on a short line ("…
 * Telecommunications Services" / "Interconnection") is a sub-heading the article opens with, and is left
 * apart. A heading that ends its page goes on at the next page's first line (`overBreak`, else -1).
 */
function titleWrapEnd({ lines, line: i, found, language, read, fills, hadRoom, spacing, overBreak }: HeadingAt): number {
  let title = found.title ?? '';
  let last = i;
  // The last line taken as the text printed it: where the page wrapped that line, its words left over
  // on the next one ("… Entrusted with Special or" / "Exclusive") are that line's end, and it was as full
  // as the two together.
  let printedLine = lines[i]!.text;
  for (let wrapped = 0; wrapped < MAX_WRAPPED_TITLE_LINES; wrapped++) {
    const next = last === i && overBreak !== -1 ? overBreak : printedNext(lines, last, spacing);
    if (next >= lines.length) break;
    const text = lines[next]!.text;
    const open = titleContinues(title);
    if (text === '' || PARAGRAPH_START.test(text) || /[.;:,]$/.test(stripPageTail(text)) || read(next) !== null || runsOnInCapitals(lines, next)) break;
    // Words the page wrapped off a full line, short of the width themselves, the two no longer than a
    // line of the text printed at a narrower width than it was written at: that line's end.
    const leftOver = wrappedAtWidth(lines[last]!.text, text, fills) && !fills(`${lines[last]!.text} ${text}`, '', OVER_THE_WIDTH) && endsShort(lines, next, fills, spacing);
    // A line the next one runs on from in lower case is a sentence's first line, unless the title, left
    // open, runs on through it ("… to Appoint an" / "Arbitrator or" / "the Disputing …"), or the line is
    // what the page wrapped off the title's line, the text's own next line going on with the title ("…
    // Interests of a Party are" / "Adversely Affected" / "in the Territory of the Other Party").
    if (runsOn(lines, next, spacing) && !(open && titleContinues(text)) && !leftOver) break;
    const full = fills(printedLine, text) && hadRoom(found.kind, printedLine, text) !== true;
    const wraps = open || (full && endsShort(lines, next, fills, spacing) && !isFirstSubheading(lines, next, language, read));
    if (!wraps || (isAllCaps(title) && !isAllCaps(text)) || !looksLikeTitle(`${title} ${text}`, language)) break;
    // A heading set larger than the body is wrapped short of the body's width: its line was full when
    // no heading line of its kind is wider (headingLineHadRoom).
    const headingWrapped = last === i && fills(lines[i]!.text, text) && hadRoom(found.kind, lines[i]!.text, text) === false;
    printedLine = headingWrapped || wrappedAtWidth(lines[last]!.text, text, fills) ? `${lines[last]!.text} ${text}` : text;
    title = `${title} ${text}`;
    last = next;
  }
  return last;
}

/** A paragraph's or a point's number opening a line, its words on that line or the next: "3. On the request …", "1." ⏎ "(a) Each Party …". */
const NUMBERED_LINE = /^(?:\d{1,3}\.|\(?[a-z0-9ivx]{1,4}\))(?:\s|$)/;

/** How far on an article's sub-headings are looked for: past that, the article is long enough to be read without them. */
const SUBHEADING_REACH = 400;

/**
 * Whether a line right above a numbered paragraph is the first sub-heading of an article whose paragraphs
 * are grouped under sub-headings ("Rules of Origin and Related Matters" / "Application of Chapter Four" /
 * "1. Except as provided …" / … / "Consultations" / "3. On the request …"): another title-like line
 * stands alone between a closed sentence and a numbered paragraph further on in the same article. A
 * title wrapped at a page's width is then never read on into it, however full its line.
 */
function isFirstSubheading(lines: readonly Line[], index: number, language: Language, read: (i: number) => HeadingLine | null): boolean {
  const after = nextNonBlank(lines, index, 1);
  if (after === -1 || !NUMBERED_LINE.test(lines[after]!.text)) return false;
  for (let j = after + 1; j < lines.length && j <= index + SUBHEADING_REACH && read(j) === null; j++) {
    const text = lines[j]!.text;
    if (text === '' || NUMBERED_LINE.test(text) || /[.;:,]$/.test(text)) continue;
    const before = previousNonBlank(lines, j);
    const next = nextNonBlank(lines, j, 1);
    if (before !== -1 && /[.;:]$/.test(lines[before]!.text) && next !== -1 && NUMBERED_LINE.test(lines[next]!.text) && /^\p{Lu}/u.test(text) && looksLikeTitle(text, language)) return true;
  }
  return false;
}

/**
 * Whether a line in capitals goes on in capitals on the very next line, with a word that only joins
 * ("THE REPUBLIC OF AURELIA AND THE KINGDOM" / "OF BOREALIS,"): the Parties opening a protocol's
 * preamble, not the last line of a title.
 */
function runsOnInCapitals(lines: readonly Line[], index: number): boolean {
  const next = index + 1 < lines.length ? lines[index + 1]!.text : '';
  return isAllCaps(lines[index]!.text) && isAllCaps(next) && /^(?:OF|AND|OR|TO|IN|ON|FOR|WITH|BY|DE|DEL|DES|DU|ET|Y)\b/.test(next);
}

/**
 * Whether the line goes on, on the next printed line (past the blank line that follows every line where
 * the text has one: `spacing` 2), in lower case: a wrapped line ("a)" and the like are items of their own).
 */
function runsOn(lines: readonly Line[], index: number, spacing: 1 | 2 = 1): boolean {
  const after = printedNext(lines, index, spacing);
  const next = after < lines.length ? lines[after]!.text : '';
  return /^\p{Ll}/u.test(next) && !/^[a-z][.)]\s/.test(next);
}

/**
 * A line under a heading that runs on in lower case is either a title wrapped over two lines
 * ("Cooperation in the field of electronic" / "commerce") or the first line of the text, which a
 * narrow column or a careless extraction set right after the title ("Cultural diversity Nothing in
 * this Agreement" / "shall be construed …"). Only the first reads as a title once the two lines are
 * joined, with a fresh start after it: the last line of the title, or undefined (no title).
 */
function wrappedTitleEnd(lines: readonly Line[], first: number, language: Language, read: (i: number) => HeadingLine | null, spacing: 1 | 2): number | undefined {
  const last = printedNext(lines, first, spacing);
  if (runsOn(lines, last, spacing) || read(first) !== null) return undefined;
  const joined = `${lines[first]!.text} ${lines[last]!.text}`;
  // A title in sentence case, or capitalised as a title however long ("Settlement of Investment Disputes" / "between a Party and an Investor of the Other Party").
  if (PARAGRAPH_START.test(joined) || !(looksLikeSentenceCaseTitle(joined, opensFirstParagraphAfter(lines, last)) || looksLikeTitle(joined, language))) return undefined;
  const after = nextNonBlank(lines, last, 1);
  return after === -1 || /^[\p{Lu}\d("“«¿¡]/u.test(lines[after]!.text) ? last : undefined;
}

/** An article's first numbered paragraph: "1. The Parties …", "(1) Each Party …". */
const FIRST_PARAGRAPH = /^(?:1\.|\(1\)|1\))\s/;

/**
 * Whether the next line printed after `index` opens the article's first numbered paragraph: what stands
 * between it and the heading is the article's title, which may then run as long as a title set apart
 * (a long sentence-case title under "Article 56", whether a blank line sets it apart or not).
 */
function opensFirstParagraphAfter(lines: readonly Line[], index: number): boolean {
  const after = nextNonBlank(lines, index, 2);
  return after !== -1 && FIRST_PARAGRAPH.test(lines[after]!.text);
}

/**
 * A title set as a paragraph of its own under the heading and wrapped over two lines after a word that
 * leaves it open, as a web page keeps the printed line breaks ("Technical Regulations, Standards and" /
 * "Conformity Assessment Procedures"): the last line of the title, or undefined.
 */
function titleParagraphOfTwoLines(lines: readonly Line[], first: number, language: Language, read: (i: number) => HeadingLine | null): number | undefined {
  const second = first + 1;
  if (!titleContinues(lines[first]!.text) || read(second) !== null || (lines[second + 1]?.text ?? '') !== '') return undefined;
  const joined = `${lines[first]!.text} ${lines[second]!.text}`;
  return looksLikeTitle(joined, language) || looksLikeSentenceCaseTitle(joined, true) ? second : undefined;
}

/**
 * Under a bare article heading, a line that names an attachment ("Protocol on Cultural Cooperation",
 * "ANNEX ON FINANCIAL SERVICES", or the word alone: "Protocol") with the article's text after it is that article's title: an
 * attachment's heading never comes right under an article's number, with nothing of the article between.
 */
function isAttachmentNamedAsTitle(lines: readonly Line[], index: number, read: (i: number) => HeadingLine | null): boolean {
  const named = read(index);
  if (!named || !ATTACHMENT_KINDS.has(named.kind) || named.number !== undefined) return false;
  const after = nextNonBlank(lines, index, 1);
  return after !== -1 && read(after) === null && /^[\p{Lu}\d("“«¿¡]/u.test(lines[after]!.text);
}

/** An article's only line, closed by a full stop, with the next heading (or the end) right after it: its body, not its title. */
function isWholeBody(lines: readonly Line[], index: number, found: HeadingLine, read: (i: number) => HeadingLine | null): boolean {
  if (found.kind !== 'article' || !/\.$/.test(lines[index]!.text)) return false;
  const after = nextNonBlank(lines, index, 1);
  return after === -1 || read(after) !== null;
}

function isTitleLine(
  lines: readonly Line[],
  index: number,
  language: Language,
  read: (i: number) => HeadingLine | null,
): boolean {
  const text = lines[index]!.text;
  if (text === '' || PARAGRAPH_START.test(text) || /:$/.test(text)) return false;
  return read(index) === null && looksLikeTitle(text, language);
}

/**
 * A title's first line cut after a comma in a list it names, the list going on on the next line
 * ("Textile and Apparel Specific Rules of Origin for Chapters 42, 50 through 63," / "66, 70, and 94"):
 * the two lines read as one title, and the next is no heading.
 */
function isTitleCutAtComma(lines: readonly Line[], index: number, language: Language, read: (i: number) => HeadingLine | null, spacing: 1 | 2): boolean {
  const text = lines[index]!.text;
  const next = printedNext(lines, index, spacing);
  if (!text.endsWith(',') || next >= lines.length || read(index) !== null || read(next) !== null) return false;
  const rest = lines[next]!.text;
  return rest !== '' && !PARAGRAPH_START.test(rest) && !/:$/.test(rest) && looksLikeTitle(`${text} ${rest}`, language);
}

/** A sentence-case title right under an article heading, when what follows starts afresh (not a wrapped sentence). */
function isSentenceCaseTitle(lines: readonly Line[], index: number, read: (i: number) => HeadingLine | null, standsAlone: boolean): boolean {
  const text = lines[index]!.text;
  if (PARAGRAPH_START.test(text) || read(index) !== null || !looksLikeSentenceCaseTitle(text, standsAlone)) return false;
  const after = nextNonBlank(lines, index, 1);
  return after === -1 || /^[\p{Lu}\d("“«¿¡]/u.test(lines[after]!.text);
}

function joinTitle(lines: readonly Line[], from: number, to: number): string | undefined {
  if (to < from) return undefined;
  const parts: string[] = [];
  for (let i = from; i <= to; i++) if (lines[i]!.text !== '') parts.push(lines[i]!.text);
  return parts.join(' ');
}
