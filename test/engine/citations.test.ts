import { describe, expect, it } from 'vitest';
import { ArticleDirectory, findCitations } from '../../src/engine/citations.js';
import { buildUnits, scanDocument } from '../../src/engine/index.js';
import { docOf, ruleSetOf } from './helpers.js';

const numbers = (text: string) => findCitations(text, 0, text.length).map((c) => c.numbers);

describe('findCitations', () => {
  it('reads single articles and lists, in English, Spanish and French', () => {
    expect(numbers('as provided in Article 2005.')).toEqual([['2005']]);
    expect(numbers('under Articles 1-3, 1-4 and 15-5 of this Agreement')).toEqual([['1-3', '1-4', '15-5']]);
    expect(numbers('conforme a los Artículos 21.3 y 21.4')).toEqual([['21.3', '21.4']]);
    expect(numbers("au titre des articles 3 et 4 du présent accord")).toEqual([['3', '4']]);
    expect(numbers('Article 2106 (Cultural Industries) applies')).toEqual([['2106']]);
  });

  it('leaves out numbers that point to another instrument', () => {
    expect(numbers('Article XX of the GATT 1994 is incorporated')).toEqual([]);
    expect(numbers('as implemented under Article 18 of the SCM Agreement')).toEqual([]);
    expect(numbers('Article 4 (Safeguards) of the WTO Agreement')).toEqual([]);
    expect(numbers('Article 5 of Chapter 9 and Article 6 of this Agreement')).toEqual([['5'], ['6']]);
    expect(numbers('article 3 of the Agreement on Safeguards; artículo 4 del Acuerdo sobre Salvaguardias')).toEqual([]);
    expect(numbers('Article 21 of the Vienna Convention on the Law of Treaties')).toEqual([]);
  });

  it('keeps citations of the agreement itself, whatever follows them', () => {
    expect(numbers('Article 2005 of the Agreement; Article 3 of the present Agreement; artículo 4 del presente Acuerdo')).toEqual([['2005'], ['3'], ['4']]);
    expect(numbers('Article 2005 in accordance with paragraph 1, Article 32 in respect of goods, Article 12.3 under the heading')).toEqual([['2005'], ['32'], ['12.3']]);
  });

  it('reads a word after "article" as a number only when it is a Roman numeral in capitals', () => {
    expect(numbers("ARTICLE XIV, and voir l'article ci-dessus")).toEqual([['XIV']]);
  });

  it('gives offsets in the document, from where the search starts', () => {
    const text = 'Heading. See Article 7.';
    expect(findCitations(text, 9, text.length)).toEqual([{ start: 13, end: 22, numbers: ['7'] }]);
  });
});

describe('ArticleDirectory', () => {
  const doc = docOf({
    path: ['Chapter 2 Trade in Goods', 'Article 3 Review'],
    text: 'The Parties shall review Article 1.',
    others: [
      { path: ['Chapter 1 General', 'Article 1 Objectives'], text: 'Objectives.' },
      { path: ['Chapter 1 General', 'Article 2 Culture'], text: 'Culture.' },
      { path: ['Chapter 2 Trade in Goods', 'Article 1 Scope'], text: 'Scope.' },
    ],
  });
  const units = buildUnits(doc);
  const directory = new ArticleDirectory(units);
  const citing = units.length - 1;

  it('finds a number printed once, never the citing article itself', () => {
    expect(units.map((u) => u.articleNumber)).toEqual(['1', '2', '1', '3']);
    expect(directory.resolve('2', citing)).toBe(1);
    expect(directory.resolve('3', citing)).toBeUndefined();
    expect(directory.resolve('9', citing)).toBeUndefined();
  });

  it('takes a number printed in several chapters from the citing article\'s own chapter', () => {
    expect(directory.resolve('1', citing)).toBe(2);
    expect(directory.resolve('1', 1)).toBe(0);
  });
});

describe('cites in a rule', () => {
  const exception = { path: ['Chapter 12 Exceptions', 'Article 12.4 Cultural Industries'], text: 'Nothing in this Agreement applies to measures on cultural industries.' };
  const citing = { path: ['Chapter 15 Dispute Settlement', 'Article 15.9 Non-Violation'], text: 'Paragraph 1 shall not apply to Article 12.4.' };
  const rules = () => {
    const carveOut = ruleSetOf({ terms: ['measures on cultural industries'] }, { id: 'carve-out' });
    const byReference = ruleSetOf({ all: [{ cites: { category: 'cultural-exemption', heading: 'cultur' } }, { regex: 'shall not apply' }], within: 'sentence' }, { id: 'by-reference', category: 'policy-space' });
    return { ...carveOut, rules: [...carveOut.rules, ...byReference.rules] };
  };

  it('fires where the cited article has a finding of the category, with the citation as evidence', () => {
    const { findings } = scanDocument(docOf({ ...citing, others: [exception] }), rules());
    const cited = findings.find((f) => f.category === 'policy-space');
    expect(cited?.location.articleNumber).toBe('15.9');
    expect(cited?.evidence.map((e) => e.text)).toEqual(['shall not apply', 'Article 12.4']);
  });

  it('does not fire when the cited article has no such finding, or a heading that does not match', () => {
    const taxation = { ...exception, text: 'Nothing in this Agreement applies to taxation measures.' };
    expect(scanDocument(docOf({ ...citing, others: [taxation] }), rules()).findings.map((f) => f.category)).toEqual([]);
    const untitled = { ...exception, path: ['Chapter 12 Exceptions', 'Article 12.4 Other Measures'] };
    expect(scanDocument(docOf({ ...citing, others: [untitled] }), rules()).findings.map((f) => f.category)).toEqual(['cultural-exemption']);
  });
});

describe('inside.after in a rule', () => {
  const named = { path: ['Article 1 Objectives'], text: 'The Parties recall the Convention on the Diversity of Cultural Expressions.' };
  const shortName = { path: ['Article 2 Cooperation'], text: 'The Parties shall cooperate under the Convention.' };
  const rules = () => {
    const fullName = ruleSetOf({ terms: ['Convention on the Diversity of Cultural Expressions'] }, { id: 'full-name', category: 'convention-reference' });
    const short = ruleSetOf({ all: [{ regex: '\\bthe convention\\b' }, { inside: { after: 'convention-reference' } }] }, { id: 'short-name', category: 'convention-reference' });
    return { ...fullName, rules: [...fullName.rules, ...short.rules] };
  };
  const articlesFound = (doc: Parameters<typeof scanDocument>[0]) => scanDocument(doc, rules()).findings.map((f) => f.location.articleNumber);

  it('fires after an article with a finding of the category, on the unit\'s own words', () => {
    const { findings } = scanDocument(docOf({ ...shortName, others: [named] }), rules());
    expect(findings.map((f) => f.location.articleNumber)).toEqual(['1', '2']);
    expect(findings[1]?.evidence.map((e) => e.text)).toEqual(['the Convention']);
  });

  it('does not fire before such an article, nor in an agreement without one', () => {
    const later = { ...named, path: ['Article 3 Objectives'] };
    expect(articlesFound(docOf({ ...later, others: [shortName] }))).toEqual(['3']);
    expect(articlesFound(docOf({ ...shortName, others: [{ path: ['Article 1 Objectives'], text: 'The Parties recall the Convention on Biological Diversity.' }] }))).toEqual([]);
  });
});
