import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import type { OutlineNode } from '../../src/model.js';
import { convertAll, hasSoffice, toFodt, writeText } from '../support/render-formats.js';
import { flatten, outlineOf } from './helpers.js';

/** Each chapter and article as "kind number: title". */
const headings = (outline: readonly OutlineNode[]) =>
  flatten(outline)
    .filter((n) => n.kind === 'chapter' || n.kind === 'article')
    .map((n) => `${n.kind} ${n.number}: ${n.heading}`);

/**
 * A printed agreement's lines, as a text saved from it keeps them: a chapter's title over two lines, under
 * its heading or on its line; an article's title over two lines, the second opening with the word it was
 * wrapped before ("of Conformity Assessment Bodies", "and Mutual Recognition of Results", "between a Party
 * and …", a title longer than a sentence-case one may be) or its first
 * line full ("… by Addressing Anticompetitive" / "Activities").
 */
const PRINTED = [
  'AGREEMENT BETWEEN AUSTRALIA AND JAPAN FOR AN ECONOMIC PARTNERSHIP',
  'CHAPTER 6',
  'TECHNICAL REGULATIONS, STANDARDS AND',
  'CONFORMITY ASSESSMENT PROCEDURES',
  'Article 6.1',
  'Scope',
  '1. This Chapter shall apply to technical regulations,',
  'standards and conformity assessment procedures that may,',
  'directly or indirectly, affect trade in goods between the',
  'Parties.',
  'Chapter 7',
  'Technical Regulations, Standards and',
  'Conformity Assessment Procedures for Audiovisual Goods',
  'Article 7.1',
  'Definitions',
  'For the purposes of this Chapter, the terms used have the',
  'meanings given to them in the TBT Agreement.',
  'Article 7.2',
  'Suspension or Termination of Proceedings',
  'of Conformity Assessment Bodies',
  '1. The Parties may agree to suspend the recognition of',
  'a conformity assessment body at any time.',
  'Article 7.3',
  'Determination of Conformity Assessment Procedures by Addressing Anticompetitive',
  'Activities',
  'The Parties shall accept the results of conformity assessment procedures in the other',
  'Party where those procedures offer an assurance of conformity equivalent to their own.',
  'Article 7.4',
  'Settlement of Disputes on Conformity Assessment',
  'between a Party and a Conformity Assessment Body of the Other Party',
  '1. For the purposes of this Article, a dispute is a dispute',
  'between a Party and a conformity assessment body.',
  'Article 7.5',
  'Determination of Conformity',
  'and Mutual Recognition of Results',
  'The Parties shall accept the results of conformity',
  'assessment procedures conducted in the other Party.',
  'CHAPTER 11 FRAMEWORK ON',
  'MUTUAL RECOGNITION ARRANGEMENTS',
  'Article 11.1',
  'Objective',
  'The Parties shall encourage the recognition of the results',
  'of conformity assessment procedures.',
];
const EXPECTED = [
  'chapter 6: TECHNICAL REGULATIONS, STANDARDS AND CONFORMITY ASSESSMENT PROCEDURES',
  'article 6.1: Scope',
  'chapter 7: Technical Regulations, Standards and Conformity Assessment Procedures for Audiovisual Goods',
  'article 7.1: Definitions',
  'article 7.2: Suspension or Termination of Proceedings of Conformity Assessment Bodies',
  'article 7.3: Determination of Conformity Assessment Procedures by Addressing Anticompetitive Activities',
  'article 7.4: Settlement of Disputes on Conformity Assessment between a Party and a Conformity Assessment Body of the Other Party',
  'article 7.5: Determination of Conformity and Mutual Recognition of Results',
  'chapter 11: FRAMEWORK ON MUTUAL RECOGNITION ARRANGEMENTS',
  'article 11.1: Objective',
];

/**
 * A Word file made from a printed text (each printed line a paragraph) reads with a blank line after
 * every line: a title wrapped over two printed lines is still one title, as in the text without the
 * blank lines.
 */
