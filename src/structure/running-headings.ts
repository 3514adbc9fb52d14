import type { Language, NodeKind } from '../model.js';
import { PAGE_NUMBER } from '../nlp/page-number-pattern.js';
import { fitsContext, type Heading } from './candidates.js';
import { readHeadingLine, type HeadingLine } from './heading-line.js';
import type { LineText } from './lines.js';
import { normaliseNumber } from './numbers.js';
import { findTablesOfContents } from './toc.js';

/**
 * Running heads that name the part, chapter, section, annex or protocol a page belongs to ("CHAPTER 8",
 * "Chapter 8 – Electronic Commerce" at the top of each of its pages), in a text saved from a printed
 * agreement as on a PDF's pages. Each recurs on fewer pages than other page furniture does, and read as
 * a heading it would open the chapter again, cutting the article that runs over the page break.
 *
 * A line at a page's edge is one when it reads as a heading of that kind and names the heading of that
 * kind read last (an agreement never opens a chapter twice), or the next one of its kind on the same
 * page (a head naming the chapter that begins lower on the page). Articles aside: a page's first line
 * may well be the next article, or a reference wrapped onto a line of its own. A head is a name, bare
 * or with its title: a heading with its body run on ("Chapter 3. The Parties …") is none. Headings are
 * read in the text's language, as its outline reads them.
 *
 * Only a heading in a heading's place opens its kind: one that a sentence runs into ("… the categories
 * referred to in" / "Annex 10-A.") is a cross-reference wrapped onto a line of its own, and an entry of
 * a table of contents lists the heading the body opens later; neither has begun what it names. A
 * running head needs no such place: the sentence the page breaks runs over it.
 *
 * The pages are given as breaks: `lines` are the lines of every page in turn, `pageEnds` the index of
 * the last line of each page, in order (known from a PDF's pages, or found in a text: form feeds, page
 * numbers in sequence), and `edges` the lines at a page's top or foot. Returns the indexes of the
 * running heads.
 */
export function findRunningHeadings(lines: readonly LineText[], pageEnds: readonly number[], edges: { has(line: number): boolean }, language: Language): Set<number> {
  const found = new Set<number>();
  const read: Heading[] = [];
  lines.forEach(({ text }, line) => {
    const heading = text === '' ? null : readHeadingLine(text, language);
    if (heading) read.push({ ...heading, line, lastLine: line });
  });
  if (!read.some((heading) => heading.kind !== 'article' && edges.has(heading.line))) return found;
  // A page number is no sentence a heading could run on from ("- 128 -" ends on a dash): as the outline reads the lines, it is blank.
  const context = lines.map((line) => (line.text !== '' && PAGE_NUMBER.test(line.text) ? BLANK : line));
  // A table of contents lists the headings before the body opens them: an entry is neither a head nor an opening.
  const entries = new Set(findTablesOfContents(context, read).flatMap((table) => table.entries.map((h) => read[h]!.line)));
  const headings: Found[] = [];
  let page = 0;
  for (const heading of read) {
    while (page < pageEnds.length && pageEnds[page]! < heading.line) page++;
    const name = headingName(heading);
    if (heading.kind === 'article' || name === undefined || entries.has(heading.line)) continue;
    const head = heading.shape !== 'inline-body' && edges.has(heading.line);
    headings.push({ line: heading.line, page, kind: heading.kind, name, head, opens: fitsContext(context, heading.line, heading) });
  }
  // The next heading of the same kind that opens, after each, found in one pass from the end.
  const after: Array<Found | undefined> = [];
  const nextOfKind = new Map<NodeKind, Found>();
  for (let h = headings.length - 1; h >= 0; h--) {
    after[h] = nextOfKind.get(headings[h]!.kind);
    if (headings[h]!.opens) nextOfKind.set(headings[h]!.kind, headings[h]!);
  }
  // The name of the last heading of each kind kept as a heading (a running head found is no heading).
  const open = new Map<NodeKind, string>();
  headings.forEach((heading, h) => {
    const next = after[h];
    const repeats = names(heading.name, open.get(heading.kind)) || (next?.page === heading.page && names(heading.name, next.name));
    if (heading.head && repeats) found.add(heading.line);
    else if (heading.opens) open.set(heading.kind, heading.name);
  });
  return found;
}

const BLANK: LineText = { text: '' };

/** A heading line other than an article's, with the page it stands on. */
interface Found {
  line: number;
  page: number;
  kind: NodeKind;
  name: string;
  /** Whether it stands at a page's edge and could be a running head. */
  head: boolean;
  /** Whether it stands where a heading does, and so opens its kind (fitsContext). */
  opens: boolean;
}

/**
 * What a heading is named by: its number; for an attachment named rather than numbered, its title, its
 * spacing and case folded (a running head in capitals names "Protocol on Cultural Cooperation" as well).
 * A heading with neither names nothing a head could repeat.
 */
function headingName(heading: HeadingLine): string | undefined {
  if (heading.number !== undefined) return normaliseNumber(heading.number);
  return heading.title?.replace(/\s+/g, ' ').toUpperCase();
}

/**
 * Whether a head names the heading `name` names: the same, or in full where the heading, set in a narrow
 * column, wrapped its title ("PROTOCOL ON CULTURAL COOPERATION" over "PROTOCOL ON CULTURAL" / "COOPERATION").
 */
function names(head: string, name: string | undefined): boolean {
  return name !== undefined && (head === name || head.startsWith(`${name} `));
}
