import { prefixLength } from '../prefix-length.js';
import { ABBREVIATIONS, NUMBERED_HEADS } from './abbreviations.js';
import { opensNote } from './drafting-notes.js';
import { follows, itemLabelOf, opensList, type ItemLabel } from './item-labels.js';
import { PAGE_NUMBER } from './page-number-pattern.js';

/** A stretch of text `[start, end)` (offsets of the whole text), trimmed of surrounding whitespace. */
export interface Segment {
  start: number;
  end: number;
  /**
   * For an item of a list ("shall not apply to: (a) ...; (b) ..."), the sentence that introduces the
   * list: the item reads as lead-in + item, so a `within: sentence` window covers both.
   */
  leadIn?: { start: number; end: number };
}

/** Where a sentence may end; an item's label may be spaced by OCR ("( a )", "(b )"), as ENUMERATOR reads it. */
const CANDIDATE = /[.!?;:]|\n[ \t]*\n|\n(?=[ \t]*(?:(?:\( ?[a-z0-9]{1,4} ?|[a-z0-9]{1,4})\)|[a-z]\.|\d{1,3} ?\.)\s)/gi;
/** The conjunctions a list item may end with after its semicolon ("...; and", "...; or"), in lower case. */
const ITEM_CONJUNCTIONS = ['and', 'or', 'et', 'ou', 'y', 'o'];

/**
 * Whether text[start, end) ends as a list item does: a semicolon, perhaps then blanks and one of
 * ITEM_CONJUNCTIONS (in any case, ASCII letters only). Read back from the end, where a regex would be
 * run along the whole sentence.
 */
export function endsAsItem(text: string, start: number, end: number): boolean {
  if (end > start && text.charCodeAt(end - 1) === SEMICOLON) return true;
  for (const conjunction of ITEM_CONJUNCTIONS) {
    let at = end - conjunction.length;
    if (at <= start || !endsWithAsciiWord(text, at, conjunction)) continue;
    while (at > start && isSpaceAt(text, at - 1)) at--;
    if (at > start && text.charCodeAt(at - 1) === SEMICOLON) return true;
  }
  return false;
}

const SEMICOLON = 0x3b;

/** Whether text[at, at + word.length) is `word` (ASCII lower case) in any case: ASCII letters only, as a regex's `i` flag reads them. */
function endsWithAsciiWord(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = text.charCodeAt(at + k);
    if (code >= 0x80 || (code | 0x20) !== word.charCodeAt(k)) return false;
  }
  return true;
}
/**
 * The words no heading ends with, in English, French and Spanish: articles, prepositions,
 * conjunctions, determiners, possessives and modals. A short line that ends on one runs on into the
 * next, whatever the next line's case ("... under paragraph 1, each" / "Party shall ...").
 */
const FUNCTION_WORD_END =
  /\b(?:the|of|and|or|to|in|a|an|by|for|with|on|at|from|under|than|each|any|every|its|their|such|this|that|which|shall|may|de|la|le|les|des|du|et|ou|chaque|tout|toute|ses|son|sa|leur|leurs|cette|qui|que|el|los|las|y|en|del|cada|su|sus|cualquier)$/;
