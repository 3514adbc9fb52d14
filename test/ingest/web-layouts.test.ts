import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { differencesFrom, outlineDifferences, outlineLabels, readingOf, type Reading } from '../support/agreement-reading.js';
import { renderLines, writeText } from '../support/render-formats.js';
import { toEurLexHtml, toWebPageHtml } from '../support/render-web-pages.js';

/**
 * The same agreement, published on the web as users find treaties there, must be read as its text
 * is: every sample-corpus agreement is rendered as the official journal's HTML (EUR-Lex: headings and
 * titles as paragraphs of their own, lettered points in two-cell tables) and as a government's web
 * page (a menu and a footer around it, "Article 14.2: Scope" in <h3>, paragraphs and points in ordered
 * lists that the browser numbers); each rendering must give the same outline (every node's kind,
 * number and title, paragraphs and points included) and the same findings.
 */
describe('web layouts of the sample corpus', () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
  const files = readdirSync(SAMPLE_CORPUS_DIR).filter((name) => !/^readme/i.test(name)).sort();
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-web-'));
  const reference = new Map<string, Reading>();
  const outlines = new Map<string, string[]>();
  const renderings = new Map<string, string[]>();

  beforeAll(async () => {
    for (const file of files) {
      const doc = await readAgreement(join(SAMPLE_CORPUS_DIR, file));
      const name = basename(file, extname(file));
      reference.set(file, readingOf(doc, ruleSet));
      outlines.set(file, outlineLabels(doc));
      const lines = renderLines(doc);
      renderings.set(file, [
        writeText(join(dir, `${name}.eur-lex.html`), toEurLexHtml(lines, doc.title)),
        writeText(join(dir, `${name}.web-page.html`), toWebPageHtml(lines, doc.title)),
      ]);
    }
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(files)('%s: the same outline and findings as an official journal\'s HTML and as a government web page', async (file) => {
    const expected = reference.get(file)!;
    expect(expected.articles.length).toBeGreaterThan(0);
    const differences: string[] = [];
    for (const path of renderings.get(file)!) {
      const doc = await readAgreement(path);
      differences.push(...differencesFrom(expected, readingOf(doc, ruleSet), basename(path)));
      differences.push(...outlineDifferences(outlines.get(file)!, doc, basename(path)));
    }
    expect(differences.join('\n'), `${file} read as ${expected.articles.join(' ')}`).toBe('');
  });
});