describe('a title over two printed lines, with a blank line after every line', () => {
  it('reads the whole title in the text as printed and with a blank line after every line', () => {
    expect(headings(outlineOf(PRINTED.join('\n')))).toEqual(EXPECTED);
    expect(headings(outlineOf(PRINTED.join('\n\n')))).toEqual(EXPECTED);
  });

  const dir = mkdtempSync(join(tmpdir(), 'culturescan-spaced-titles-'));
  let docx: string | undefined;

  beforeAll(() => {
    if (!hasSoffice()) return;
    const fodt = writeText(join(dir, 'printed.fodt'), toFodt(PRINTED.map((text) => ({ text })), { headingStyles: false, columns: 1, header: '' }, 'en'));
    convertAll(join(dir, 'out'), [fodt], 'docx');
    docx = join(dir, 'out', 'docx', 'printed.docx');
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!hasSoffice())('reads the whole title in a Word file with a paragraph for each printed line', async () => {
    const doc = await readAgreement(docx!);
    expect([basename(docx!), headings(doc.outline)]).toEqual([basename(docx!), EXPECTED]);
  });
});

/**
 * A web page that keeps the printed line breaks sets a chapter's title as a paragraph of its own, its
 * two printed lines parted by a line break ("<p>Technical Regulations, Standards and<br>Conformity
 * Assessment Procedures</p>"): one title.
 */
describe('a title set as a paragraph of two printed lines under its heading', () => {
  const expected = ['chapter 5: Technical Regulations, Standards and Conformity Assessment Procedures', 'article 37: Scope'];

  it('reads the whole title in a text and in a web page', async () => {
    const text = ['Chapter 5', '', 'Technical Regulations, Standards and', 'Conformity Assessment Procedures', '', 'Article 37', 'Scope', '', 'This Chapter shall apply to technical regulations.'].join('\n');
    expect(headings(outlineOf(text))).toEqual(expected);
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-title-paragraph-'));
    try {
      const page = join(dir, 'agreement.html');
      writeFileSync(page, '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Agreement</title></head><body><h2>Chapter 5</h2>\n<p>Technical Regulations, Standards and<br>\nConformity Assessment Procedures</p>\n<h3>Article 37<br>Scope</h3>\n<p>This Chapter shall apply to technical regulations.</p></body></html>');
      expect(headings((await readAgreement(page)).outline)).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a paragraph of two lines that makes a sentence as the text, not the title', () => {
    const text = ['Article 5', '', 'The Parties shall cooperate in the field of culture and', 'in the field of education.', '', 'Article 6', '', 'Scope'].join('\n');
    expect(headings(outlineOf(text))).toEqual(['article 5: undefined', 'article 6: Scope']);
  });
});

/**
 * A title that names a list of numbers, cut after one of its commas ("… for Chapters 42, 50 through 63,"
 * / "66, 70, and 94"), as a narrower page than the text's wraps it: one title, with the list whole.
 */
describe('a title cut after a comma of the list it names', () => {
  const annexes = (outline: readonly OutlineNode[]) => flatten(outline).filter((n) => n.kind === 'annex').map((n) => `${n.number}: ${n.heading}`);
  const printed = [
    'Article 3.11',
    'Definitions',
    'transition period means the five-year period beginning on the date of entry into force of this Agreement.',
    'Annex 3-A',
    'Textile and Apparel Specific Rules of Origin for Chapters 42, 50 through 63,',
    '66, 70, and 94',
    'General Interpretative Notes',
    '1. For goods covered in this Annex, a good is an originating good if it undergoes a change in tariff classification.',
  ];

  it('reads the whole title, in a text as printed and with a blank line after every line', () => {
    const expected = ['3-A: Textile and Apparel Specific Rules of Origin for Chapters 42, 50 through 63, 66, 70, and 94'];
    expect(annexes(outlineOf(printed.join('\n')))).toEqual(expected);
    expect(annexes(outlineOf(printed.join('\n\n')))).toEqual(expected);
  });

  it('reads no title from a sentence cut after a comma under the heading', () => {
    const text = ['Annex 4', 'Notwithstanding Article 3.11,', 'each Party may maintain the measures listed in its Schedule.', 'Annex 5', 'Schedule of Australia'].join('\n');
    expect(annexes(outlineOf(text))).toEqual(['4: undefined', '5: Schedule of Australia']);
  });
});