const SENTENCE_START = /^["“‘'«¿¡(\[•\-–—]?[\p{Lu}\p{N}]/u;
/** Text that ends with a full stop, semicolon, colon, ! or ?, perhaps inside quotes or a parenthesis. */
export const CLOSING_PUNCTUATION = /[.;:!?]["'”’»)]*$/;
/** Closing quotes and parentheses: after a full stop, ! or ? they belong to the sentence that ends there. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')']);

/**
 * Whether `text` ends as CLOSING_PUNCTUATION reads it: a stop, then only quotes and parentheses. Read back
 * from the end, where the regex is tried at every stop of the text.
 */
function endsWithClosingPunctuation(text: string): boolean {
  let at = text.length;
  while (at > 0 && CLOSING_AFTER_PUNCTUATION.has(text.charCodeAt(at - 1))) at--;
  return at > 0 && STOPS.has(text.charCodeAt(at - 1));
}

/** CLOSING_PUNCTUATION's two classes, by code: the stops and what may follow them. */
const STOPS = new Set([...'.;:!?'].map((c) => c.charCodeAt(0)));
const CLOSING_AFTER_PUNCTUATION = new Set([...'"\'”’»)'].map((c) => c.charCodeAt(0)));
/** An item's label: "(a)", "ii)", "3.", a bullet; in OCR'd text with a space inside ("( a )") or before the full stop ("3 ."). */
const ENUMERATOR = /^(?:(?:\( ?(?:[a-z]{1,2}|[ivxlc]{1,5}|\d{1,3}) ?|[a-z]{1,2}|[ivxlc]{1,5}|\d{1,3})\)|\d{1,3} ?\.(?!\d)|[•\-–—])\s/iu;
/** A list item lettered with a full stop ("a. the authenticity of ..."): lower case only, since "A. Scope" is a heading's label. */
const LETTERED_ITEM = /^[a-z]\.\s/;
/** A list item's label standing alone on its line ("29.", "(b)", "iv)", "a."), as a table or schedule sets it apart from its text. */
const LONE_LABEL = /^(?:\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,5})[.)]|\( ?(?:\d{1,3}|[a-z]|[ivxlc]{1,5}) ?\))$/i;
/** A line that holds only a number, as a page's number left in the text between two items. */
const PAGE_NUMBER_LINE = /^\d{1,4}[ \t]*\n\s*/;
/** A footnote's number right after a full stop ("... of the Parties.5"), then the next sentence: "8.70" has a digit before its stop. */
const FOOTNOTE_MARK = /^\d{1,2}(?=\s)/;
/** A note called in brackets, as a word processor's text or Markdown prints it: "[1]", "[^12]". */
const BRACKETED_NOTE_CALL = /^\[\^?\d{1,3}\](?=\s|$)/;
/** A bracketed note call alone on the next line: "[4]" with nothing after it but the line's end. */
const WRAPPED_NOTE_CALL = /^[ \t]*\r?\n[ \t]*\[\^?\d{1,3}\][ \t]*(?=\r?\n|$)/;

/**
 * What becomes of a list's items ("shall not apply to: (a) ...; (b) ..."). `apart`: each item is a
 * sentence of its own that carries its lead-in (see Segment.leadIn), as rule windows want them.
 * `with-lead-in`: the same sentences, with a lead-in and its items joined into one, as legal force
 * reads them: a chapeau's "shall" binds its items.
 */
export type ListItems = 'apart' | 'with-lead-in';

/** Splits `text[start, end)` into sentences, the legal way; see the README of rules for what counts. */
export function splitSentences(text: string, start = 0, end = text.length, items: ListItems = 'apart'): Segment[] {
  const sentences = splitApart(text, start, end);
  return items === 'apart' ? sentences : joinListItems(text, sentences);
}

