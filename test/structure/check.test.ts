import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/model.js';
import { articleNumber, chapterHeading, renderAgreement } from '../../src/scripts/structure-check/render.js';
import { scoreArticles } from '../../src/scripts/structure-check/score.js';

const chapters = [
  { name: 'Preamble', articles: [{ text: 'The Parties,  Recognising the value of culture,  Have agreed as follows:' }] },
  {
    number: 'CHAPTER 1',
    name: 'General Provisions',
    articles: [
      { number: 'ARTICLE 1.1', name: 'Objectives', text: 'The objectives are set out here.' },
      { number: 'ARTICLE 1.2', text: '1. First paragraph.  2. Second paragraph.' },
    ],
  },
];

const article = (number: string, start: number, end: number): OutlineNode => ({ kind: 'article', number, start, end, children: [] });

describe('real-data check: renderer', () => {
  it('strips keywords from printed numbers', () => {
    expect(articleNumber('ARTÍCULO 14.4')).toBe('14.4');
    expect(articleNumber('ARTICLE - 5')).toBe('5');
    expect(articleNumber('ARTICLE')).toBeUndefined();
    expect(chapterHeading('TITLE IV')).toEqual({ level: 'title', number: 'IV' });
    expect(chapterHeading('VII')).toEqual({ level: 'chapter', number: 'VII' });
  });

  it('records each numbered article at its heading line, ending where the next heading starts', () => {
    const rendered = renderAgreement('sample', 'en', chapters);
    expect(rendered.articles.map((a) => a.number)).toEqual(['1.1', '1.2']);
    const [first, second] = rendered.articles;
    expect(rendered.text.slice(first!.headingStart, first!.headingEnd)).toMatch(/^Art(icle|ICLE) 1\.1/i);
    expect(rendered.text.slice(first!.headingStart, first!.end).trimEnd()).toBe(rendered.text.slice(first!.headingStart, first!.end));
    expect(rendered.text.slice(first!.end, second!.headingStart).trim()).toBe('');
  });
});

describe('real-data check: scorer', () => {
  const text = 'Article 1\nbody one\n\nArticle 2\nbody two';
  const expected = [
    { number: '1', headingStart: 0, headingEnd: 9, end: 18 },
    { number: '2', headingStart: 20, headingEnd: 29, end: text.length },
  ];

  it('counts an exact match as recovered', () => {
    const score = scoreArticles(text, [article('1', 0, 18), article('2', 20, text.length)], expected);
    expect(score).toMatchObject({ recovered: 2, wrongEnd: 0, spurious: 0 });
  });

  it('counts a wrong number at the right place as a miss and a spurious article', () => {
    const score = scoreArticles(text, [article('1', 0, 18), article('3', 20, text.length)], expected);
    expect(score).toMatchObject({ recovered: 1, spurious: 1 });
  });

  it('counts an article as recovered when it ends before a heading the corpus printed at the end of its text', () => {
    const withSection = 'Article 1\nbody one\n\nSection B: Definitions\n\nArticle 2\nbody two';
    const rendered = [
      { number: '1', headingStart: 0, headingEnd: 9, end: withSection.indexOf('\n\nArticle 2') },
      { number: '2', headingStart: withSection.indexOf('Article 2'), headingEnd: withSection.indexOf('Article 2') + 9, end: withSection.length },
    ];
    const section: OutlineNode = { kind: 'section', number: 'B', start: withSection.indexOf('Section B'), end: withSection.length, children: [] };
    section.children.push(article('2', rendered[1]!.headingStart, withSection.length));
    const score = scoreArticles(withSection, [article('1', 0, 18), section], rendered);
    expect(score).toMatchObject({ recovered: 2, endsAtTextHeading: 1, wrongEnd: 0 });
  });

  it('still counts a wrong end when body text, not a heading alone, lies between the two ends', () => {
    const lost = `Article 1\nbody one\n\nSection B: Definitions\n${'Each Party shall publish its measures promptly. '.repeat(5)}\n\nArticle 2\nbody two`;
    const second = lost.indexOf('Article 2');
    const rendered = [
      { number: '1', headingStart: 0, headingEnd: 9, end: lost.indexOf('\n\nArticle 2') },
      { number: '2', headingStart: second, headingEnd: second + 9, end: lost.length },
    ];
    const section: OutlineNode = { kind: 'section', number: 'B', start: lost.indexOf('Section B'), end: second, children: [] };
    const score = scoreArticles(lost, [article('1', 0, 18), section, article('2', second, lost.length)], rendered);
    expect(score).toMatchObject({ recovered: 1, endsAtTextHeading: 0, wrongEnd: 1 });
  });

  it('leaves articles found after the last rendered article (annexes the corpus did not split) out of the score', () => {
    const withAnnex = `${text}\n\nDone at Geneva.\n\nANNEX I\n\nArticle 1\nannex body`;
    const annexArticle = withAnnex.lastIndexOf('Article 1');
    const score = scoreArticles(withAnnex, [article('1', 0, 18), article('2', 20, text.length), article('1', annexArticle, withAnnex.length)], expected);
    expect(score).toMatchObject({ recovered: 2, spurious: 0, detected: 2, beyondArticles: 1 });
  });

  it('counts a wrong end, and an article found inside a body, against the detector', () => {
    const score = scoreArticles(text, [article('1', 0, text.length), article('1', 10, 18)], expected);
    expect(score).toMatchObject({ recovered: 0, wrongEnd: 1, spurious: 1 });
  });
});
