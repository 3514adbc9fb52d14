import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printedArticleKey } from '../../src/eval/gold.js';
import { runCli } from '../support/cli.js';
import { GOOD_TEXT, tempTree } from './scan-fixtures.js';

/** Gold for a plain-text draft, by the article numbers printed in it (GOOD_TEXT: 1.1, 1.2, 2.1). */
const gold = [
  { treaty: 'draft', article: '1.2', labels: ['cultural-exemption'] },
  { treaty: 'draft', article: '2.1.', labels: ['ecommerce'] },
  // Printed in the draft, labelled with a category the scanner does not find there: a false negative whose text is shown.
  { treaty: 'draft', article: '1.1', labels: ['policy-space'] },
  // Not in the draft at all.
  { treaty: 'draft', article: '9.9', labels: ['cultural-cooperation'] },
];

let root: string;
beforeAll(() => {
  root = tempTree({
    'draft.txt': GOOD_TEXT,
    'gold.jsonl': gold.map((l) => JSON.stringify(l)).join('\n'),
    'both.jsonl': JSON.stringify({ treaty: 'draft', article_id: '7', article: '1.2', labels: [] }),
  });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Report {
  articles: { micro: { truePositives?: number; tp?: number } };
  falseNegatives: Array<{ articleId: string; category: string; path: string[]; excerpt: string }>;
  falsePositives: Array<{ articleId: string; category: string }>;
}

describe('eval --gold with printed article numbers', () => {
  it('normalises a printed number as gold lines and findings both name it', () => {
    expect(printedArticleKey('16.3')).toBe('#16.3');
    expect(printedArticleKey(' 16.3. ')).toBe('#16.3');
    expect(printedArticleKey('Preamble')).toBe('#preamble');
  });

  it('scores a non-ToTA file by its printed article numbers', async () => {
    const { code, out } = await runCli(root, ['eval', '--gold', 'gold.jsonl', '--json', 'draft.txt']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as Report;
    const missed = report.falseNegatives.map((f) => `${f.articleId} ${f.category}`).sort();
    expect(missed).toEqual(['#1.1 policy-space', '#9.9 cultural-cooperation']);
    // Articles 1.2 and 2.1 were found: they are neither missed nor false alarms.
    expect(report.falsePositives.map((f) => f.articleId)).not.toContain('#1.2');
    expect(report.falsePositives.map((f) => f.articleId)).not.toContain('#2.1');
  });

  it('says an article was not found only when it is truly absent', async () => {
    const { out } = await runCli(root, ['eval', '--gold', 'gold.jsonl', '--json', 'draft.txt']);
    const report = JSON.parse(out) as Report;
    const present = report.falseNegatives.find((f) => f.articleId === '#1.1')!;
    expect(present.path.at(-1)).toBe('Article 1.1 Objectives');
    expect(present.excerpt).toContain('free trade area');
    const absent = report.falseNegatives.find((f) => f.articleId === '#9.9')!;
    expect(absent.path).toEqual([]);
    const text = (await runCli(root, ['eval', '--gold', 'gold.jsonl', 'draft.txt'])).out;
    const notFound = text.split('\n').filter((l) => l.includes('(article not found in the scanned document)'));
    expect(notFound).toHaveLength(1);
    expect(notFound[0]).toContain('#9.9');
  });

  it('a line with both a ToTA id and a printed number is a one-line error', async () => {
    const { code, err } = await runCli(root, ['eval', '--gold', 'both.jsonl', 'draft.txt']);
    expect(code).toBe(2);
    expect(err).toMatch(/^culturescan: both\.jsonl: line 1: give either article_id \(ToTA\) or article/);
  });
});