function splitApart(text: string, start: number, end: number): Segment[] {
  const cuts: number[] = [];
  CANDIDATE.lastIndex = start;
  for (let m = CANDIDATE.exec(text); m && m.index < end; m = CANDIDATE.exec(text)) {
    const at = cutAt(text, m.index, m[0], end, cuts[cuts.length - 1] ?? start);
    if (at >= 0) cuts.push(at);
  }
  const segments: Segment[] = [];
  let from = start;
  // The lists open at this point, outermost first: a list item inside an item opens one more.
  let lists: OpenList[] = [];
  // Lists an item's full stop closed, kept for the sentences the item may still run on with (see resumedLists).
  let closed: ClosedLists | undefined;
  for (const cut of [...cuts, end]) {
    const seg = trim(text, from, cut);
    from = cut;
    if (!seg) continue;
    seg.start = afterPageNumberLine(text, seg.start, seg.end);
    const opening = text.slice(seg.start, seg.start + 20).replace(PAGE_NUMBER_LINE, '');
    if (lists.length === 0 && closed) {
      const resumed = resumedLists(closed, opening);
      if (resumed) lists = resumed;
      if (resumed || itemLabelOf(opening)) closed = undefined;
      else if (opensNote(opening)) closed = { ...closed, sentencesLeft: SENTENCES_AN_ITEM_RUNS_ON };
      else closed = closed.sentencesLeft <= 1 ? undefined : { ...closed, sentencesLeft: closed.sentencesLeft - 1 };
    }
    // A note under an item ("Note 1: For greater certainty, ...") annotates it: the lists it stands in
    // are taken up again by their next item (see resumedLists), as after an item's own sentence.
    if (lists.length > 0 && opensNote(opening)) {
      closed = { lists, sentencesLeft: SENTENCES_AN_ITEM_RUNS_ON };
      lists = [];
    }
    // Only an item ("(b) ...", "29. ...") or a line that runs on in lower case reads with the lead-in:
    // a note or paragraph after the last item's semicolon does not.
    if (lists.length > 0 && !continuesItems(opening)) lists = [];
    const label = itemLabelOf(opening);
    if (lists.length > 0 && label && opensNextParagraph(text, lists, label)) lists = [];
    if (lists.length > 0) {
      lists = listOfItem(lists, label);
      seg.leadIn = (lists[lists.length - 1] as OpenList).leadIn;
    }
    segments.push(seg);
    const last = text[seg.end - 1];
    const following = afterSpace(text, seg.end, end);
    if (last === ':' && isListItem(following)) {
      lists = [...lists, { leadIn: { start: seg.start, end: seg.end } }];
      closed = undefined;
    } else if (last === ':' && opensNote(following)) {
      // A note set under the lead-in, before the first item ("… may take include:" / "Note 1: …" / "(i) an
      // enterprise"), annotates the lead-in: the list opens at its first item after the note (see resumedLists).
      closed = { lists: [...(lists.length > 0 ? lists : (closed?.lists ?? [])), { leadIn: { start: seg.start, end: seg.end } }], sentencesLeft: SENTENCES_AN_ITEM_RUNS_ON };
      lists = [];
    } else if (!endsAsItem(text, seg.start, seg.end) && !nextLetteredItem(text.slice(seg.start, seg.start + 12), following)) {
      if (seg.leadIn && last === '.') closed = { lists, sentencesLeft: SENTENCES_AN_ITEM_RUNS_ON };
      lists = [];
    }
  }
  return segments;
}

/**
 * How many sentences an item may run on with, its own included, before the next item takes its list up
 * again: a scope exclusion's item with a review clause of two sentences after it ("(a) ... air services.
 * The Parties note the negotiations .... Upon their conclusion, the Parties shall review ... (b) government
 * procurement") keeps its list. A note between items may run on as long, counted from each note.
 */
const SENTENCES_AN_ITEM_RUNS_ON = 3;

interface ClosedLists {
  lists: OpenList[];
  sentencesLeft: number;
}

/**
 * The lists an item closed with its full stop, or a note set under an item interrupted, when the
 * sentence that opens with `opening` is their next lettered or bulleted item: "(c) aids for structural
 * adjustment. The Council shall review that clause. (d) aid to promote culture ..." – "(d)" follows
 * "(c)", so the sentence between was (c)'s own and the lead-in still governs (d); so does a bullet of
 * the same kind after a bullet's own sentence ("- to provide a framework for integration. To this end,
 * X shall ... - to promote cooperation"), and the item after a note ("(a) ...; Note: ... (b) ..."); a list
 * whose lead-in a note follows opens at its first item ("include: Note 1: ... (i) ...").
 * Numbers are left out: "3." after a list opens the next paragraph.
 */
function resumedLists(closed: ClosedLists, opening: string): OpenList[] | undefined {
  const label = itemLabelOf(opening);
  if (!label || !(label.value === '' || /^\p{L}+$/u.test(label.value)) || !isListItem(opening)) return undefined;
  const takesUp = (list: OpenList) => (list.lastLabel === undefined ? opensList(label) : follows(list.lastLabel, label));
  return closed.lists.some(takesUp) ? closed.lists : undefined;
}

/**
 * Whether the item labelled `label` is the paragraph after the one the lists hang from: "2." after the
 * items of "1. This Chapter does not apply to: (a) ...; (b) ...;" – unless an open list's last item is
 * the label it follows ("2." after an item "1."). Bullets carry no order, and are left out.
 */
function opensNextParagraph(text: string, lists: readonly OpenList[], label: ItemLabel): boolean {
  if (label.value === '' || lists.some((list) => list.lastLabel !== undefined && follows(list.lastLabel, label))) return false;
  const outermost = (lists[0] as OpenList).leadIn;
  const own = itemLabelOf(text.slice(outermost.start, outermost.start + 20).replace(PAGE_NUMBER_LINE, ''));
  return own !== undefined && follows(own, label);
}

