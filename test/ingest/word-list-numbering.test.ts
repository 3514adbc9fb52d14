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
 * A Word file whose numbers come from list numbering, as a drafter's template sets them: "Chapter 1"
 * and "Article 1.2" drawn by the headings' multilevel list (the heading's text is its title alone), paragraphs "1." and points "(a)" drawn by a numbered list that starts afresh in each
 * article. None of those numbers is in the document's text; the reader must write them, so that the
 * file reads as the same agreement printed as plain text.
 */
const soffice = hasSoffice();
if (!soffice) console.warn('Word list numbering skipped: LibreOffice (soffice) is not installed');

type Paragraph = string | { text: string; points: string[] };
interface Chapter {
  title: string;
  articles: Array<{ title: string; paragraphs: Paragraph[] }>;
}

/** An invented agreement (no sentence from a real treaty), with cultural clauses in several categories. */
const CHAPTERS: Chapter[] = [
  {
    title: 'General Provisions',
    articles: [
      { title: 'Objectives', paragraphs: ['The objectives of this Agreement are to expand trade in goods and services between the Parties.'] },
      {
        title: 'Relation to Other Agreements',
        paragraphs: [
          'The Parties reaffirm their rights and obligations under the UNESCO Convention on the Protection and Promotion of the Diversity of Cultural Expressions of 2005.',
          'Nothing in this Agreement shall be construed to derogate from that Convention.',
        ],
      },
    ],
  },
  {
    title: 'Digital Trade',
    articles: [
      {
        title: 'Scope',
        paragraphs: [
          'This Chapter applies to measures adopted or maintained by a Party that affect trade by electronic means.',
          { text: 'This Chapter does not apply to:', points: ['government procurement;', 'audiovisual services, including broadcasting.'] },
        ],
      },
      { title: 'Customs Duties', paragraphs: ['Neither Party shall impose customs duties on electronic transmissions between a person of one Party and a person of the other Party.'] },
    ],
  },
  {
    title: 'Cultural Cooperation',
    articles: [
      {
        title: 'Cultural Exchanges',
        paragraphs: [
          { text: 'The Parties shall promote cultural exchanges, including through:', points: ['the mobility of artists and cultural professionals;', 'cooperation between their audiovisual industries;', 'exchanges between museums and libraries.'] },
          'The Parties shall consult each other within UNESCO to promote the diversity of cultural expressions.',
        ],
      },
    ],
  },
];

const TITLE = 'AGREEMENT ON TRADE AND CULTURAL COOPERATION BETWEEN THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS';

/** The agreement as plain text, every number written out. */
function asText(): string {
  const lines = [TITLE, ''];
  CHAPTERS.forEach((chapter, c) => {
    lines.push(`Chapter ${c + 1} ${chapter.title}`, '');
    chapter.articles.forEach(({ title, paragraphs }, a) => {
      lines.push(`Article ${c + 1}.${a + 1} ${title}`, '');
      paragraphs.forEach((paragraph, p) => {
        const text = typeof paragraph === 'string' ? paragraph : paragraph.text;
        lines.push(`${p + 1}. ${text}`);
        if (typeof paragraph !== 'string') paragraph.points.forEach((point, i) => lines.push(`(${String.fromCharCode(97 + i)}) ${point}`));
        lines.push('');
      });
    });
  });
  return lines.join('\n');
}

/** The agreement as a word-processed file whose numbers are all list numbering. */
function asFodt(): string {
  const lists = `<text:list-style style:name="Headings">
   <text:list-level-style-number text:level="1" style:num-prefix="Chapter " style:num-format="1"/>
   <text:list-level-style-number text:level="2" style:num-prefix="Article " style:num-format="1" text:display-levels="2"/>
  </text:list-style>
  <text:list-style style:name="Paragraphs">
   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
   <text:list-level-style-number text:level="2" style:num-prefix="(" style:num-suffix=")" style:num-format="a"/>
  </text:list-style>
 </office:styles>`;
  const p = (text: string) => `<text:p text:style-name="Text_20_body">${escapeXml(text)}</text:p>`;
  // One multilevel list runs through the headings: every heading list continues the first one.
  const heading = (level: 1 | 2, text: string, first: boolean) => {
    const h = `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${escapeXml(text)}</text:h>`;
    const item = level === 1 ? `<text:list-item>${h}</text:list-item>` : `<text:list-item><text:list>${`<text:list-item>${h}</text:list-item>`}</text:list></text:list-item>`;
    return `<text:list text:style-name="Headings"${first ? ' xml:id="headings"' : ' text:continue-list="headings"'}>${item}</text:list>`;
  };
  const body = [`<text:p text:style-name="Title">${escapeXml(TITLE)}</text:p>`];
  CHAPTERS.forEach((chapter, c) => {
    body.push(heading(1, chapter.title, c === 0));
    for (const { title, paragraphs } of chapter.articles) {
      body.push(heading(2, title, false));
      const items = paragraphs.map((paragraph) =>
        typeof paragraph === 'string'
          ? `<text:list-item>${p(paragraph)}</text:list-item>`
          : `<text:list-item>${p(paragraph.text)}<text:list>${paragraph.points.map((point) => `<text:list-item>${p(point)}</text:list-item>`).join('')}</text:list></text:list-item>`,
      );
      body.push(`<text:list text:style-name="Paragraphs">${items.join('')}</text:list>`);
    }
  });
  return readFileSync(join(PACKAGE_ROOT, 'test', 'corpus-src', 'template.fodt'), 'utf8')
    .replace(' </office:styles>', lists)
    .replaceAll('{{title}}', '')
    .replaceAll('{{header}}', '')
    .replaceAll('{{footer}}', 'Page')
    .replaceAll('{{of}}', 'of')
    .replaceAll('{{lang}}', 'en')
    .replaceAll('{{country}}', '')
    .replace('{{body}}', body.join('\n'));
}

describe.skipIf(!soffice)('a Word file numbered by list numbering', () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-word-lists-'));
  let text: AgreementDocument;
  let word: AgreementDocument;

  beforeAll(async () => {
    text = await readAgreement(writeText(join(dir, 'numbered.txt'), asText()));
    convertAll(dir, [writeText(join(dir, 'numbered.fodt'), asFodt())], 'docx');
    word = await readAgreement(join(dir, 'docx', 'numbered.docx'));
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the numbers Word draws: chapters, articles within them, paragraphs afresh in each article, points', () => {
    expect(word.text).toMatch(/^Chapter 2 Digital Trade$/m);
    expect(word.text).toMatch(/^Article 2\.1 Scope$/m);
    expect(word.text).toMatch(/^2\. This Chapter does not apply to:$/m);
    expect(word.text).toMatch(/^\(b\) audiovisual services, including broadcasting\.$/m);
    expect(word.text).toMatch(/^Article 3\.1 Cultural Exchanges\n\n1\. The Parties shall promote/m);
  });

  it('gives the outline and the findings of the same agreement as plain text', () => {
    const reference = readingOf(text, ruleSet);
    expect(reference.articles).toEqual(['1.1', '1.2', '2.1', '2.2', '3.1']);
    expect(new Set(reference.findings.map((f) => f.split(' ')[1])).size).toBeGreaterThanOrEqual(2);
    expect(outlineLabels(word)).toEqual(outlineLabels(text));
    expect(differencesFrom(reference, readingOf(word, ruleSet), 'numbered.docx')).toEqual([]);
  });
});
