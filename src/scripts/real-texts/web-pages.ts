import { formatNumber } from '../../ingest/list-labels.js';
import { escapeXml, type RenderLine } from './render-lines.js';

/**
 * An agreement as two kinds of web page publish treaties, rendered from its lines (renderLines): the
 * official journal's HTML (EUR-Lex), and a government's web page. Neither is copied from a real page;
 * both follow the markup those sites use, which the reader must turn back into the same agreement.
 */

/** A numbered paragraph: "1. The Parties …". */
const NUMBERED = /^(\d{1,3})\.\s+(.+)$/;
/** A lettered or roman point: "(a) audiovisual services;", "(iv) …". */
const POINT = /^\(([a-z]{1,4})\)\s+(.+)$/;

interface HeadingParts {
  /** "Article 3.2", "CHAPTER THREE". */
  label: string;
  /** Its title, when the outline read one. */
  title?: string;
  /** What the heading line prints between the label and the title (": ", " "), when the title starts on that line. */
  titleOnLine?: string;
  /** How many of the lines after the heading line hold (the rest of) its title, to be left out there. */
  titleLinesBelow: number;
  /** A note's number the heading line prints after the title (" 4"), printed there again. */
  noteAfterTitle?: string;
}

/** A note's number printed apart after the last word of a line: "… Telecommunications Services 4". */
const NOTE_NUMBER_AT_END = /\s\d{1,3}$/;

