import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import type { AgreementDocument } from '../../src/model.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { differencesFrom, outlineLabels, readingOf } from '../support/agreement-reading.js';
import { convertAll, escapeXml, hasSoffice, writeText } from '../support/render-formats.js';

/**
 * A negotiator's draft in Word, as it circulates between rounds: tracked changes (a paragraph and
 * words deleted, an article and words inserted), comments in the margin, a footnote, a cross-reference
 * field, a table, a text box, a running header and footer, soft hyphens, headings numbered by their
 * styles' outline numbering and paragraphs by a paragraph style's list, all made by LibreOffice from a
 * flat ODT. Read, it must be the agreement as it now stands, the changes accepted: the same outline
 * and the same findings as that agreement as plain text. Each mark-up carries words that would give a
 * finding of their own if they were read as agreement text (a deleted carve-out, a comment naming the
 * Convention), and the insertion carries the only e-commerce commitment.
 */
const soffice = hasSoffice();
if (!soffice) console.warn('Word drafts skipped: LibreOffice (soffice) is not installed');

const TITLE = 'AGREEMENT ON DIGITAL TRADE AND CULTURAL COOPERATION BETWEEN THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS';
const SHY = '\u00ad';

/** The agreement as it stands once every change is accepted, as plain text: its numbers written out, its note at the end. */
const CLEAN = `${TITLE}

Chapter 1 General Provisions

Article 1.1 Objectives

1. The objectives of this Agreement are to expand trade in goods and services between the Parties.[1]

2. The Parties shall cooperate on the basis of mutual respect and transparency.

Article 1.2 Definitions

1. For the purposes of this Agreement, the definitions in the Schedule to this Chapter apply.

Chapter 2 Digital Trade

Article 2.1 Scope

1. This Chapter applies to measures adopted or maintained by a Party that affect trade by electronic means.

2. This Chapter does not apply to government procurement.

Article 2.2 Customs Duties

1. Subject to Article 2.1, neither Party shall impose customs duties on electronic transmissions between a person of one Party and a person of the other Party.

Article 2.3 Paperless Trading

1. Each Party shall endeavour to accept electronic versions of trade administration documents.

Chapter 3 Cultural Cooperation

Article 3.1 Cultural Exchanges

1. The Parties shall promote cultural exchanges, including the mobility of artists and cultural professionals.

2. The Parties shall encourage cooperation between their museums, archives and libraries.

SCHEDULE

Term Meaning
measure any law, regulation, procedure or administrative action
person a natural person or an enterprise

[1] The Joint Committee may review these objectives five years after the entry into force of this Agreement.
`;

/** Who made each change, and when: as Word records it. */
const changeInfo = (author: string) => `<office:change-info><dc:creator>${author}</dc:creator><dc:date>2026-05-03T10:00:00</dc:date></office:change-info>`;

