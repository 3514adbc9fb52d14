import { decodeEntity } from './html-entities.js';
import { formatNumber, type NumberFormat } from './list-labels.js';

/** Elements that end a paragraph (an empty line around them) or just a line. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'dl', 'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'figure', 'address', 'body']);
const LINE = new Set(['div', 'li', 'tr', 'dt', 'dd', 'caption', 'figcaption', 'thead', 'tbody', 'tfoot', 'option', 'legend', 'fieldset', 'form']);
const CELL = new Set(['td', 'th']);

/**
 * Comments, elements whose content is never text, declarations, tags, and character references. The
 * head's only text is its title (HTML lets a page leave out </head>, and even <body>: skipping the head
 * to its end tag would skip the whole page).
 */
const TOKENS =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|template|noscript|title|svg|math)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|&(#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/g;

/** What a horizontal rule reads as. */
const RULE_LINE = '__________';

/** Anchors that only lead back from a footnote to its call (mammoth writes "↑"). */
const BACK_LINK = /href\s*=\s*["']#(?:footnote|endnote)-ref/i;

/** A link within the page ("#note3"): a superscript number inside one, or around one, calls a note. */
const IN_PAGE_LINK = /\bhref\s*=\s*["']?#/i;

/** What a link back from a note to its call shows: an arrow, drawn and not read. */
const BACK_ARROW = /^\s*[↩↑⤴^]\uFE0E?\s*$/u;

/** A note call's number as a superscript shows it. */
const CALL_NUMBER = /^\s*(\d{1,3})\s*$/;

/** A footnote or endnote item as mammoth writes it: <li id="footnote-3">. */
const FOOTNOTE_ITEM = /\bid\s*=\s*["'](?:footnote|endnote)-\d+["']/i;

/**
 * An ordered list's numbering, which a browser draws and the markup does not hold: `<ol type="a">`
 * shows (a), (b) … before its items, `<ol>` 1., 2. …, as the agreement printed them. `null` stands for
 * a list without numbers (`<ul>`).
 */
interface Numbering {
  type: string;
  next: number;
}

/** An enumerator an item's text opens with ("(a) …", "1. …"), its number or letters captured. */
const OPENS_WITH_ENUMERATOR = /^\s*\(?(\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]\s/;
const LIST_TYPE = /\btype\s*=\s*["']?([1aAiI])/;
const LIST_START = /\bstart\s*=\s*["']?(-?\d+)/;
const ITEM_VALUE = /\bvalue\s*=\s*["']?(-?\d+)/;

/** An <ol>'s type attribute as a number format: 1, a, A, i, I. */
const FORMAT_OF_TYPE: Record<string, NumberFormat> = { '1': 'decimal', a: 'lower-alpha', A: 'upper-alpha', i: 'lowerRoman', I: 'upperRoman' };

/**
 * Whether an item's text numbers the item itself, so that the list's number is not written before it: it
 * opens with an enumerator of the list's kind (a number in a numbered list, letters in a lettered one),
 * or with the letter the browser would draw (a page that hides the browser's numbers, "(a)" on item 1).
 * A paragraph whose words open with its first point ("4." drawn, then "(a) No Party may …") has its
 * number written, as the text printed it: "4. (a) No Party may …".
 */
function numbersItself(text: string, list: Numbering, n: number): boolean {
  const own = OPENS_WITH_ENUMERATOR.exec(`${text} `)?.[1];
  if (own === undefined) return false;
  const numbered = (FORMAT_OF_TYPE[list.type] ?? 'decimal') === 'decimal';
  return /^\d+$/.test(own) === numbered || own.toLowerCase() === formatNumber(n, 'lower-alpha');
}

/** An item's enumerator as the agreement would print it: "1.", "(a)", "(iv)", "(B)". */
function enumerator(type: string, n: number): string {
  const format = FORMAT_OF_TYPE[type] ?? 'decimal';
  return format === 'decimal' || n < 1 ? `${n}.` : `(${formatNumber(n, format)})`;
}

/** The visible text of an HTML page, with block elements on their own lines. Linear, no DOM. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  const lists: Array<Numbering | null> = [];
  let marker: { text: string; list: Numbering; n: number } | undefined; // an ordered item's enumerator, written before its text unless the text has its own
  let pending = 0; // line breaks owed before the next text (0, 1 or 2)
  let pre = 0;
  let skipping = false;
  let atLineStart = true;
  let notes = 0;
  let glued = false; // a footnote number waits for its text on the same line
  let superscript = 0; // depth of <sup> elements
  let inPageLink = false; // inside a link to a place in the page

  const emit = (raw: string, glue = false) => {
    if (skipping) return;
    let text = pre > 0 ? raw : raw.replace(/\s+/g, ' ');
    if (pending > 0 || atLineStart) text = text.replace(/^ +/, '');
    if (!text || (inPageLink && BACK_ARROW.test(text))) return;
    // A note call set apart by its size alone ("Article 1.1<sup><a href="#note1">1</a></sup>") is
    // written in brackets, as a Word file's, lest it read as more digits of the number before it.
    const call = superscript > 0 && inPageLink ? CALL_NUMBER.exec(text) : null;
    if (call) text = `[${call[1]}]`;
    if (marker && /\S/.test(text)) {
      if (!numbersItself(text, marker.list, marker.n)) text = `${marker.text} ${text.trimStart()}`;
      marker = undefined;
    }
    if (pending > 0 && parts.length > 0) parts.push(pending === 1 ? '\n' : '\n\n');
    pending = 0;
    parts.push(text);
    if (/\S/.test(text)) glued = glue;
    atLineStart = text.endsWith('\n');
  };
  const owe = (breaks: number) => {
    if (!glued) pending = Math.max(pending, breaks);
  };

  let done = 0;
  for (const m of html.matchAll(TOKENS)) {
    emit(html.slice(done, m.index));
    done = m.index + m[0].length;
    const entity = m[5];
    if (entity !== undefined) {
      emit(decodeEntity(entity) ?? m[0]);
      continue;
    }
    const name = m[3]?.toLowerCase();
    if (!name) continue; // comment, script, declaration
    const closing = m[2] === '/';
    if (name === 'br') {
      if (!skipping && parts.length > 0) parts.push('\n');
      atLineStart = true;
    } else if (name === 'a') {
      if (!closing && BACK_LINK.test(m[4] ?? '')) skipping = true;
      else if (closing) skipping = false;
      inPageLink = !closing && IN_PAGE_LINK.test(m[4] ?? '');
    } else if (name === 'sup') {
      superscript = Math.max(0, superscript + (closing ? -1 : 1));
    } else if (name === 'hr') {
      // A horizontal rule is drawn, not written; as text it is a rule line, which is how a printed
      // page sets its notes apart (the official journal's notes follow <hr class="oj-note">).
      owe(2);
      emit(RULE_LINE);
      owe(2);
    } else if (name === 'pre') {
      pre += closing ? -1 : 1;
      owe(2);
    } else if (name === 'li' && !closing && FOOTNOTE_ITEM.test(m[4] ?? '')) {
      // mammoth lists notes without numbers; its calls in the text are numbered in order: [1], [2] …
      owe(1);
      emit(`[${++notes}] `, true);
    } else if (name === 'li' && !closing) {
      owe(1);
      const list = lists[lists.length - 1];
      if (list) {
        const value = ITEM_VALUE.exec(m[4] ?? '');
        if (value) list.next = Number(value[1]);
        const n = list.next++;
        marker = { text: enumerator(list.type, n), list, n };
      }
    } else if (name === 'ol' || name === 'ul') {
      if (closing) lists.pop();
      else lists.push(name === 'ul' ? null : { type: LIST_TYPE.exec(m[4] ?? '')?.[1] ?? '1', next: Number(LIST_START.exec(m[4] ?? '')?.[1] ?? 1) });
      marker = undefined;
      owe(2);
    } else if (PARAGRAPH.has(name)) owe(2);
    else if (LINE.has(name)) owe(1);
    else if (CELL.has(name) && closing) emit(' ');
  }
  emit(html.slice(done));
  return parts.join('').replace(/ +\n/g, '\n').trim();
}

/** Where a frame or inline frame takes its page from. */
const FRAME_SOURCE = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * The pages a page shows in frames, as its <frame> and <iframe> elements name them (not those inside
 * scripts, comments or <noscript>). They are not fetched: a reader of local files reads no web.
 */
export function framedPages(html: string): string[] {
  const pages: string[] = [];
  if (!/<i?frame/i.test(html)) return pages;
  for (const m of html.matchAll(TOKENS)) {
    const name = m[3]?.toLowerCase();
    if (m[2] === '/' || (name !== 'frame' && name !== 'iframe')) continue;
    const source = FRAME_SOURCE.exec(m[4] ?? '');
    const page = source ? (source[1] ?? source[2] ?? source[3] ?? '').trim() : '';
    if (page && !/^(?:about|data|javascript):/i.test(page) && !pages.includes(page)) pages.push(page);
  }
  return pages;
}

/** What an editor writes in <title> when the author gave none (LibreOffice's "- no title specified", "Untitled", "Document1"). */
const PLACEHOLDER_TITLE = /^[\s\-–—]*(?:no title specified|untitled(?:\s+document)?|document\s*\d*|sans titre|sin t[ií]tulo)[\s\-–—]*$/i;

/** The page's <title>, else its first <h1>, as plain text; an editor's placeholder is no title. */
export function htmlTitle(html: string): string | undefined {
  for (const element of [/<title\b[^>]*>([\s\S]*?)<\/title>/i, /<h1\b[^>]*>([\s\S]*?)<\/h1>/i]) {
    const m = element.exec(html);
    const title = m ? htmlToText(m[1]!).replace(/\s+/g, ' ').trim() : '';
    if (title && !PLACEHOLDER_TITLE.test(title)) return title;
  }
  return undefined;
}
