import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import type { AgreementDocument, OutlineNode } from '../../src/model.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { differencesFrom, outlineDifferences, outlineLabels, readingOf, type Reading } from '../support/agreement-reading.js';
import { CHROMIUM } from '../support/chromium.js';
import { renderLines, writeText } from '../support/render-formats.js';
import { printToPdf, toTypesetHtml, type TypesetLayout } from '../support/render-typeset.js';

/**
 * Typeset layouts beyond a word processor's single column: every sample-corpus agreement, and the
 * agreement whose notes carry clauses of their own (test/fixtures/notes/), printed by Chromium as a
 * journal sets treaties — text justified and hyphenated, in two columns and in one, a running header,
 * "Page x of y" at the foot, notes at the foot of the page where they are called (the agreement's own,
 * or notes that carry no clause) — must read as their text does: the same outline (every node's kind,
 * number and title) and the same findings, each note's on the article that calls it.
 */
const LAYOUTS: Record<string, Omit<TypesetLayout, 'language'>> = {
  'two-columns': { columns: 2, header: 'L 52/3 EN Official Journal of the Parties 3.3.2026' },
  'one-column': { columns: 1, header: 'Treaty Series No. 12 (2026)' },
};
if (!CHROMIUM) console.warn('typeset layouts skipped: Chromium is not installed');

/** The document with the footnotes nodes left out of its outline. */
function withoutNotes(doc: AgreementDocument): AgreementDocument {
  const prune = (nodes: OutlineNode[]): OutlineNode[] => nodes.filter((n) => n.kind !== 'footnotes').map((n) => ({ ...n, children: prune(n.children) }));
  return { ...doc, outline: prune(doc.outline) };
}

describe.skipIf(!CHROMIUM)('typeset layouts printed by Chromium', () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
  const sources = [
    ...readdirSync(SAMPLE_CORPUS_DIR).filter((name) => !/^readme/i.test(name)).sort().map((name) => join(SAMPLE_CORPUS_DIR, name)),
    join(PACKAGE_ROOT, 'test', 'fixtures', 'notes', 'services-agreement.txt'),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-typeset-'));
  const reference = new Map<string, Reading>();
  const outlines = new Map<string, string[]>();
  const renderings = new Map<string, string[]>();

  beforeAll(async () => {
    for (const source of sources) {
      const doc = await readAgreement(source);
      const name = basename(source, extname(source));
      reference.set(source, readingOf(doc, ruleSet));
      outlines.set(source, outlineLabels(doc));
      const lines = renderLines(doc);
      const pdfs: string[] = [];
      for (const [layout, options] of Object.entries(LAYOUTS)) {
        const page = writeText(join(dir, `${name}.${layout}.html`), toTypesetHtml(lines, doc.title, { ...options, language: doc.language }));
        const pdf = join(dir, `${name}.${layout}.pdf`);
        printToPdf(page, pdf);
        pdfs.push(pdf);
      }
      renderings.set(source, pdfs);
    }
  }, 900_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(sources.map((source) => [basename(source), source]))('%s: the same outline and findings in two columns and in one, notes at the page foot', async (_, source) => {
    const expected = reference.get(source)!;
    expect(expected.articles.length).toBeGreaterThan(0);
    const differences: string[] = [];
    for (const path of renderings.get(source)!) {
      const doc = await readAgreement(path);
      differences.push(...differencesFrom(expected, readingOf(doc, ruleSet), basename(path)));
      // Notes the rendering added to an agreement without any are read as notes after the text; where they stand is the findings' test.
      differences.push(...outlineDifferences(outlines.get(source)!.filter((node) => node !== 'footnotes'), withoutNotes(doc), basename(path)));
    }
    expect(differences.join('\n')).toBe('');
  });
});