/** The same agreement as a draft under review. */
function draftFodt(): string {
  const p = (text: string, style = 'Numbered_20_Paragraph') => `<text:p text:style-name="${style}">${text}</text:p>`;
  const h = (level: 1 | 2, text: string) => `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${text}</text:h>`;
  const comment = (author: string, text: string) =>
    `<office:annotation><dc:creator>${author}</dc:creator><dc:date>2026-05-03T10:00:00</dc:date><text:p>${escapeXml(text)}</text:p></office:annotation>`;
  // The numbered paragraphs of each article are one list of their own, numbered by the paragraph style.
  const paragraphs = (...items: string[]) => `<text:list text:style-name="Paragraphs">${items.map((item) => `<text:list-item>${p(item)}</text:list-item>`).join('')}</text:list>`;
  const changes = `<text:tracked-changes text:track-changes="true">
   <text:changed-region xml:id="ct1" text:id="ct1"><text:deletion>${changeInfo('Borealis')}<text:p text:style-name="Numbered_20_Paragraph"/><text:p text:style-name="Numbered_20_Paragraph">Nothing in this Chapter shall be construed to prevent a Party from adopting or maintaining measures to protect and promote its cultural industries, including audiovisual services.</text:p></text:deletion></text:changed-region>
   <text:changed-region xml:id="ct2" text:id="ct2"><text:insertion>${changeInfo('Aurelia')}</text:insertion></text:changed-region>
   <text:changed-region xml:id="ct3" text:id="ct3"><text:deletion>${changeInfo('Borealis')}<text:p>and the diversity of cultural expressions </text:p></text:deletion></text:changed-region>
   <text:changed-region xml:id="ct4" text:id="ct4"><text:insertion>${changeInfo('Aurelia')}</text:insertion></text:changed-region>
  </text:tracked-changes>`;
  const body = [
    changes,
    `<text:p text:style-name="Title">${escapeXml(TITLE)}</text:p>`,
    h(1, 'General Provisions'),
    h(2, 'Objectives'),
    paragraphs(
      `The objectives of this Agreement are to expand trade in goods and services between the Parties.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote">The Joint Committee may review these objectives five years after the entry into force of this Agreement.</text:p></text:note-body></text:note>`,
      `The Parties shall cooperate on the basis of mutual respect ${comment('Borealis', 'Borealis: add a reference to the UNESCO Convention on the Protection and Promotion of the Diversity of Cultural Expressions here?')}<text:change text:change-id="ct3"/>and trans${SHY}parency.`,
    ),
    h(2, 'Definitions'),
    paragraphs('For the purposes of this Agreement, the definitions in the Schedule to this Chapter apply.'),
    h(1, 'Digital Trade'),
    `<text:h text:style-name="Heading_20_2" text:outline-level="2"><text:bookmark-start text:name="scope"/>Scope<text:bookmark-end text:name="scope"/></text:h>`,
    paragraphs(
      'This Chapter applies to measures adopted or maintained by a Party that affect trade by elec' + SHY + 'tronic means.',
      // The paragraph after it is deleted, its mark with it: the deletion runs from the end of this one.
      `This Chapter does not apply to government procurement.${comment('Aurelia', 'Aurelia cannot accept an exclusion of audiovisual services or broadcasting from this Chapter.')}<text:change text:change-id="ct1"/>`,
    ),
    `<text:h text:style-name="Heading_20_2" text:outline-level="2"><text:change-start text:change-id="ct2"/>Customs Duties</text:h>`,
    paragraphs(`Subject to <text:bookmark-ref text:reference-format="number" text:ref-name="scope">Article 2.1</text:bookmark-ref>, neither Party shall impose customs duties on electronic transmissions between a person of one Party and a person of the other Party.<text:change-end text:change-id="ct2"/>`),
    h(2, 'Paperless Trading'),
    paragraphs(`Each Party shall <text:change-start text:change-id="ct4"/>endeavour to <text:change-end text:change-id="ct4"/>accept electronic versions of trade administration documents.`),
    h(1, `Cul${SHY}tural Cooperation`),
    h(2, 'Cultural Exchanges'),
    paragraphs(
      'The Parties shall promote cultural exchanges, including the mobility of artists and cultural pro' + SHY + 'fessionals.',
      `<draw:frame draw:name="Box1" text:anchor-type="as-char" svg:width="14cm" svg:height="2cm"><draw:text-box>${p('The Parties shall encourage cooperation between their museums, archives and libraries.', 'Text_20_body')}</draw:text-box></draw:frame>`,
    ),
    p('SCHEDULE', 'Text_20_body'),
    `<table:table table:name="Definitions"><table:table-column table:number-columns-repeated="2"/>${[
      ['Term', 'Meaning'],
      ['measure', 'any law, regulation, procedure or administrative action'],
      ['person', 'a natural person or an enterprise'],
    ]
      .map((row) => `<table:table-row>${row.map((cell) => `<table:table-cell office:value-type="string">${p(escapeXml(cell), 'Text_20_body')}</table:table-cell>`).join('')}</table:table-row>`)
      .join('')}</table:table>`,
  ];
  const styles = `<style:style style:name="Numbered_20_Paragraph" style:display-name="Numbered Paragraph" style:family="paragraph" style:parent-style-name="Text_20_body" style:list-style-name="Paragraphs"/>
  <text:list-style style:name="Paragraphs">
   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
  </text:list-style>
  <text:outline-style style:name="Outline">
   <text:outline-level-style text:level="1" style:num-prefix="Chapter " style:num-format="1"/>
   <text:outline-level-style text:level="2" style:num-prefix="Article " style:num-format="1" text:display-levels="2"/>
  </text:outline-style>
 </office:styles>`;
  return readFileSync(join(PACKAGE_ROOT, 'test', 'corpus-src', 'template.fodt'), 'utf8')
    .replace(
      '<office:document ',
      '<office:document xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ',
    )
    .replace(' </office:styles>', styles)
    .replaceAll('{{title}}', '')
    .replaceAll('{{header}}', 'CONFIDENTIAL – Negotiating text – Round 4 – Chapter 2 bracketed')
    .replaceAll('{{footer}}', 'Page')
    .replaceAll('{{of}}', 'of')
    .replaceAll('{{lang}}', 'en')
    .replaceAll('{{country}}', '')
    .replace('{{body}}', body.join('\n'));
}

describe.skipIf(!soffice)('a negotiator\'s draft in Word, read as the agreement it now stands for', () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-word-drafts-'));
  let text: AgreementDocument;
  let word: AgreementDocument;

  beforeAll(async () => {
    text = await readAgreement(writeText(join(dir, 'draft.txt'), CLEAN));
    convertAll(dir, [writeText(join(dir, 'draft.fodt'), draftFodt())], 'docx');
    word = await readAgreement(join(dir, 'docx', 'draft.docx'));
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads inserted text and leaves out deleted text, comments, field codes, the header and the footer', () => {
    expect(word.text).toMatch(/^Article 2\.2 Customs Duties$/m);
    expect(word.text).toContain('Subject to Article 2.1, neither Party shall impose customs duties');
    expect(word.text).toContain('Each Party shall endeavour to accept');
    expect(word.text).toContain('mutual respect and transparency.');
    expect(word.text).not.toMatch(/cultural industries|diversity of cultural expressions|UNESCO|Aurelia cannot|CONFIDENTIAL|Page \d|REF /);
  });

  it('reads the note as a note, apart from the article that calls it', () => {
    expect(word.text).toMatch(/between the Parties\.\[1\]$/m);
    expect(word.text.trimEnd()).toMatch(/\n\[1\] The Joint Committee may review these objectives five years after the entry into force of this Agreement\.$/);
  });

  it('gives the outline and the findings of the agreement as plain text', () => {
    const reference = readingOf(text, ruleSet);
    expect(reference.articles).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '3.1']);
    expect(reference.findings).toEqual(expect.arrayContaining(['2.2 ecommerce', '3.1 cultural-cooperation']));
    expect(outlineLabels(word)).toEqual(outlineLabels(text));
    expect(differencesFrom(reference, readingOf(word, ruleSet), 'draft.docx')).toEqual([]);
  });
});
