import { describe, expect, it } from 'vitest';
import { nodeLabel } from '../../src/engine/index.js';
import { articleTexts } from '../../src/eval/articles.js';
import type { AgreementDocument, OutlineNode } from '../../src/model.js';

const text = 'Chapter 2 Trade in services\nArticle 7 Culture\nThe Parties shall   encourage exchanges\nof artists.';
const article: OutlineNode = { kind: 'article', number: '7', heading: 'Culture', start: 28, end: text.length, externalId: '77', children: [] };
const chapter: OutlineNode = { kind: 'chapter', number: '2', heading: 'Trade in services', start: 0, end: text.length, children: [article] };
const doc: AgreementDocument = {
  id: 'x',
  source: 'x.xml',
  format: 'tota-xml',
  language: 'en',
  title: 'X',
  meta: {},
  text,
  pages: [],
  outline: [chapter],
  original: { text, map: { normStarts: [0], origStarts: [0] } },
};

describe('nodeLabel', () => {
  it('joins kind, number and heading unless the heading already starts with the kind', () => {
    expect(nodeLabel(article)).toBe('Article 7 Culture');
    expect(nodeLabel({ ...article, heading: 'Article 7 - Culture' })).toBe('Article 7 - Culture');
    expect(nodeLabel({ kind: 'preamble', start: 0, end: 1, children: [] })).toBe('Preamble');
  });
});

describe('articleTexts', () => {
  it('finds articles by external id, with their heading path and text start on one line', () => {
    const found = articleTexts(doc, new Set(['77', '99']));
    expect([...found.keys()]).toEqual(['77']);
    expect(found.get('77')).toEqual({
      path: ['Chapter 2 Trade in services', 'Article 7 Culture'],
      start: 'Article 7 Culture The Parties shall encourage exchanges of artists.',
    });
  });
});