/** A list being read: the sentence that introduces it and the label of its last item so far. */
interface OpenList {
  leadIn: { start: number; end: number };
  lastLabel?: ItemLabel;
}

/**
 * The open lists once an item labelled `label` is read: it belongs to the innermost list while that
 * list has no item yet, else to the innermost list whose last label it follows ("(d)" after "(c)",
 * closing the list of "(i)", "(ii)" nested in "(c)"), else to the innermost list.
 */
function listOfItem(lists: OpenList[], label: ItemLabel | undefined): OpenList[] {
  const innermost = lists[lists.length - 1] as OpenList;
  let at = lists.length - 1;
  if (label && innermost.lastLabel) {
    const owner = lists.findLastIndex((list) => list.lastLabel !== undefined && follows(list.lastLabel, label));
    if (owner >= 0) at = owner;
  }
  const kept = lists.slice(0, at + 1);
  if (label) kept[at] = { leadIn: (kept[at] as OpenList).leadIn, lastLabel: label };
  return kept;
}

/**
 * The sentences as legal force reads them: a lead-in ending with a colon and the items that follow
 * it, and a list item ending with a semicolon and the items after it, are one sentence. `sentences` are
 * those of `splitSentences` with items `apart`, left as they are: a reader of both splits the text once.
 */
export function joinListItems(text: string, sentences: readonly Segment[]): Segment[] {
  const joined: Segment[] = [];
  let previous: Segment | undefined;
  for (const sentence of sentences) {
    const group = joined[joined.length - 1];
    const cutFromList = previous?.leadIn !== undefined && sentence.leadIn === undefined;
    previous = sentence;
    if (group && continuesList(text, group, sentence, cutFromList)) group.end = sentence.end;
    else if (group && sentence.leadIn && sentence.leadIn.start < group.start) joinToLeadIn(text, joined, sentence);
    else joined.push({ start: sentence.start, end: sentence.end });
  }
  return joined;
}

/**
 * An item that takes its list up again after a sentence of the item before's own (see resumedLists)
 * joins the group of its lead-in, and so does that sentence: one sentence from the lead-in on. A note
 * between them keeps its own force ("Note 2: Nothing in this Chapter shall be construed ..."): it stays
 * apart with its sentences, and the item joins the first group of items after the last note, or starts it.
 */
function joinToLeadIn(text: string, joined: Segment[], item: Segment): void {
  const opening = (group: Segment) => text.slice(group.start, group.start + 12);
  let at = joined.findLastIndex((group) => group.start <= (item.leadIn as { start: number }).start);
  const lastNote = joined.findLastIndex((group, i) => i > at && opensNote(opening(group)));
  if (lastNote > at) at = joined.findIndex((group, i) => i > lastNote && isListItem(opening(group)));
  if (at < 0) {
    joined.push({ start: item.start, end: item.end });
    return;
  }
  const group = joined[at] as Segment;
  group.end = item.end;
  joined.length = at + 1;
}

/** `cutFromList`: the sentence follows an item, yet splitApart read it under no lead-in (the next paragraph, a note). */
function continuesList(text: string, group: Segment, sentence: Segment, cutFromList: boolean): boolean {
  if (sentence.leadIn && sentence.leadIn.start >= group.start) return true;
  const windowStart = Math.max(group.start, group.end - 8);
  const opening = text.slice(sentence.start, sentence.start + 12);
  // A note under a lead-in keeps its own force, as one between items does (see joinToLeadIn).
  if (text.slice(windowStart, group.end).endsWith(':')) return !opensNote(opening);
  // After "...;" a recital or a numbered paragraph starts a sentence of its own.
  return endsAsItem(text, windowStart, group.end) && !cutFromList && continuesItems(opening);
}

/** Whether a sentence that starts with `opening` continues a list: an item, or a line that runs on in lower case. */
function continuesItems(opening: string): boolean {
  return isListItem(opening) || /^\p{Ll}/u.test(opening);
}

function isListItem(next: string): boolean {
  return ENUMERATOR.test(next) || LETTERED_ITEM.test(next);
}

/** A lettered item's label ("a.", "(b)", "(iv)") or a bullet: numbers are left out, since "2." after an item may open the next paragraph. */
const LETTER_LABEL = /^(?:(?:\( ?(?:[a-z]{1,2}|[ivxlc]{1,5}) ?|[a-z]{1,2}|[ivxlc]{1,5})\)|[a-z]\.|[•\-–—])\s/i;

