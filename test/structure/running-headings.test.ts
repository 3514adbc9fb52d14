import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/model.js';
import { findRunningHeadings } from '../../src/structure/running-headings.js';

/** Lines at each edge of a page that may be its head or foot. */
const EDGE_LINES = 3;

/**
 * The running heads found on pages given as lists of lines: the pages are read as one run of lines
 * with a break after each, as a text's page breaks or a PDF's pages give them. Returns, page by page,
 * the lines found.
 */
function headsOf(pages: readonly string[][], language: Language = 'en'): string[][] {
  const lines = pages.flat().map((text) => ({ text }));
  const pageEnds: number[] = [];
  const edges = new Set<number>();
  let first = 0;
  for (const page of pages) {
    const filled = page.flatMap((text, i) => (text === '' ? [] : [first + i]));
    for (const i of [...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)]) edges.add(i);
    first += page.length;
    pageEnds.push(first - 1);
  }
  const found = findRunningHeadings(lines, pageEnds, edges, language);
  let start = 0;
  return pages.map((page) => {
    const heads = page.filter((_, i) => found.has(start + i));
    start += page.length;
    return heads;
  });
}

const BODY = ['The Parties shall cooperate in the fields covered by this Chapter, in accordance with their laws', 'and regulations, and shall exchange information on the measures they adopt.'];

describe('findRunningHeadings', () => {
  it('finds a head naming the open chapter, bare or with its title, never the chapter heading itself', () => {
    const pages = [
      ['CHAPTER 1', 'GENERAL PROVISIONS', 'Article 1.1', 'Objectives', ...BODY, 'Article 1.2', 'Definitions', 'For the purposes of this'],
      ['CHAPTER 1', 'Agreement, "days" means calendar days.', 'Article 1.3', 'Scope', ...BODY],
      ['CHAPTER 1 – General Provisions', 'Article 1.4', 'Relation to Other Agreements', ...BODY, '- 3 -'],
    ];
    expect(headsOf(pages)).toEqual([[], ['CHAPTER 1'], ['CHAPTER 1 – General Provisions']]);
  });

  it('finds a head naming the chapter that begins lower on the page', () => {
    const pages = [
      ['CHAPTER 1', 'GENERAL PROVISIONS', 'Article 1.1', 'Objectives', ...BODY, 'Article 1.2', 'Scope', 'This Agreement applies to the territory of each Party'],
      ['CHAPTER 2', 'and to its exclusive economic zone.', 'CHAPTER 2', 'ELECTRONIC COMMERCE', 'Article 2.1', 'Customs Duties', ...BODY],
    ];
    expect(headsOf(pages)).toEqual([[], ['CHAPTER 2']]);
  });

  it('finds a head that gives in full the title of a protocol its heading wrapped', () => {
    const pages = [
      ['Done at Velmar.', 'PROTOCOL ON CULTURAL', 'COOPERATION', 'Article 1', 'Scope', ...BODY, 'This Protocol sets out the framework for cultural cooperation and the'],
      ['PROTOCOL ON CULTURAL COOPERATION', 'entry of artists.', 'Article 2', 'Artists', ...BODY],
    ];
    expect(headsOf(pages)).toEqual([[], ['PROTOCOL ON CULTURAL COOPERATION']]);
  });

  it('reads heads in the language of the text, as its outline reads its headings', () => {
    const pages = [
      ['CAPÍTULO 5', 'EXCEPCIONES Y DISPOSICIONES FINALES', 'Artículo 5.1', 'Excepciones generales', 'Ninguna disposición del presente Acuerdo se interpretará en el sentido de impedir la adopción'],
      ['CAPÍTULO 5 Excepciones y disposiciones finales', 'de medidas necesarias para proteger la moral pública.', 'Artículo 5.2', 'Entrada en vigor', 'El presente Acuerdo entrará en vigor sesenta días después de la fecha.'],
    ];
    expect(headsOf(pages, 'es')).toEqual([[], ['CAPÍTULO 5 Excepciones y disposiciones finales']]);
    // Read as English, the line is no heading: a Spanish title is written in sentence case.
    expect(headsOf(pages, 'en')).toEqual([[], []]);
  });

  it('keeps an annex heading named before by a cross-reference wrapped onto a line of its own', () => {
    const pages = [
      ['CHAPTER 10', 'MOVEMENT OF NATURAL PERSONS', 'Article 10.1', 'Scope', ...BODY, ...BODY, '1. This Chapter shall apply to measures affecting the movement of natural persons', 'of a Party into the territory of the other Party under the categories referred to in', 'Annex 10-A.', ...BODY],
      [...BODY, '2. Nothing in this Chapter shall be construed to impose obligations with respect to other', 'Chapters of this Agreement.', '- 116 -'],
      ['ANNEX 10-A', 'SPECIFIC COMMITMENTS ON THE MOVEMENT OF NATURAL PERSONS', 'Section A: Australia’s Specific Commitments', ...BODY],
    ];
    expect(headsOf(pages)).toEqual([[], [], []]);
  });

  it('keeps a heading that an entry of the table of contents named before the body', () => {
    const pages = [
      [
        'TABLE OF CONTENTS',
        'CHAPTER ONE General provisions (Articles 1.1 to 1.3)',
        'CHAPTER TWO Trade in services (Articles 2.1 to 2.3)',
        'ANNEX I Contact points',
        'THE UNION OF MEROVIA,',
        'and',
        'THE REPUBLIC OF OSTRELIA,',
      ],
      ['HAVE AGREED AS FOLLOWS:', 'CHAPTER ONE', 'General provisions', 'Article 1.1', 'Objectives', ...BODY, 'CHAPTER TWO', 'Trade in services', 'Article 2.1', 'Scope', ...BODY],
      ['Article 2.2', 'Entry into force', 'This Agreement shall enter into force on the first day of the second month.', 'Done at Velmar, on the fourth day of March.', 'ANNEX I', 'Contact points', 'The contact points are the ministries responsible for trade.'],
    ];
    expect(headsOf(pages)).toEqual([[], [], []]);
  });

  it('takes no heading with its body run on for a head', () => {
    const pages = [
      ['CHAPTER 3', 'COOPERATION', 'Article 3.1', 'Scope', ...BODY, 'The Parties shall report on cooperation under'],
      ['Chapter 3. The Committee shall review the reports every two years.', ...BODY],
    ];
    expect(headsOf(pages)).toEqual([[], []]);
  });
});
