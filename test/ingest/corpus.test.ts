import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildUnits } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import type { AgreementDocument } from '../../src/model.js';
import { SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { isPreambleNumber } from '../../src/place-names.js';
import { flatten } from '../structure/helpers.js';

/** The sample corpus is read with the real readers (pdf-parse for PDF): the README's default scan depends on it. */
interface Expectation {
  file: string;
  articles: Array<{ article: string }>;
}
const expectations: Expectation[] = JSON.parse(readFileSync('test/fixtures/corpus-expectations.json', 'utf8'));

function articleNumbers(doc: AgreementDocument): string[] {
  return flatten(doc.outline)
    .filter((node) => node.kind === 'article')
    .map((node) => node.number ?? '');
}

describe('sample corpus', () => {
  const files = readdirSync(SAMPLE_CORPUS_DIR).filter((name) => !/^readme/i.test(name));

  it('holds every supported input format and three languages', async () => {
    const docs = await Promise.all(files.map((name) => readAgreement(join(SAMPLE_CORPUS_DIR, name))));
    expect(new Set(docs.map((d) => d.format))).toEqual(new Set(['txt', 'md', 'html', 'docx', 'pdf']));
    expect(new Set(docs.map((d) => d.language))).toEqual(new Set(['en', 'fr', 'es']));
  });

  it.each(expectations.map((e) => [e.file, e] as const))('%s: every labelled article is in the outline', async (file, expectation) => {
    const doc = await readAgreement(file);
    // Where articles are numbered afresh in each chapter, a label names the chapter too ("1 (Chapter 2)"),
    // and final provisions after the last article are a unit of their own: the units carry both.
    const numbers = [...articleNumbers(doc), ...buildUnits(doc).map((unit) => unit.articleNumber)];
    const wanted = expectation.articles.map((a) => a.article).filter((a) => !isPreambleNumber(a));
    expect(wanted.filter((number) => !numbers.includes(number))).toEqual([]);
    if (expectation.articles.some((a) => isPreambleNumber(a.article))) expect(doc.outline.some((n) => n.kind === 'preamble')).toBe(true);
  });

  it('reads the PDF page by page, without its running header and page numbers', async () => {
    const doc = await readAgreement(join(SAMPLE_CORPUS_DIR, 'aurelia-calderra-deca.pdf'));
    expect(doc.pages.map((p) => p.page)).toEqual([1, 2, 3, 4, 5]);
    for (const [i, page] of doc.pages.entries()) {
      expect(page.end).toBeGreaterThan(page.start);
      if (i > 0) expect(page.start).toBeGreaterThanOrEqual(doc.pages[i - 1]!.end);
    }
    expect(doc.text).not.toMatch(/Page \d of 5/);
    expect(doc.text).not.toContain('Aurelia – Calderra Trade and Digital Economy Agreement');
    // The table of contents on page 1 is not the body: the first chapter of the body is on page 2.
    const chapters = doc.outline.filter((n) => n.kind === 'chapter');
    expect(chapters[0]?.number).toBe('1');
    expect(chapters[0]?.page).toBe(2);
    const digitalProducts = flatten(doc.outline).find((n) => n.kind === 'article' && n.number === '3.4');
    expect(digitalProducts?.heading).toBe('Non-Discriminatory Treatment of Digital Products');
    expect(digitalProducts?.page).toBe(3);
  });

  it('reads the Word draft with its headings and its footnotes', async () => {
    const doc = await readAgreement(join(SAMPLE_CORPUS_DIR, 'valmontie-norlande-accord.docx'));
    expect(doc.language).toBe('fr');
    expect(doc.meta.partyStatus).toEqual({ XVA: 'developing', XNO: 'developed' });
    const chapters = doc.outline.filter((n) => n.kind === 'chapter').map((n) => n.heading);
    expect(chapters).toContain('Coopération culturelle');
    expect(flatten(doc.outline).some((n) => n.kind === 'footnotes')).toBe(true);
  });

  it('keeps files of each format in the corpus folder', () => {
    expect(new Set(files.map((f) => extname(f)))).toEqual(new Set(['.txt', '.md', '.html', '.docx', '.pdf']));
  });
});