/** The kind of a label: "(a)", "a)", "a." or the bullet itself. */
function labelKind(label: string): string {
  return /^[•\-–—]/.test(label) ? label.trim() : `${label.startsWith('(') ? '(' : ''}${label.trimEnd().slice(-1)}`;
}

/**
 * Whether `next` is the next item of the lettered or bulleted list `item` belongs to, though `item`
 * ended with a full stop or a comma ("a. Adopt measures ... . b. Refrain from ...", "- cultural
 * exchanges, - academic exchanges"): its lead-in still governs it.
 */
function nextLetteredItem(item: string, next: string): boolean {
  const label = LETTER_LABEL.exec(item)?.[0];
  const nextLabel = LETTER_LABEL.exec(next)?.[0];
  return label !== undefined && nextLabel !== undefined && labelKind(label) === labelKind(nextLabel);
}

/** A line break, then one of ITEM_CONJUNCTIONS alone on its line. */
const CONJUNCTION_LINE = new RegExp(`^[ \\t]*\\r?\\n[ \\t]*(?:${ITEM_CONJUNCTIONS.join('|')})[ \\t]*(?:\\r?\\n|$)`, 'i');
/** A line that ends with a comma, perhaps then one of ITEM_CONJUNCTIONS (", and", ", or", or "," ⏎ "and"), as some lists' items do. */
const COMMA_LINE_END = new RegExp(`,\\s*(?:(?:${ITEM_CONJUNCTIONS.join('|')})[ \\t]*)?$`, 'i');

/**
 * Whether the line break at `index` ends an item that opened the sentence at `from` and closes with a
 * comma ("(d) dialogue on cultural policy, and"), the next line opening with the item that follows it
 * ("(e) cooperation ..."): as a blank line between them ends it. A reference set at a line's start
 * ("subparagraph" / "(b) of paragraph 1") is no item: the line before it ends with no comma.
 */
function commaItemEndsAt(text: string, from: number, index: number, end: number): boolean {
  if (!COMMA_LINE_END.test(text.slice(Math.max(from, index - 12), index))) return false;
  const own = itemLabelOf(afterSpace(text, from, index));
  const next = itemLabelOf(afterSpace(text, index, end));
  return own !== undefined && next !== undefined && follows(own, next);
}

/** Whether the eight characters before the line break at `index`, blanks at their end left out, end as a list item does. */
function lineEndsAsItem(text: string, index: number): boolean {
  const start = Math.max(0, index - 8);
  let end = index;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return endsAsItem(text, start, end);
}

/**
 * Where the sentence that started at `from` ends at the candidate `mark` found at `index` (after the
 * mark and any closers), or -1 where it goes on.
 */
function cutAt(text: string, index: number, mark: string, end: number, from: number): number {
  if (mark === '\n') return lineEndsAsItem(text, index) || commaItemEndsAt(text, from, index, end) || opensNumberedParagraph(text, index, end) ? index : -1;
  if (mark.startsWith('\n')) {
    const next = afterSpace(text, index + mark.length, end);
    return !bordersPageNumber(text, index, index + mark.length, next) && blankLineBreaks(text, index, next) ? index : -1;
  }
  let at = index + 1;
  if (mark === '.' || mark === '!' || mark === '?') while (at < end && CLOSERS.has(text[at] as string)) at++;
  if (mark === '.' && at === index + 1) at += footnoteMarkLength(text, index);
  const next = afterSpace(text, at, end);
  if (next !== '' && at < end && !isSpaceAt(text, at)) return -1; // "8.70", "e.g.x", "a;b"
  if (mark === ';' || mark === ':') {
    // A list item or a lead-in ends here when a line break or an enumerator follows; an item's closing
    // "and" that the line break set on a line of its own ("...;" / "and" / "(b) ...") ends it instead.
    const after = text.slice(at, at + 16);
    if (mark === ';' && CONJUNCTION_LINE.test(after)) return -1;
    return /^[ \t]*\r?\n/.test(after) || isListItem(next) || next === '' ? at : -1;
  }
  if (next === '') return at;
  // An item's label at the start of the next line opens a sentence whatever its case: "... services.\n(b) the ...",
  // and so does the rule a word processor draws above its notes ("... inconsistency.\n__________").
  const nextLine = /^[ \t]*\r?\n/.test(text.slice(at, at + 16));
  if (!SENTENCE_START.test(next) && !(nextLine && (isListItem(next) || NOTES_RULE.test(next)))) return -1;
  if (mark === '.' && isDigitAt(text, index - 1)) {
    const titleEnd = numberedTitleEnd(text, index, end);
    if (titleEnd >= 0) return titleEnd;
  }
  if (mark === '.' && isAbbreviationStop(text, index)) return -1;
  return at;
}

