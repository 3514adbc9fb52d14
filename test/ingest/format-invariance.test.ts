import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { differencesFrom, readingOf, type Reading } from '../support/agreement-reading.js';
import { convertAll, hasSoffice, renderLines, toFodt, toHtml, toMarkdown, writeText, type FodtLayout } from '../support/render-formats.js';

/**
 * The same agreement, published in another format, must be read the same way: every sample-corpus
 * agreement is rendered (at test time, with LibreOffice for Word and PDF) as .txt, .md, .html, .docx
 * with and without Word heading styles, and .pdf in one column, in two, and as an official journal sets
 * it (a running header, notes at the foot of the pages with their numbers after the words they
 * annotate), and in two columns under a running head naming the current chapter, as a book prints
 * it, all with page numbers; each rendering must give the same article numbers and the same
 * findings.
 */
const soffice = hasSoffice();
if (!soffice) console.warn('format invariance skipped: LibreOffice (soffice) is not installed');

const LAYOUTS: Record<string, FodtLayout> = {
  'styled': { headingStyles: true, columns: 1, header: '' },
  'plain': { headingStyles: false, columns: 1, header: '' },
  'two-column': { headingStyles: false, columns: 2, header: 'Official Journal of the Parties' },
  'official-journal': { headingStyles: false, columns: 1, header: 'L 41/2 EN Official Journal of the Parties 14.2.2026', footnotes: true },
  'chapter-heads': { headingStyles: true, columns: 2, header: '', chapterHeads: true },
};
/** Which rendering goes to which format: Word with and without heading styles; PDF in one and two columns. */
const CONVERSIONS: Array<{ layout: keyof typeof LAYOUTS; format: 'docx' | 'pdf' }> = [
  { layout: 'styled', format: 'docx' },
  { layout: 'plain', format: 'docx' },
  { layout: 'plain', format: 'pdf' },
  { layout: 'two-column', format: 'pdf' },
  { layout: 'official-journal', format: 'pdf' },
  { layout: 'chapter-heads', format: 'pdf' },
];

describe.skipIf(!soffice)('format invariance on the sample corpus', () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
  const files = readdirSync(SAMPLE_CORPUS_DIR).filter((name) => !/^readme/i.test(name)).sort();
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-formats-'));
  const reference = new Map<string, Reading>();
  const renderings = new Map<string, string[]>();

  const reading = (doc: Parameters<typeof readingOf>[0]): Reading => readingOf(doc, ruleSet);

  beforeAll(async () => {
    const fodts: Record<string, string[]> = Object.fromEntries(Object.keys(LAYOUTS).map((layout) => [layout, []]));
    for (const file of files) {
      const doc = await readAgreement(join(SAMPLE_CORPUS_DIR, file));
      const name = basename(file, extname(file));
      reference.set(file, reading(doc));
      const lines = renderLines(doc);
      const own = [
        writeText(join(dir, `${name}.txt`), doc.text),
        writeText(join(dir, `${name}.md`), toMarkdown(lines)),
        writeText(join(dir, `${name}.html`), toHtml(lines, doc.title)),
      ];
      for (const [layout, list] of Object.entries(fodts)) {
        list.push(writeText(join(dir, `${name}.${layout}.fodt`), toFodt(lines, LAYOUTS[layout]!, doc.language)));
      }
      renderings.set(file, own);
    }
    for (const { layout, format } of CONVERSIONS) convertAll(join(dir, `${layout}-${format}`), fodts[layout]!, format);
    for (const file of files) {
      const name = basename(file, extname(file));
      const converted = CONVERSIONS.map(({ layout, format }) => join(dir, `${layout}-${format}`, format, `${name}.${layout}.${format}`));
      renderings.get(file)!.push(...converted);
    }
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders every agreement in every format', () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
    for (const file of files) expect(renderings.get(file)).toHaveLength(3 + CONVERSIONS.length);
  });

  it.each(files)('%s: the same articles and findings in .txt, .md, .html, .docx (styled, plain) and .pdf (one column, two columns, official journal, chapter heads)', async (file) => {
    const expected = reference.get(file)!;
    expect(expected.articles.length).toBeGreaterThan(0);
    const differences: string[] = [];
    for (const path of renderings.get(file)!) differences.push(...differencesFrom(expected, reading(await readAgreement(path)), basename(path)));
    expect(differences.join('\n'), `${file} read as ${expected.articles.join(' ')}`).toBe('');
  });
});
