import { escapeXml, type RenderLine } from './render-formats.js';

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
  /** Whether the title stands on the next line of the text (to be left out there). */
  titleBelow: boolean;
}

/** A heading line split into its label and its title, wherever the text put the title. */
function headingParts(lines: readonly RenderLine[], i: number): HeadingParts {
  const { text, title } = lines[i]!;
  if (title === undefined) return { label: text, titleBelow: false };
  if (text.endsWith(title) && text.length > title.length) {
    return { label: text.slice(0, text.length - title.length).replace(/[\s:.\-–—]+$/, ''), title, titleBelow: false };
  }
  const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
  return { label: text, title, titleBelow: next?.text.trim() === title };
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
 * own ("Article 12" / "Electronic commerce"), numbered paragraphs with their number and three
 * no-break spaces, each lettered point as a two-cell table ("(a)" | its text), each cell a paragraph.
 * Notes are gathered at the end of the act, after the last annex, under a rule of class oj-note, each
 * a paragraph opening with its number in brackets; their calls in the text are superscript numbers in
 * brackets, linked to them.
 */
export function toEurLexHtml(lines: readonly RenderLine[], title: string): string {
  const shown = lines.filter((l) => l.text.trim() !== '');
  const body: string[] = [];
  const notes: string[] = [];
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
      body.push(`<p class="${labelClass}">${escapeXml(parts.label)}</p>`);
      if (parts.title !== undefined) body.push(`<p class="${titleClass}">${escapeXml(parts.title)}</p>`);
      if (parts.titleBelow) i++;
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
  if (notes.length > 0) body.push('<hr class="oj-note">', ...notes);
  return page(title, [`<div id="docHtml">`, ...body, '</div>']);
}

/**
 * As a government's web page publishes a treaty: a site menu and footer around it, each heading with
 * its number and title on one line in <h2>/<h3> ("Article 14.2: Scope"), numbered paragraphs as an
 * <ol> and lettered points as an <ol type="a"> inside the paragraph they follow, their numbers drawn by
 * the browser and absent from the markup.
 */
export function toWebPageHtml(lines: readonly RenderLine[], title: string): string {
  const shown = lines.filter((l) => l.text.trim() !== '');
  const body: string[] = ['<nav><ul><li><a href="/">Home</a></li><li><a href="/trade">Trade agreements</a></li></ul></nav>', '<main>'];
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
      body.push(`<${tag}>${escapeXml(parts.title === undefined || !parts.titleBelow ? line.text : `${parts.label}: ${parts.title}`)}</${tag}>`);
      if (parts.titleBelow) i++;
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
      body.push(`<p>${escapeXml(line.text)}</p>`);
    }
  }
  closeParagraphs();
  body.push('</main>', '<footer><p>Page last updated: 3 May 2026</p></footer>');
  return page(title, body);
}

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];

/** The position of an enumerator in its list: "c" is 3, "iv" is 4. */
function ordinal(type: 'a' | 'i', enumerator: string): number {
  return type === 'i' ? ROMANS.indexOf(enumerator) + 1 : enumerator.charCodeAt(0) - 96;
}

function following(type: 'a' | 'i', enumerator: string): string {
  return type === 'i' ? (ROMANS[ROMANS.indexOf(enumerator) + 1] ?? '') : String.fromCharCode(enumerator.charCodeAt(0) + 1);
}