const isDigitAt = (text: string, i: number): boolean => i >= 0 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39;
/** A numbered paragraph's opening, its number then a capital: "2. The Parties", "(2) Each", or OCR's "2 . The". */
const NUMBERED_PARAGRAPH_OPENING = /^(?:\d{1,3} ?\.|\(\d{1,3}\))\s+\p{Lu}/u;
/** The line a cited number was wrapped from: "... referred to in paragraph" / "2. ...", "... in accordance with" / "2. ...", "... Annex" / "2. ...". */
const CITES_ON = new RegExp(`(?:${NUMBERED_HEADS.source})|${FUNCTION_WORD_END.source}|,$`, 'i');

/**
 * Whether the line break at `index` comes before a numbered paragraph ("2. The Parties recognise ..."),
 * where a paragraph left without a full stop ends (`... ("the Memorandum")`): as a Word file or a web page
 * sets the two paragraphs apart. A number that a wrapped line cites is no paragraph's: the line before
 * it ends on a word that cites ("paragraph", "Annex"), a word a phrase goes on from ("with", "the") or a comma.
 */
function opensNumberedParagraph(text: string, index: number, end: number): boolean {
  if (!NUMBERED_PARAGRAPH_OPENING.test(afterSpace(text, index, end))) return false;
  const lastLine = text.slice(text.lastIndexOf('\n', index - 1) + 1, index).trim();
  return lastLine !== '' && !LONE_LABEL.test(lastLine) && !CITES_ON.test(lastLine);
}

/** The longest title on the line of a paragraph's number ("4. Public Participation"). */
const MAX_NUMBERED_TITLE = 60;

/**
 * Where the line ends whose number's full stop is at `index`, when the rest of that line is a title
 * ("4. Public Participation") and the next line opens a sentence ("In identifying areas ..."); else -1.
 * A text sets a blank line under such a title, a PDF none: either way the title is no words of the
 * paragraph's first sentence. A title has no stop, comma or colon, a capital on every word of four
 * letters or more, and no word at its end that a phrase goes on from: a paragraph's first line that
 * runs on ("2. Nothing in this Agreement" / "Shall ...") is none.
 */
function numberedTitleEnd(text: string, index: number, end: number): number {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  if (!/^[ \t]*\d{1,3}$/.test(text.slice(lineStart, index))) return -1;
  const lineEnd = text.indexOf('\n', index);
  if (lineEnd === -1 || lineEnd >= end || lineEnd - index > MAX_NUMBERED_TITLE) return -1;
  const title = text.slice(index + 1, lineEnd).trim();
  if (!/^\p{Lu}/u.test(title) || /[.,;:!?]/.test(title) || FUNCTION_WORD_END.test(title.toLowerCase())) return -1;
  if (title.split(/\s+/).some((word) => /^\p{Ll}{4}/u.test(word))) return -1;
  return SENTENCE_START.test(afterSpace(text, lineEnd, end)) ? lineEnd : -1;
}

/**
 * The length of the note call after the full stop at `index`, or 0: a number glued to it ("... of the
 * Parties.5 Each"), or a call in brackets ("... record works.[1]", "... Party.[^1]", or alone on the
 * next line) after any stop but an abbreviation's ("Art.[5]").
 */
