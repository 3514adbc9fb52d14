import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { differencesFrom, outlineDifferences, outlineLabels, readingOf } from '../support/agreement-reading.js';
import { writeText } from '../support/render-formats.js';

/**
 * A heading printed on the last line of a page, its title carried over to the next page, as typeset
 * PDFs and their pdftotext output leave it: every sample-corpus agreement is printed on pages of about
 * 30 lines, each page ended right after a heading line that stands without its title when the page has
 * one near its foot ("Article 1.2" / page number, running lines / "Relation to Other Agreements"). The
 * outline and findings must be those of the same agreement printed with each heading kept on the page
 * of its title, in the same dress: the title is read across the page break.
 */

/** A heading's line without its title: "Article 1.2", "CHAPTER ONE", "Artículo 3". */
const BARE_HEADING = /^(?:ARTICLE|Article|ART[ÍI]CULO|Art[íi]culo|CHAPTER|Chapter|CAP[ÍI]TULO|Cap[íi]tulo|CHAPITRE|Chapitre|PART|Part|SECTION|Section|ANNEX|Annex)\s+[\p{L}\d.\-]+$/u;
/** Any heading's first line, which the reference printing keeps on the page of the line after it. */
const HEADING = /^(?:ARTICLE|Article|ART[ÍI]CULO|Art[íi]culo|CHAPTER|Chapter|CAP[ÍI]TULO|Cap[íi]tulo|CHAPITRE|Chapitre|PART|Part|SECTION|Section|ANNEX|Annex)\b/;

/** Lines per printed page. */
const PAGE_LINES = 30;
/** How far above the page's foot a heading may stand and still end the page. */
const FOOT_LINES = 12;

/**
 * Where each page starts: about every PAGE_LINES lines, a page ending right after a bare heading near
 * its foot (`widows`) or, for the reference, each heading kept with the line after it.
 */
function pageCuts(lines: readonly string[], widows: boolean): number[] {
  const cuts = [0];
  while (cuts.at(-1)! + PAGE_LINES < lines.length) {
    const top = cuts.at(-1)!;
    let cut = top + PAGE_LINES;
    const widow = widows ? [...Array(FOOT_LINES).keys()].map((k) => top + PAGE_LINES - 1 - k).find((i) => BARE_HEADING.test(lines[i]!) && lines[i + 1] !== '' && !belowNotes(lines, i)) : undefined;
    if (widow !== undefined) cut = widow + 1;
    else while (cut > top + 1 && (HEADING.test(lines[cut - 1]!) || HEADING.test(lines[cut - 2] ?? '') || lines[cut - 1] === '')) cut--;
    cuts.push(cut);
  }
  cuts.push(lines.length);
  return cuts;
}

/** A typeset page prints its notes below every line of its body: a heading right under notes ("(2) For greater certainty, …") cannot end that page. */
function belowNotes(lines: readonly string[], i: number): boolean {
  let before = i - 1;
  while (before > 0 && lines[before] === '') before--;
  return /^\(\d{1,3}\)\s/.test(lines[before] ?? '');
}

function paginate(text: string, widows: boolean, dress: (lines: string[], page: number, pages: number) => string): string {
  const lines = text.split('\n');
  const cuts = pageCuts(lines, widows);
  const pages = cuts.length - 1;
  return Array.from({ length: pages }, (_, p) => dress(lines.slice(cuts[p]!, cuts[p + 1]!), p + 1, pages)).join('');
}

/** The pages ended right after a heading: how many of them. */
const widowCount = (text: string) => {
  const lines = text.split('\n');
  return pageCuts(lines, true).filter((cut) => cut > 0 && BARE_HEADING.test(lines[cut - 1] ?? '')).length;
};

const RENDERINGS: Record<string, (lines: string[], page: number, pages: number) => string> = {
  /** A page number between pages, the short title at each page's top. */
  government: (lines, page) => `${page > 1 ? 'Free Trade and Cultural Cooperation Agreement\n\n' : ''}${lines.join('\n')}\n\n- ${page} -\n\n`,
  /** pdftotext: a form feed ends each page; a draft's running head at the top, "Page N of M pages" at the foot. */
  pdftotext: (lines, page, pages) => `RESTRICTED – Draft consolidated text of 3 May 2026\n\n${lines.join('\n')}\n\nPage ${page} of ${pages} pages\n\f`,
  /** Page numbers alone, nothing else on the page. */
  numbered: (lines, page) => `${lines.join('\n')}\n\n${page}\n\n`,
};

describe('a heading at the foot of a page, its title on the next page', () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
  const files = readdirSync(SAMPLE_CORPUS_DIR).filter((name) => /\.txt$/.test(name)).sort();
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-widows-'));
  /** For each agreement: each rendering's reference printing and its printing with headings at pages' feet. */
  const renderings = new Map<string, Array<[string, string]>>();
  let widows = 0;

  beforeAll(async () => {
    for (const file of files) {
      const doc = await readAgreement(join(SAMPLE_CORPUS_DIR, file));
      const name = basename(file, extname(file));
      widows += widowCount(doc.text);
      renderings.set(
        file,
        Object.entries(RENDERINGS).map(([kind, dress]) => [
          writeText(join(dir, `${name}.${kind}.kept.txt`), paginate(doc.text, false, dress)),
          writeText(join(dir, `${name}.${kind}.txt`), paginate(doc.text, true, dress)),
        ]),
      );
    }
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves headings at the foot of pages', () => {
    expect(widows).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s: the same outline and findings as with each heading kept with its title', async (file) => {
    const differences: string[] = [];
    for (const [kept, path] of renderings.get(file)!) {
      const reference = await readAgreement(kept);
      const expected = { reading: readingOf(reference, ruleSet), outline: outlineLabels(reference) };
      expect(expected.reading.articles.length).toBeGreaterThan(0);
      const doc = await readAgreement(path);
      differences.push(...differencesFrom(expected.reading, readingOf(doc, ruleSet), basename(path)));
      differences.push(...outlineDifferences(expected.outline, doc, basename(path)));
    }
    expect(differences.join('\n')).toBe('');
  });
});
