import { runChromium } from './chromium.js';
import { ADDED_NOTES, escapeXml, NOTE_PARAGRAPH, type RenderLine } from './render-formats.js';

/**
 * An agreement typeset as journals and ministries print treaties, for Chromium to print to PDF: text
 * justified and hyphenated (soft hyphens set by a simple rule of our own: Chromium here has no
 * hyphenation dictionaries), in one or two columns, a running header and "Page x of y" in the page
 * margins, and notes at the foot of the page where they are called, numbered through the document
 * with superscript calls. The pages are made in the browser by a script that flows paragraphs into
 * them word by word, so an article and a sentence run over the page break and across the notes
 * printed at its foot.
 */
export interface TypesetLayout {
  columns: 1 | 2;
  /** The running header. */
  header: string;
  language: string;
}

const VOWELS = 'aeiouyàáâäéèêëíìîïóòôöúùûüAEIOUY';
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/** A word with soft hyphens where a line may break in it: before a consonant between two vowels, never within three letters of either end. */
export function hyphenate(word: string): string {
  if (word.length < 8 || !/^\p{L}+$/u.test(word)) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    if (i >= 3 && i <= word.length - 3 && isVowel(word[i - 1]) && !isVowel(word[i]) && isLetter(word[i]) && isVowel(word[i + 1])) out += '\u00ad';
    out += word[i];
  }
  return out;
}

/** A paragraph's words, each hyphenated where it may break, with the notes it calls ("[n]" after it): a call never leaves its word. */
interface Block {
  heading: boolean;
  words: Array<{ word: string; notes: number[] }>;
}

/**
 * The agreement's lines as blocks, and the words of its notes by number: its own "[n] …" notes, or (for
 * an agreement with none) notes that carry no clause, at every third long paragraph. A note that calls
 * another of the agreement's notes ("… in the Schedules.[2]") has it numbered after it, and printed at
 * the same foot.
 */
function blocksAndNotes(lines: readonly RenderLine[], language: string): { blocks: Block[]; notes: Map<number, Block['words']> } {
  const own = new Map<number, string>();
  for (const line of lines) {
    const note = NOTE_PARAGRAPH.exec(line.text);
    if (note && line.level === undefined) own.set(Number(note[1]), note[2]!);
  }
  const notes = new Map<number, Block['words']>();
  const numberNote = (text: string): number => {
    const number = notes.size + 1;
    const words: Block['words'] = [];
    notes.set(number, words);
    for (const part of text.split(/(\[\d{1,3}\])/)) {
      const called = /^\[(\d{1,3})\]$/.exec(part);
      if (called && own.has(Number(called[1]))) {
        if (words.length === 0) words.push({ word: '', notes: [] });
        words[words.length - 1]!.notes.push(numberNote(own.get(Number(called[1]))!));
      } else words.push(...part.split(/\s+/).filter((w) => w !== '').map((w) => ({ word: w, notes: [] })));
    }
    return number;
  };
  const added = ADDED_NOTES[language.slice(0, 2)] ?? ADDED_NOTES.en!;
  let longParagraphs = 0;
  const blocks: Block[] = [];
  let title: string | undefined; // the title of the heading just set, which may follow on a line of its own
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '' || (line.level === undefined && NOTE_PARAGRAPH.test(text) && own.size > 0)) continue;
    const heading = line.level !== undefined || text === title;
    title = line.level !== undefined ? line.title : undefined;
    const words: Block['words'] = [];
    const call = (note: string) => {
      if (words.length === 0) words.push({ word: '', notes: [] });
      words[words.length - 1]!.notes.push(numberNote(note));
    };
    for (const part of text.split(/(\[\d{1,3}\])/)) {
      const called = /^\[(\d{1,3})\]$/.exec(part);
      if (called && own.has(Number(called[1]))) call(own.get(Number(called[1]))!);
      // Journals hyphenate the text, not its headings.
      else words.push(...part.split(/\s+/).filter((w) => w !== '').map((w) => ({ word: heading ? w : w.replace(/\p{L}+/gu, hyphenate), notes: [] })));
    }
    // A note goes at the end of a paragraph, after its last word (a call after a number, "paragraph 1.1", reads as a number).
    if (own.size === 0 && !heading && text.length > 80 && /\p{L}\.$/u.test(text) && ++longParagraphs % 3 === 0) {
      const number = notes.size + 1;
      call(`${added.openings[number % added.openings.length]!} ${added.closings[number % added.closings.length]!}`);
    }
    blocks.push({ heading, words });
  }
  return { blocks, notes };
}