function footnoteMarkLength(text: string, index: number): number {
  const after = text.charCodeAt(index + 1);
  if (after === 0x5b) {
    const call = BRACKETED_NOTE_CALL.exec(text.slice(index + 1, index + 8))?.[0];
    return call && !isAbbreviationStop(text, index) ? call.length : 0;
  }
  // A call a narrow column wrapped to a line of its own ("... free of visa fees." / "[4]").
  const wrapped = WRAPPED_NOTE_CALL.exec(text.slice(index + 1, index + 12))?.[0];
  if (wrapped && !isAbbreviationStop(text, index)) return wrapped.trimEnd().length;
  if (after < 48 || after > 57) return 0; // not a digit
  const digits = FOOTNOTE_MARK.exec(text.slice(index + 1, index + 4))?.[0];
  if (!digits) return 0;
  const word = /\p{L}+$/u.exec(text.slice(Math.max(0, index - 24), index))?.[0] ?? '';
  return /^\p{Ll}{2,}$/u.test(word.slice(1)) && !ABBREVIATIONS.has(word.toLowerCase()) ? digits.length : 0;
}

/** Whether the full stop at `index` closes an abbreviation, an initial or a numbered or lettered label. */
function isAbbreviationStop(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 24), index);
  // A paragraph's number that OCR spaced from its full stop, opening its line: "2 . Each Party ...".
  if (/(?:^|\n)[ \t]*\d{1,3} $/.test(before)) return true;
  const word = before.slice(abbreviationWordStart(before));
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith", "Section A. Scope"
  const head = before.slice(0, before.length - word.length);
  // A lettered item: "...: a. Adopt measures", or under a paragraph's number, "3. a. Whenever ...".
  if (/^[a-z]$/.test(word) && /(?:^|\n|[:;]|(?:^|\n)[ \t]*\d{1,3}\.)[ \t]*$/.test(head)) return true;
  // A number that opens its line, or a heading's ("Article 5. Scope"): not one cited in a sentence ("in paragraph 1. The").
  if (/^\d{1,3}$/.test(word) || /^[ivxlc]{1,5}$/i.test(word)) return /(?:^|\n)[ \t]*$/.test(head) || (NUMBERED_HEADS.test(head.trimEnd()) && /(?:^|\n)[ \t]*\p{L}+\s*$/u.test(head));
  return false;
}

/** A number alone on its line: a page's, but as well a table's cell or a note's number. */
const BARE_NUMBER = /^(?:\d{1,4}|[ivxlc]{1,7})$/;

/**
 * Whether the blank line `text[from, to)`, before `next`, stands by a page number on a line of its own:
 * a page's number left between two paragraphs of a Word file or web page made from a printed text
 * (each printed line a paragraph). It breaks the sentence no more than in the text it was printed in,
 * where it is a line among the others: not at all ("... to the contrary; or" / "- 133 -" / "(b) doing
 * so ..."). A bare number is a page's only before the next item of a list ("... the following
 * activities:" / "97" / "(a) dialogue ..."): elsewhere it may be a table's cell or a note's number. A
 * label alone on its line ("(7)") is no page number.
 */
function bordersPageNumber(text: string, from: number, to: number, next: string): boolean {
  const before = text.slice(text.lastIndexOf('\n', from - 1) + 1, from).trim();
  const lineEnd = text.indexOf('\n', to);
  const after = text.slice(to, lineEnd === -1 ? text.length : lineEnd).trim();
  return isPrintedPageNumber(before) || isPrintedPageNumber(after) || (BARE_NUMBER.test(before) && isListItem(next));
}

/** A page number as only a page prints it ("- 133 -", "Page 7"): not a bare number, nor a label alone on its line ("(7)"). */
const isPrintedPageNumber = (line: string) => line !== '' && PAGE_NUMBER.test(line) && !BARE_NUMBER.test(line) && !LONE_LABEL.test(line);

/**
 * Where a sentence starting at `start` begins once a page number on its first line is left out: a
 * printed one ("- 98 -"), or a bare one before a list item ("143" / "(b) the term ..."), as
 * bordersPageNumber tells them. The page number is no word of the item after it.
 */
function afterPageNumberLine(text: string, start: number, end: number): number {
  const lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1 || lineEnd >= end) return start;
  const line = text.slice(start, lineEnd).trim();
  let next = lineEnd;
  while (next < end && isSpaceAt(text, next)) next++;
  const pageNumber = isPrintedPageNumber(line) || (BARE_NUMBER.test(line) && isListItem(text.slice(next, next + 12)));
  return pageNumber && next < end ? next : start;
}

