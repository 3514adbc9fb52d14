import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.js';
import { formatEvalReport } from '../../src/eval/format.js';
import type { GoldSet } from '../../src/eval/gold.js';
import type { DocumentResult, Finding } from '../../src/model.js';
import { finding } from '../report/scan-fixtures.js';

const gold: GoldSet = {
  treaties: ['t1', 't2', 't3'],
  articles: [
    { treaty: 't1', articleId: '10', labels: ['ecommerce', 'policy-space'] },
    { treaty: 't1', articleId: '11', labels: [] },
    { treaty: 't2', articleId: '20', labels: ['cultural-exemption'] },
    { treaty: 't3', articleId: '30', labels: ['ecommerce'] },
  ],
};

const at = (articleId: string | undefined, category: Finding['category'], excerpt = 'an invented excerpt'): Finding =>
  finding({ category, excerpt, location: { articleId, articleNumber: articleId ?? 'preamble', path: [`Article ${articleId}`], start: 0, end: 1 } });

const doc = (documentId: string, findings: Finding[]): DocumentResult => ({
  documentId,
  source: `${documentId}.xml`,
  title: documentId,
  language: 'en',
  meta: {},
  findings,
  signals: [],
  errors: [],
});

const results = [
  doc('t1', [at('10', 'ecommerce'), at('11', 'cultural-cooperation'), at(undefined, 'convention-reference')]),
  doc('t2', [at('21', 'cultural-exemption')]),
  doc('not-in-gold', [at('1', 'ecommerce')]),
];
const texts = new Map([['t1', new Map([['10', { path: ['Chapter 1', 'Article 10'], start: 'The Parties recognise' }]])]]);

describe('evaluate', () => {
  // By hand, article level: tp t1/10 ecommerce; fp t1/11 cooperation, t1/preamble convention-reference,
  // t2/21 exemption; fn t1/10 policy-space, t2/20 exemption, t3/30 ecommerce. Agreements outside
  // the gold file do not count.
  const report = evaluate(gold, results, texts);

  it('scores articles', () => {
    expect(report.articles.micro).toMatchObject({ tp: 1, fp: 3, fn: 3, precision: 0.25, recall: 0.25 });
    expect(report.articles.perCategory['cultural-exemption']).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(report.articles.perCategory.ecommerce).toMatchObject({ tp: 1, fp: 0, fn: 1, support: 2 });
  });
  it('scores agreements: a category found in the wrong article still counts for the agreement', () => {
    expect(report.agreements.perCategory['cultural-exemption']).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.agreements.micro).toMatchObject({ tp: 2, fp: 2, fn: 2 });
  });
  it('lists errors with their context, unscanned agreements as missing', () => {
    expect(report.falsePositives.map((c) => `${c.treaty}/${c.articleId}/${c.category}`)).toEqual([
      't1/11/cultural-cooperation',
      't1/#preamble/convention-reference',
      't2/21/cultural-exemption',
    ]);
    expect(report.falsePositives[0]).toMatchObject({ path: ['Article 11'], excerpt: 'an invented excerpt' });
    expect(report.falseNegatives[0]).toEqual({
      treaty: 't1',
      articleId: '10',
      category: 'policy-space',
      path: ['Chapter 1', 'Article 10'],
      excerpt: 'The Parties recognise',
    });
    expect(report.missing).toEqual(['t3']);
  });
  it('prints aligned tables and the error lists', () => {
    const lines = formatEvalReport(report).split('\n');
    const header = lines.find((l) => l.includes('precision'))!;
    const ecommerce = lines.find((l) => l.trimStart().startsWith('ecommerce'))!;
    expect(ecommerce).toMatch(/1\.000\s+0\.500\s+0\.667\s+1\s+0\s+1\s+2$/);
    // Right-aligned columns end where their header ends.
    expect(ecommerce.length).toBe(header.length);
    expect(lines).toContain('False positives (3)');
    expect(lines).toContain('  t1  10  policy-space  Chapter 1 > Article 10');
  });
});
