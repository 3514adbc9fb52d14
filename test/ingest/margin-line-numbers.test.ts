import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import { blankMarginLineNumbers } from '../../src/ingest/margin-line-numbers.js';
import { BUILTIN_RULES_DIR, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { differencesFrom, outlineDifferences, outlineLabels, readingOf } from '../support/agreement-reading.js';
import { convertAll, hasPdftotext, hasSoffice, toFodt, writeText } from '../support/render-formats.js';

/**
 * An agreement printed with line numbers in the margin (a bill, a draft for a legislature), saved as
 * text: each line opens with its number, on every line or every fifth, afresh on each page. Read as
 * text, it must give the outline and findings of the text without them.
 */
const LINES_A_PAGE = 46;
const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
const texts = readdirSync(SAMPLE_CORPUS_DIR).filter((name) => name.endsWith('.txt')).sort();

/** The text's lines numbered in a margin of five columns, pages parted by form feeds; `every` 5 numbers only each fifth line. */
function withMarginNumbers(text: string, every: 1 | 5): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines
    .map((line, i) => {
      const number = (i % LINES_A_PAGE) + 1;
      const margin = number % every === 0 ? String(number).padStart(3) : '';
      return `${i > 0 && number === 1 ? '\f' : ''}${margin.padEnd(6)}${line}`;
    })
    .join('\n');
}

describe('line numbers in the margin of a text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-line-numbers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(texts)('%s: the outline and findings of the text, numbered on every line and on every fifth', async (name) => {
    const source = join(SAMPLE_CORPUS_DIR, name);
    const reference = await readAgreement(source);
    const expected = readingOf(reference, ruleSet);
    const labels = outlineLabels(reference);
    const differences: string[] = [];
    for (const every of [1, 5] as const) {
      const numbered = writeText(join(dir, `${every}-${name}`), withMarginNumbers(readFileSync(source, 'utf8'), every));
      const doc = await readAgreement(numbered);
      differences.push(...differencesFrom(expected, readingOf(doc, ruleSet), `every ${every}`), ...outlineDifferences(labels, doc, `every ${every}`));
    }
    expect(expected.articles.length).toBeGreaterThan(3);
    expect(differences).toEqual([]);
  });

  it('leaves numbers that open paragraphs, counting a few and again in each article', () => {
    const article = (n: number) => [`Article ${n}`, 'Cooperation', ...[1, 2, 3, 4].map((p) => `${p}  The Parties shall cooperate in matter ${n}.${p}.`)];
    const text = Array.from({ length: 12 }, (_, n) => article(n + 1)).flat().join('\n');
    expect(blankMarginLineNumbers(text)).toBeUndefined();
  });
});

const tools = hasSoffice() && hasPdftotext();
if (!tools) console.warn('line numbers of a PDF saved as text skipped: LibreOffice or pdftotext is not installed');

describe.skipIf(!tools)('a PDF printed with line numbers, saved as text with its layout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-pdf-line-numbers-'));
  const name = texts[0]!;
  const source = join(SAMPLE_CORPUS_DIR, name);

  beforeAll(() => {
    const lines = readFileSync(source, 'utf8').split('\n').map((text) => ({ text }));
    const fodts = ([1, 5] as const).map((every) => writeText(join(dir, `every-${every}.fodt`), toFodt(lines, { headingStyles: false, columns: 1, header: '', lineNumbers: every }, 'en')));
    convertAll(dir, fodts, 'pdf');
    for (const every of [1, 5]) execFileSync('pdftotext', ['-layout', join(dir, 'pdf', `every-${every}.pdf`), join(dir, `every-${every}.txt`)]);
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([1, 5])('numbered every %i: the articles and findings of the text', async (every) => {
    const expected = readingOf(await readAgreement(source), ruleSet);
    const doc = await readAgreement(join(dir, `every-${every}.txt`));
    expect(readFileSync(join(dir, `every-${every}.txt`), 'utf8')).toMatch(/^\s*10 {2,}\S/m);
    expect(differencesFrom(expected, readingOf(doc, ruleSet), `every ${every}`)).toEqual([]);
  });
});