/**
 * A blank line ends a sentence after closing punctuation, before an enumerator, or under a short
 * heading-like line (no comma at its end, no word a heading never ends with); never after a list item's
 * label alone on its line ("29.", then its text).
 */
function blankLineBreaks(text: string, index: number, next: string): boolean {
  const before = text.slice(Math.max(0, index - 200), index).trimEnd();
  const lastLine = before.slice(before.lastIndexOf('\n') + 1).trim();
  if (LONE_LABEL.test(lastLine)) return false;
  if (before === '' || endsWithClosingPunctuation(before)) return true;
  if (isListItem(next)) return !(DASH_ITEM.test(next) && leavesParenthesisOpen(lastLine));
  // A line that ends with a comma is no heading: the Parties' line of a preamble ("THE REPUBLIC OF AURELIA AND
  // THE KINGDOM OF BOREALIS," / "HAVING RATIFIED ...") runs on into its first recital, as it does in print.
  return lastLine.length <= 60 && !lastLine.endsWith(',') && !FUNCTION_WORD_END.test(lastLine) && /^[\p{Lu}\p{N}]/u.test(lastLine) && /^[\p{Lu}\p{N}]/u.test(next);
}

/** The rule a word processor draws above its notes, a line of underscores. */
const NOTES_RULE = /^_{5,}/;

/** A dash that opens a line as a bullet would. */
const DASH_ITEM = /^[-–—]\s/;

/**
 * Whether `line` opens a parenthesis it does not close ("... Article 9.7 (Trade in Services"): a dash
 * at the start of the next line is then the dash of a cross-reference's title ("- Non-Conforming
 * Measures)"), not a bullet.
 */
function leavesParenthesisOpen(line: string): boolean {
  let depth = 0;
  for (const c of line) {
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

function afterSpace(text: string, from: number, end: number): string {
  let i = from;
  while (i < end && isSpaceAt(text, i)) i++;
  return text.slice(i, Math.min(end, i + 12));
}

/** The index in `segments` (in text order) of the one that holds `offset`, or of the nearest before it, or 0: by binary search. */
export function segmentIndexAt(offset: number, segments: readonly { start: number }[]): number {
  return Math.max(0, prefixLength(segments, (segment) => segment.start <= offset) - 1);
}

/** A sentence's text with its whitespace collapsed: the form legal force reads and label hashes are computed on. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Where the character at `at` of squash(text.slice(start, …)) stands in `text`: squash drops the blanks
 * before the first word and makes each run of blanks one space.
 */
export function offsetBeforeSquash(text: string, start: number, at: number): number {
  let i = start;
  while (i < text.length && isSpaceAt(text, i)) i++;
  for (let k = 0; k < at && i < text.length; k++) {
    if (!isSpaceAt(text, i)) i++;
    else while (i < text.length && isSpaceAt(text, i)) i++;
  }
  return i;
}

/** `text[start, end)` without its surrounding whitespace, or undefined when nothing else is left. */
export function trim(text: string, start: number, end: number): Segment | undefined {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  return e > s ? { start: s, end: e } : undefined;
}

const SPACE = /\s/;

/**
 * Whether the code unit at `i` is whitespace as /\s/ reads it: an ASCII one by its code (tab to carriage
 * return, space), any other asked of the regex. Sentences are cut and trimmed a character at a time,
 * and a regex run per character cost more than the rest of the cutting.
 */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(text[i] as string);
}

/** What the word before a full stop is made of (see abbreviationWordStart), a character at a time. */
const ABBREVIATION_CHARACTER = /^[\p{L}\p{N}.°º]$/u;

/**
 * Where the run of letters, digits, full stops and degree signs that ends `text` begins, as
 * /([\p{L}\p{N}.°º]+)$/u finds it, read back from the end (the regex is tried at every position).
 * A character beyond the BMP is read whole, as the regex's `u` flag reads it.
 */
function abbreviationWordStart(text: string): number {
  let at = text.length;
  while (at > 0) {
    const code = text.charCodeAt(at - 1);
    if (code < 0x80) {
      if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code === 0x2e) {
        at--;
        continue;
      }
      return at;
    }
    const width = code >= 0xdc00 && code <= 0xdfff && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2)) ? 2 : 1;
    if (!ABBREVIATION_CHARACTER.test(text.slice(at - width, at))) return at;
    at -= width;
  }
  return at;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
