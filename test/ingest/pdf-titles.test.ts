import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import type { AgreementDocument } from '../../src/model.js';
import { SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { flatten } from '../structure/helpers.js';
import { convertAll, hasSoffice, renderLines, toFodt, writeText } from '../support/render-formats.js';

/**
 * Headings' titles in a narrow column: every sample-corpus agreement printed in two columns wraps its
 * longer headings' titles over two or three lines ("Article 8.10 Relation to Other" / "Chapters");
 * read back from the PDF, each part, chapter, section, article and annex must have the title its text
 * gives it, whole.
 */
const soffice = hasSoffice();
if (!soffice) console.warn('PDF heading titles skipped: LibreOffice (soffice) is not installed');

/** Every heading of an outline with its title: "article 8.10 Relation to Other Chapters". */
function headings(doc: AgreementDocument): string[] {
  return flatten(doc.outline)
    .filter((n) => n.kind !== 'paragraph' && n.kind !== 'footnotes' && n.kind !== 'conclusion')
    .map((n) => [n.kind, n.number, n.heading?.replace(/\s+/g, ' ')].filter((part) => part !== undefined).join(' '));
}

describe.skipIf(!soffice)('heading titles wrapped in a narrow column of a PDF', () => {
  const files = readdirSync(SAMPLE_CORPUS_DIR).filter((name) => !/^readme/i.test(name)).sort();
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-pdf-titles-'));
  const expected = new Map<string, string[]>();

  beforeAll(async () => {
    const fodts: string[] = [];
    for (const file of files) {
      const doc = await readAgreement(join(SAMPLE_CORPUS_DIR, file));
      expected.set(file, headings(doc));
      const layout = { headingStyles: true, columns: 2, header: '' } as const;
      fodts.push(writeText(join(dir, `${basename(file, extname(file))}.fodt`), toFodt(renderLines(doc), layout, doc.language)));
    }
    convertAll(dir, fodts, 'pdf');
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(files)('%s: every heading with its whole title', async (file) => {
    const doc = await readAgreement(join(dir, 'pdf', `${basename(file, extname(file))}.pdf`));
    const got = headings(doc);
    const want = expected.get(file)!;
    expect(want.some((h) => h.startsWith('article '))).toBe(true);
    expect({ missing: want.filter((h) => !got.includes(h)), extra: got.filter((h) => !want.includes(h)) }).toEqual({ missing: [], extra: [] });
  });
});
