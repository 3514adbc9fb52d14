import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import type { AgreementDocument, OutlineNode } from '../../src/model.js';
import { BUILTIN_RULES_DIR, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { differencesFrom, outlineDifferences, outlineLabels, readingOf, type Reading } from '../support/agreement-reading.js';
import { writeText } from '../support/render-formats.js';

/**
 * Page furniture of agreements saved as text, other than page numbers: every sample-corpus agreement
 * is printed on pages of 30 lines and saved as text in the ways a user downloads one — as a
 * government's text file (a page number between pages, then at the top of each page the agreement's
 * short title and the name of the chapter the page belongs to, in a wording of the printer's own:
 * "Chapter 8 – Electronic Commerce"), as pdftotext writes a PDF (a form feed between pages, a draft's
 * running head at the top and "Page 3 of 12 pages" at the foot), and as pdftotext writes a typeset
 * book whose pages are headed by their chapter, named by its heading word and number alone
 * ("CAPÍTULO 3") or with its title as the agreement's language capitalises one, after a space
 * ("CAPÍTULO 5 Excepciones y disposiciones finales"). Each must give the outline and the findings of
 * the same pages printed without those lines (page numbers and form feeds alone), and no article may
 * hold their words; none of the running lines is in a list anywhere.
 */

/** Words of the running lines that no agreement of the corpus holds. */
const FURNITURE = /RESTRICTED|Free Trade and Cultural Cooperation Agreement|Page \d+ of \d+ pages|Chapter \S+ – /;

/** A heading's first line, which a printer keeps on the page of the line after it. */
const HEADING = /^(?:ARTICLE|Article|ART[ÍI]CULO|Art[íi]culo|CHAPTER|Chapter|CAP[ÍI]TULO|Cap[íi]tulo|CHAPITRE|Chapitre|PART|Part|PARTIE|PARTE|SECTION|Section|SECCI[ÓO]N|Secci[óo]n|ANNEX|Annex|ANEXO|Anexo|ANNEXE|Annexe|PROTOCOL|Protocol)\b/;

/** Lines per printed page. */
const PAGE_LINES = 30;

/** How a running head names a chapter. */
type ChapterHead = (chapter: OutlineNode, doc: AgreementDocument) => string;

/** The chapter each line of the text belongs to, as a running head names it ('' before the first chapter). */
function chapterHeads(doc: AgreementDocument, name: ChapterHead): string[] {
  const heads: string[] = [];
  const starts: Array<{ at: number; head: string }> = [];
  const visit = (node: OutlineNode) => {
    if (node.kind === 'chapter' && node.number !== undefined) starts.push({ at: node.start, head: name(node, doc) });
    node.children.forEach(visit);
  };
  doc.outline.forEach(visit);
  let offset = 0;
  let current = '';
  for (const line of doc.text.split('\n')) {
    for (const start of starts) if (start.at >= offset && start.at <= offset + line.length) current = start.head;
    heads.push(current);
    offset += line.length + 1;
  }
  return heads;
}

const titleCase = (title: string) => title.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
const sentenceCase = (title: string) => title.charAt(0).toUpperCase() + title.slice(1).toLowerCase();

/** In a printer's own wording, the same in every language: "Chapter 8 – Electronic Commerce". */
const printersHead: ChapterHead = (chapter) => `Chapter ${chapter.number}${chapter.heading ? ` – ${titleCase(chapter.heading)}` : ''}`;
/** The chapter's heading word as the agreement prints it ("CAPÍTULO", "Chapter"), and its number. */
const bareHead: ChapterHead = (chapter, doc) => `${/^\p{L}+/u.exec(doc.text.slice(chapter.start))?.[0] ?? 'Chapter'} ${chapter.number}`;
/**
 * The heading word and number, then the title as the language capitalises one, after a space alone:
 * "CHAPTER 5 Exceptions And Final Provisions", "CAPÍTULO 5 Excepciones y disposiciones finales".
 */
const titledHead: ChapterHead = (chapter, doc) => {
  const title = chapter.heading ? (doc.language === 'en' ? titleCase(chapter.heading) : sentenceCase(chapter.heading)) : '';
  return `${bareHead(chapter, doc)} ${title}`.trim();
};

/**
 * The text cut into pages of about PAGE_LINES lines — a heading kept on the page of the line after it,
 * as a printer keeps it — each page given its furniture by `dress` (its lines, its number, the chapter
 * named at its top).
 */
function paginate(doc: AgreementDocument, dress: (lines: string[], page: number, pages: number, chapter: string) => string, name: ChapterHead = printersHead): string {
  const lines = doc.text.split('\n');
  const heads = chapterHeads(doc, name);
  const cuts = [0];
  while (cuts.at(-1)! + PAGE_LINES < lines.length) {
    let cut = cuts.at(-1)! + PAGE_LINES;
    while (cut > cuts.at(-1)! + 1 && (HEADING.test(lines[cut - 1]!) || HEADING.test(lines[cut - 2] ?? '') || lines[cut - 1] === '')) cut--;
    cuts.push(cut);
  }
  cuts.push(lines.length);
  const pages = cuts.length - 1;
  return Array.from({ length: pages }, (_, p) => dress(lines.slice(cuts[p]!, cuts[p + 1]!), p + 1, pages, heads[cuts[p]!] ?? '')).join('');
}

/** As a government's web site offers a printed agreement as text: "- 7 -" between pages, the short title and the chapter at each page's top (with `heads`). */
const governmentText = (doc: AgreementDocument, heads: boolean) =>
  paginate(doc, (lines, page, _pages, chapter) => `${page > 1 && heads ? `Free Trade and Cultural Cooperation Agreement\n${chapter ? `${chapter}\n` : ''}\n` : ''}${lines.join('\n')}\n\n- ${page} -\n\n`);

/** As pdftotext writes a PDF: a form feed ends each page; a draft's running head at the top, "Page N of M pages" at the foot (with `heads`). */
const pdftotextText = (doc: AgreementDocument, heads: boolean) =>
  paginate(doc, (lines, page, pages) => `${heads ? 'RESTRICTED – Draft consolidated text of 3 May 2026\n\n' : ''}${lines.join('\n')}\n\n${heads ? `Page ${page} of ${pages} pages` : ''}\n\f`);

/**
 * As pdftotext writes a typeset book: a form feed ends each page, its number at the foot, and at the top
 * (with `heads`) the chapter it belongs to, named as `name` does.
 */
const bookText = (name: ChapterHead) => (doc: AgreementDocument, heads: boolean) =>
  paginate(doc, (lines, page, _pages, chapter) => `${heads && chapter ? `${chapter}\n\n` : ''}${lines.join('\n')}\n\n${page}\n\f`, name);

/** Each rendering, and how its running heads name a chapter. */
const RENDERINGS: Record<string, { render: (doc: AgreementDocument, heads: boolean) => string; name: ChapterHead }> = {
  government: { render: governmentText, name: printersHead },
  pdftotext: { render: pdftotextText, name: printersHead },
  'book-bare': { render: bookText(bareHead), name: bareHead },
  'book-titled': { render: bookText(titledHead), name: titledHead },
};

describe('running heads and feet of agreements saved as text', () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
  const files = readdirSync(SAMPLE_CORPUS_DIR).filter((name) => /\.txt$/.test(name)).sort();
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-running-'));
  /** For each agreement and rendering, the pages as printed without their running lines, then with them, and the chapter heads. */
  const renderings = new Map<string, Array<[string, string, Set<string>]>>();

  beforeAll(async () => {
    for (const file of files) {
      const doc = await readAgreement(join(SAMPLE_CORPUS_DIR, file));
      const name = basename(file, extname(file));
      renderings.set(
        file,
        Object.entries(RENDERINGS).map(([kind, { render, name: head }]) => [
          writeText(join(dir, `${name}.${kind}.bare.txt`), render(doc, false)),
          writeText(join(dir, `${name}.${kind}.txt`), render(doc, true)),
          new Set(chapterHeads(doc, head).filter((line) => line !== '')),
        ]),
      );
    }
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(files)('%s: the same outline and findings with running heads and feet on every page', async (file) => {
    const differences: string[] = [];
    for (const [bare, path, heads] of renderings.get(file)!) {
      const reference = await readAgreement(bare);
      const expected = { reading: readingOf(reference, ruleSet), outline: outlineLabels(reference) };
      expect(expected.reading.articles.length).toBeGreaterThan(0);
      const doc = await readAgreement(path);
      differences.push(...differencesFrom(expected.reading, readingOf(doc, ruleSet), basename(path)));
      differences.push(...outlineDifferences(expected.outline, doc, basename(path)));
      const article = flattenArticles(doc).find((a) => {
        const text = doc.text.slice(a.start, a.end);
        return FURNITURE.test(text) || text.split('\n').some((line) => heads.has(line.trim()));
      });
      if (article) differences.push(`${basename(path)}: running lines read into article ${article.number}`);
    }
    expect(differences.join('\n')).toBe('');
  });

  it('gives the pages of a text paginated by form feeds', async () => {
    const doc = await readAgreement(renderings.get(files[0]!)![1]![1]);
    expect(doc.pages.length).toBeGreaterThan(3);
  });
});

function flattenArticles(doc: AgreementDocument): OutlineNode[] {
  const found: OutlineNode[] = [];
  const visit = (node: OutlineNode) => {
    if (node.kind === 'article') found.push(node);
    node.children.forEach(visit);
  };
  doc.outline.forEach(visit);
  return found;
}