/** The page: its blocks and notes as data, and the script that lays them out in pages (each page as wide and high as the printed area, so that the script measures what will be printed). */
export function toTypesetHtml(lines: readonly RenderLine[], title: string, layout: TypesetLayout): string {
  const { blocks, notes } = blocksAndNotes(lines, layout.language);
  const data = JSON.stringify({ blocks, notes: Object.fromEntries(notes) }).replace(/</g, '\\u003c');
  return `<!DOCTYPE html><html lang="${escapeXml(layout.language)}"><head><meta charset="utf-8"><title>${escapeXml(title)}</title><style>
@page { size: A4; margin: 18mm 16mm;
  @top-center { content: "${layout.header.replace(/["\\]/g, '')}"; font: 8pt serif; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt serif; } }
html, body { margin: 0; padding: 0; }
body { font: 10pt/1.3 serif; }
.page { width: 178mm; height: 258mm; display: flex; flex-direction: column; break-after: page; overflow: hidden; }
.page:last-child { break-after: auto; }
.body { flex: 1 1 auto; min-height: 0; column-count: ${layout.columns}; column-gap: 7mm; column-fill: auto; overflow: hidden; }
.body p { margin: 0 0 4pt 0; text-align: justify; hyphens: manual; }
.body p.heading { text-align: center; font-weight: bold; break-after: avoid; }
.notes { flex: 0 0 auto; font-size: 8pt; }
.notes:not(:empty) { border-top: 0.5pt solid black; padding-top: 2pt; margin-top: 4pt; }
.notes p { margin: 0 0 2pt 0; text-align: justify; }
sup { font-size: 65%; line-height: 0; }
</style></head><body><div id="pages"></div><script>
const { blocks, notes } = ${data};
const pages = document.getElementById('pages');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const html = (words) => words.map((w) => esc(w.word) + w.notes.map((n) => '<sup>' + n + '</sup>').join('')).join(' ');
let page, body, foot;
function newPage() {
  page = document.createElement('section'); page.className = 'page';
  body = document.createElement('div'); body.className = 'body';
  foot = document.createElement('div'); foot.className = 'notes';
  page.append(body, foot); pages.append(page);
}
const overflows = () => body.scrollWidth > body.clientWidth + 1 || body.scrollHeight > body.clientHeight + 1;
/** Puts words of a block on the page with the notes they call; returns the elements added, to take back. */
function put(block, words) {
  const p = document.createElement('p');
  if (block.heading) p.className = 'heading';
  p.innerHTML = html(words);
  body.append(p);
  const added = [p];
  const putNotes = (numbers) => {
    for (const number of numbers) {
      const n = document.createElement('p');
      n.innerHTML = '<sup>' + number + '</sup>' + html(notes[number]);
      foot.append(n); added.push(n);
      putNotes(notes[number].flatMap((w) => w.notes));
    }
  };
  putNotes(words.flatMap((w) => w.notes));
  return added;
}
newPage();
for (const block of blocks) {
  let words = block.words;
  while (words.length > 0) {
    let added = put(block, words);
    if (!overflows()) break;
    added.forEach((e) => e.remove());
    // The most words that fit on this page, with their notes.
    let low = 0, high = words.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      added = put(block, words.slice(0, mid));
      const fits = !overflows();
      added.forEach((e) => e.remove());
      if (fits) low = mid; else high = mid - 1;
    }
    // A heading is not split, nor left alone at the page foot.
    if (block.heading || low < 3) low = 0;
    if (low > 0) put(block, words.slice(0, low));
    words = words.slice(low);
    if (low === 0 && body.childElementCount === 0) { put(block, words); break; }
    newPage();
  }
}
</script></body></html>
`;
}

/** Prints a local page to PDF with the system's Chromium (offline, a throw-away profile, no header or footer of its own). */
export function printToPdf(page: string, pdf: string): void {
  runChromium(['--no-pdf-header-footer', '--run-all-compositor-stages-before-draw', `--print-to-pdf=${pdf}`, `file://${page}`]);
}