const foldBlanks = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * A heading line split into its label and its title, wherever the text put the title: on the heading
 * line, on the lines under it, or starting on the one and wrapped onto the others ("Article 3.19
 * Measures Regarding an Erroneous or" ⏎ "False Documentary Evidence of Origin").
 */
function headingParts(lines: readonly RenderLine[], i: number): HeadingParts {
  const { title } = lines[i]!;
  // A heading that is its title alone, with no number (one that names the articles after it), is printed once.
  if (title === undefined || foldBlanks(lines[i]!.text) === foldBlanks(title)) return { label: lines[i]!.text, titleLinesBelow: 0 };
  const whole = foldBlanks(title);
  // A note's number after the title's last word, on the heading line ("CHAPTER 1" ends with its own number).
  const note = NOTE_NUMBER_AT_END.exec(lines[i]!.text)?.[0];
  const beforeNote = note === undefined ? '' : foldBlanks(lines[i]!.text.slice(0, -note.length));
  const noteAfterTitle = note !== undefined && whole.endsWith(beforeNote.slice(beforeNote.lastIndexOf(' ') + 1)) && !whole.endsWith(note.trim()) ? note : undefined;
  const text = noteAfterTitle === undefined ? lines[i]!.text : lines[i]!.text.slice(0, -noteAfterTitle.length);
  // Where on the heading line the title starts: the earliest word from which the line's end is the title's start.
  let start = text.length;
  for (const word of text.matchAll(/(?<=^|[\s:.\-–—])[^\s:.\-–—]/gu)) {
    const rest = foldBlanks(text.slice(word.index));
    if (word.index > 0 && whole.startsWith(rest) && (rest.length === whole.length || whole[rest.length] === ' ')) {
      start = word.index;
      break;
    }
  }
  let read = foldBlanks(text.slice(start));
  let below = 0;
  for (let j = i + 1; read.length < whole.length && j < lines.length && !lines[j]!.level; j++) {
    const joined = foldBlanks(`${read} ${lines[j]!.text}`);
    if (!whole.startsWith(joined) || (joined.length < whole.length && whole[joined.length] !== ' ')) break;
    read = joined;
    below++;
  }
  // A title the lines around the heading do not print as read (a heading set apart from it) is given under the label.
  if (read !== whole || (noteAfterTitle !== undefined && below > 0)) return { label: lines[i]!.text, title, titleLinesBelow: 0 };
  const label = text.slice(0, start).replace(/[\s:.\-–—]+$/, '');
  const noted = noteAfterTitle === undefined ? {} : { noteAfterTitle };
  return start < text.length ? { label, title, titleOnLine: text.slice(label.length, start), titleLinesBelow: below, ...noted } : { label, title, titleLinesBelow: below, ...noted };
}

/** An enumerator printed on a line of its own, its text on the next: "(a)" ⏎ "to promote …". */
const BARE_ENUMERATOR = /^(?:\([a-z]{1,4}\)|\d{1,3}\.)$/;

/**
 * The lines to show, blank lines left out and a bare enumerator joined to the text it numbers: on a
 * page, as in print, an enumerator and its text share a paragraph (or a row of a table).
 */
function shownLines(lines: readonly RenderLine[]): RenderLine[] {
  const shown: RenderLine[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    const previous = shown[shown.length - 1];
    if (previous && !previous.level && !line.level && BARE_ENUMERATOR.test(previous.text.trim())) previous.text = `${previous.text.trim()} ${line.text.trim()}`;
    else shown.push({ ...line });
  }
  return shown;
}

const page = (title: string, body: string[]): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeXml(title)}</title></head><body>\n${body.join('\n')}\n</body></html>\n`;

/** A rule drawn above notes in a text: "__________". */
const RULE = /^[_\-–—=*]{5,}$/;
/** A note under such a rule: "(1) The Schedule of each Party …". */
const NOTE = /^\((\d{1,3})\)\s+(.+)$/;
/** A note's call in the text, glued to the word or the stop before it: "Annex 2-A.(1)" (not "Article 3(1)"). */
const NOTE_CALL = /(?<=[\p{L}.,;])\((\d{1,3})\)/gu;

/**
 * As EUR-Lex sets an act of the Official Journal: every heading and its title as paragraphs of their
 * own ("Article 12" / "Electronic commerce"), each article in a <div> of its own, numbered paragraphs with their number and three
 * no-break spaces, each lettered point as a two-cell table ("(a)" | its text), each cell a paragraph.
 * Notes are gathered at the end of the act, after the last annex, under a rule of class oj-note, each
 * a paragraph opening with its number in brackets; their calls in the text are superscript numbers in
 * brackets, linked to them.
 */
export function toEurLexHtml(lines: readonly RenderLine[], title: string): string {
  const shown = shownLines(lines);
  const body: string[] = [];
  const notes: string[] = [];
  let subdivision = false; // whether an article's <div> is open
  let articles = 0;
  const called = (text: string) =>
    escapeXml(text).replace(NOTE_CALL, (_, n: string) => `<a id="ntc${n}-L_2026001EN.01000101" href="#ntr${n}-L_2026001EN.01000101">(<span class="oj-super oj-note-tag">${n}</span>)</a>`);
  for (let i = 0; i < shown.length; i++) {
    const line = shown[i]!;
    if (RULE.test(line.text.trim()) && NOTE.test(shown[i + 1]?.text ?? '')) {
      for (; NOTE.test(shown[i + 1]?.text ?? ''); i++) {
        const [, n, text] = NOTE.exec(shown[i + 1]!.text)!;
        notes.push(`<p class="oj-note"><a id="ntr${n}-L_2026001EN.01000101" href="#ntc${n}-L_2026001EN.01000101">(<span class="oj-super">${n}</span>)</a>&nbsp;&nbsp;${escapeXml(text!)}</p>`);
      }
      continue;
    }
    if (line.level) {
      const parts = headingParts(shown, i);
      const [labelClass, titleClass] = line.level === 1 ? ['oj-ti-section-1', 'oj-ti-section-2'] : ['oj-ti-art', 'oj-sti-art'];
      if (subdivision) body.push('</div>');
      subdivision = line.level === 2;
      if (subdivision) body.push(`<div class="eli-subdivision" id="art_${++articles}">`);
      body.push(`<p class="${labelClass}">${escapeXml(parts.label)}</p>`);
      if (parts.title !== undefined) body.push(`<div class="eli-title"><p class="${titleClass}">${escapeXml(parts.title + (parts.noteAfterTitle ?? ''))}</p></div>`);
      i += parts.titleLinesBelow;
      continue;
    }
    const point = POINT.exec(line.text);
    const numbered = NUMBERED.exec(line.text);
    if (point) {
      body.push(
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><col width="4%"/><col width="96%"/><tbody><tr>' +
          `<td valign="top"><p class="oj-normal">(${point[1]})</p></td><td valign="top"><p class="oj-normal">${called(point[2]!)}</p></td>` +
          '</tr></tbody></table>',
      );
    } else if (numbered) {
      body.push(`<p class="oj-normal">${numbered[1]}.&nbsp;&nbsp;&nbsp;${called(numbered[2]!)}</p>`);
    } else {
      body.push(`<p class="oj-normal">${called(line.text)}</p>`);
    }
  }
  if (subdivision) body.push('</div>');
  if (notes.length > 0) body.push('<hr class="oj-note">', ...notes);
  return page(title, [`<div id="docHtml">`, ...body, '</div>']);
}

/**
 * As a government's web page publishes a treaty: a site menu and footer around it, each heading in
 * <h2>/<h3> with its number and its title, on one line ("Article 14.2: Scope") or two ("Article 5<br>
 * National Treatment"), as the text prints them; numbered paragraphs as an <ol> and lettered points as
 * an <ol type="a"> inside the paragraph they follow, their numbers drawn by the browser and absent
 * from the markup; short lines (addresses, signatures) as one paragraph broken by <br>; the entries of
 * an annex, schedule or appendix as rows of a table, a field before a colon in a cell of its own.
 */
export function toWebPageHtml(lines: readonly RenderLine[], title: string): string {
  const shown = shownLines(lines);
  const body: string[] = ['<nav><ul><li><a href="/">Home</a></li><li><a href="/trade">Trade agreements</a></li></ul></nav>', '<main>'];
  let schedule = false; // whether the lines are those of an annex, schedule or appendix
  let paragraphs: number | undefined; // the number of the open numbered paragraph
  let points: { type: 'a' | 'i'; next: string } | undefined; // the open list of points and the enumerator it expects next
  const closePoints = () => {
    if (points) body.push('</ol>');
    points = undefined;
  };
  const closeParagraphs = () => {
    closePoints();
    if (paragraphs !== undefined) body.push('</li></ol>');
    paragraphs = undefined;
  };
  for (let i = 0; i < shown.length; i++) {
    const line = shown[i]!;
    const point = POINT.exec(line.text);
    const numbered = NUMBERED.exec(line.text);
    if (line.level) {
      closeParagraphs();
      const parts = headingParts(shown, i);
      const tag = `h${line.level + 1}`;
      // A title the text prints under its heading stays on a line of its own, after a <br>; one that
      // starts on the heading line is printed whole on it.
      const shownHeading =
        parts.title === undefined
          ? escapeXml(line.text)
          : parts.titleOnLine !== undefined
            ? escapeXml(`${parts.label}${parts.titleOnLine}${parts.title}${parts.noteAfterTitle ?? ''}`)
            : `${escapeXml(parts.label)}<br>${escapeXml(parts.title + (parts.noteAfterTitle ?? ''))}`;
      body.push(`<${tag}>${shownHeading}</${tag}>`);
      i += parts.titleLinesBelow;
      if (line.level === 1) schedule = SCHEDULE_HEADING.test(line.text);
    } else if (numbered) {
      closePoints();
      const n = Number(numbered[1]);
      if (paragraphs === undefined) body.push(`<ol start="${n}">`);
      else body.push('</li>');
      body.push(`<li${paragraphs === undefined || n === paragraphs + 1 ? '' : ` value="${n}"`}>${escapeXml(numbered[2]!)}`);
      paragraphs = n;
    } else if (point) {
      const enumerator = point[1]!;
      if (points?.next !== enumerator) {
        closePoints();
        const type = /^(?:i|[ivx]{2,})$/.test(enumerator) ? 'i' : 'a';
        body.push(`<ol type="${type}"${enumerator === 'a' || enumerator === 'i' ? '' : ` start="${ordinal(type, enumerator)}"`}>`);
        points = { type, next: enumerator };
      }
      body.push(`<li>${escapeXml(point[2]!)}</li>`);
      points = { type: points!.type, next: following(points!.type, enumerator) };
    } else {
      closeParagraphs();
      // A run of lines that are not paragraphs of their own: a schedule's entries as rows of a table,
      // elsewhere short lines (addresses, signatures) as one paragraph broken by <br>.
      let end = i + 1;
      const inRun = (l: RenderLine | undefined) => l !== undefined && !l.level && !POINT.test(l.text) && !NUMBERED.test(l.text);
      if (schedule) while (inRun(shown[end])) end++;
      else while (SHORT_LINE.test(line.text) && inRun(shown[end]) && SHORT_LINE.test(shown[end]!.text)) end++;
      const run = shown.slice(i, end).map((l) => l.text);
      i = end - 1;
      if (schedule) body.push(`<table class="schedule"><tbody>${run.map(scheduleRow).join('')}</tbody></table>`);
      else body.push(`<p>${run.map(escapeXml).join('<br>\n')}</p>`);
    }
  }
  closeParagraphs();
  body.push('</main>', '<footer><p>Page last updated: 3 May 2026</p></footer>');
  return page(title, body);
}

/** A chapter-level heading over a schedule, whose entries a site sets as a table. */
const SCHEDULE_HEADING = /^\s*(?:annex|schedule|appendix|anexo|annexe|ap[ée]ndice)\b/i;

/** A line short enough to be one of several lines of a paragraph: an address, a signature. */
const SHORT_LINE = /^.{1,60}$/;

/** A schedule entry with its field before a colon: "Sector: Audiovisual services". */
const FIELD_ENTRY = /^([^:]{2,40}):\s+(.+)$/;

/** A schedule line as a row: the field and its value in two cells, else the line in one. */
function scheduleRow(text: string): string {
  const field = FIELD_ENTRY.exec(text);
  return field ? `<tr><td>${escapeXml(field[1]!)}:</td><td>${escapeXml(field[2]!)}</td></tr>` : `<tr><td colspan="2">${escapeXml(text)}</td></tr>`;
}

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];

/** The position of an enumerator in its list, as a browser counts: "c" is 3, "iv" is 4, "aa" is 27, "bb" is 54. */
function ordinal(type: 'a' | 'i', enumerator: string): number {
  return type === 'i' ? ROMANS.indexOf(enumerator) + 1 : [...enumerator].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 96, 0);
}

/** The enumerator the browser draws after `enumerator`: "b" after "a", "aa" after "z", "ab" after "aa" (so a text's "(bb)" opens a list of its own, at its number). */
function following(type: 'a' | 'i', enumerator: string): string {
  return type === 'i' ? (ROMANS[ROMANS.indexOf(enumerator) + 1] ?? '') : formatNumber(ordinal(type, enumerator) + 1, 'lower-alpha');
}
