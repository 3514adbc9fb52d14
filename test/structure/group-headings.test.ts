import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import type { AgreementDocument, OutlineNode } from '../../src/model.js';
import { hasSoffice, officeRenderings, toFodt } from '../support/render-formats.js';
import { flatten, outlineOf } from './helpers.js';

/**
 * An institutional chapter groups its articles under headings without a number, each on a line of its
 * own between two articles ("Civil Society Platform" after Article 411's last sentence, before Article
 * 412): the heading opens a division of the chapter and is no part of the article before it.
 */
const CHAPTER = [
  'CHAPTER 1',
  'Institutional framework',
  'Parliamentary Association Committee',
  'Article 410',
  '1. A Parliamentary Association Committee is hereby established.',
  '2. The Parliamentary Association Committee shall establish its own rules of procedure.',
  'Article 411',
  '1. The Parliamentary Association Committee may request relevant information from the Association Council.',
  '2. The Parliamentary Association Committee may create Parliamentary Association sub-committees.',
  'Civil Society Platform',
  'Article 412',
  '1. The Parties shall also promote regular meetings of representatives of their civil societies.',
  '2. An EU-Georgia Civil Society Platform is hereby established.',
  'Article 413',
  'The Civil Society Platform may make recommendations to the Association Council.',
  'CHAPTER 2',
  'General and final provisions',
  'Article 414',
  'Each Party shall take any general or specific measures required to fulfil its obligations under this Agreement.',
];

/** Each chapter, section and article as "kind number: title", nested sections shown by the articles they hold. */
function divisions(outline: readonly OutlineNode[]): string[] {
  return flatten(outline)
    .filter((n) => ['chapter', 'section', 'subsection', 'article'].includes(n.kind))
    .map((n) => `${n.kind} ${n.number ?? '-'}: ${n.heading ?? ''}${n.kind === 'section' ? ` [${n.children.filter((c) => c.kind === 'article').map((c) => c.number).join(' ')}]` : ''}`);
}

const EXPECTED = [
  'chapter 1: Institutional framework',
  'article 410: ',
  'article 411: ',
  'section -: Civil Society Platform [412 413]',
  'article 412: ',
  'article 413: ',
  'chapter 2: General and final provisions',
  'article 414: ',
];

function article(text: string, outline: readonly OutlineNode[], number: string): string {
  const node = flatten(outline).find((n) => n.kind === 'article' && n.number === number)!;
  return text.slice(node.start, node.end);
}

describe('a heading without a number between two articles', () => {
  it('opens a division and leaves the article before it, in a text with and without blank lines', () => {
    for (const text of [CHAPTER.join('\n'), CHAPTER.join('\n\n')]) {
      const outline = outlineOf(text);
      // The heading over the chapter's first article is the chapter's title's neighbour, not an article's last line: left as it was read.
      expect(divisions(outline).filter((d) => !d.includes('Parliamentary'))).toEqual(EXPECTED);
      expect(article(text, outline, '411')).not.toContain('Civil Society Platform');
    }
  });

  it('is read under the last numbered division: a sub-section inside a section', () => {
    const text = ['Section 2', 'Institutions', 'Article 5', 'The Committee shall meet once a year.', 'Working Groups', 'Article 6', 'The Committee may set up working groups.'].join('\n');
    expect(flatten(outlineOf(text)).map((n) => `${n.kind} ${n.number ?? n.heading}`)).toEqual(['section 2', 'article 5', 'subsection Working Groups', 'article 6']);
  });

  it("keeps an article's own last line: a line after a colon, an item, a sentence's wrapped last line", () => {
    const open = ['Article 7', 'The following bodies are established:', 'Joint Committee', 'Article 8', 'The Joint Committee shall meet.'].join('\n');
    expect(article(open, outlineOf(open), '7')).toContain('Joint Committee');
    const item = ['Article 7', 'The Parties shall cooperate in:', '(a) Cultural Heritage', 'Article 8', 'The Parties shall meet.'].join('\n');
    expect(article(item, outlineOf(item), '7')).toContain('Cultural Heritage');
    const wrapped = ['Article 9', 'The Platform shall be chaired in turn by representatives of the', 'European Economic and Social Committee', 'Article 10', 'The Platform may make recommendations.'].join('\n');
    expect(article(wrapped, outlineOf(wrapped), '9')).toContain('European Economic and Social Committee');
  });

  describe('in a PDF and a Word file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-group-headings-'));
    let renderings: string[] = [];

    beforeAll(() => {
      if (!hasSoffice()) return;
      const fodt = toFodt(CHAPTER.map((text) => ({ text })), { headingStyles: false, columns: 1, header: '' }, 'en');
      renderings = officeRenderings(dir, 'institutions', fodt).slice(0, 2);
    }, 600_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.skipIf(!hasSoffice())('reads the heading as the text does', async () => {
      for (const file of renderings) {
        const doc: AgreementDocument = await readAgreement(file);
        expect([basename(file), divisions(doc.outline).filter((d) => !d.includes('Parliamentary'))]).toEqual([basename(file), EXPECTED]);
        expect(article(doc.text, doc.outline, '411')).not.toContain('Civil Society Platform');
      }
    });
  });
});
