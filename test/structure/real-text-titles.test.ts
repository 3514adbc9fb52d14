import { describe, expect, it } from 'vitest';
import { compareTitles } from '../../src/scripts/real-texts/title-comparison.js';
import type { RenderLine } from '../../src/scripts/real-texts/render-lines.js';
import { toEurLexHtml, toWebPageHtml } from '../support/render-web-pages.js';

describe('comparing the article titles of two readings of one text', () => {
  const reference = [
    { article: '1', title: 'Objectives' },
    { article: '2', title: 'Duty-Free Entry of Commercial Samples and Printed Advertising Materials' },
    { article: '3', title: '' },
    { article: '3', title: 'Definitions' },
  ];

  it('finds a title wrapped over lines alike, and counts only articles titled on either side', () => {
    const reading = reference.map((a) => ({ ...a, title: a.title.replace(' and Printed', '\n and  Printed') }));
    expect(compareTitles(reference, reading)).toEqual({ compared: 3, alike: 3, differences: [] });
  });

  it('names a title cut short, one run into the line under it, one read as empty and an article missing, matching an article printed twice in order', () => {
    const reading = [
      { article: '1', title: 'Objectives General' },
      { article: '2', title: 'Duty-Free Entry of Commercial Samples and' },
      { article: '3', title: 'Scope' },
    ];
    expect(compareTitles(reference, reading).differences).toEqual([
      { article: '1', reference: 'Objectives', title: 'Objectives General' },
      { article: '2', reference: reference[1]!.title, title: 'Duty-Free Entry of Commercial Samples and' },
      { article: '3', reference: '', title: 'Scope' },
      { article: '3', reference: 'Definitions', title: undefined },
    ]);
  });
});

describe('web renderings of a title the text wraps over lines', () => {
  const title = 'Sub-Committee on Promotion of a Closer Economic Relationship';
  const under: RenderLine[] = [
    { text: 'Article 18.2', level: 2, title },
    { text: 'Sub-Committee on' },
    { text: 'Promotion of a Closer Economic Relationship' },
    { text: '1. The Parties hereby establish a Sub-Committee.' },
  ];
  const besideAndUnder: RenderLine[] = [
    { text: 'Article 18.2: Sub-Committee on Promotion of a', level: 2, title },
    { text: 'Closer Economic Relationship' },
    { text: '1. The Parties hereby establish a Sub-Committee.' },
  ];

  it.each([
    ['under its heading', under],
    ['starting beside its heading', besideAndUnder],
  ])('prints a title %s once, as the official journal sets it: a paragraph of its own under the label', (_, lines) => {
    const html = toEurLexHtml(lines, 'Agreement');
    expect(html).toContain(`<p class="oj-ti-art">Article 18.2</p><div class="eli-title"><p class="oj-sti-art">${title}</p></div>`.replace('</p><div', '</p>\n<div'));
    expect(html.split('Closer Economic').length - 1).toBe(1);
  });

  it('prints it whole in the heading of a government page, on the heading line where the text starts it there', () => {
    expect(toWebPageHtml(under, 'Agreement')).toContain(`<h3>Article 18.2<br>${title}</h3>`);
    expect(toWebPageHtml(besideAndUnder, 'Agreement')).toContain(`<h3>Article 18.2: ${title}</h3>`);
    for (const lines of [under, besideAndUnder]) expect(toWebPageHtml(lines, 'Agreement').split('Closer Economic').length - 1).toBe(1);
  });
});
