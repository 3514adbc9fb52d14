import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExcerpt } from '../../src/engine/excerpt.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/nlp/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { foldQuote } from '../../src/scripts/real-texts/brief-comparison.js';
import { renderLines, writeText } from '../support/render-formats.js';
import { toEurLexHtml, toWebPageHtml } from '../support/render-web-pages.js';

/**
 * An excerpt longer than the cap is cut at the same word whatever the format: the journal's markup
 * sets an article's number and title apart ("Article 12.3" ⏎ "Customs Duties", each matched on its
 * own) where the text has them on one line ("Article 12.3: Customs Duties", matched whole), so the
 * marks and the stop after the number differ, and a cap counted in characters cut a word earlier in
 * one than in the other.
 */
const agreement = (city: string) => `FREE TRADE AGREEMENT BETWEEN AUSTRALIA AND THE REPUBLIC OF KOREA

CHAPTER 12
ELECTRONIC COMMERCE

Article 12.3: Customs Duties on Electronic Transmissions
1. Each Party shall maintain its practice of not imposing customs duties on electronic transmissions between the Parties, consistent with paragraph 5 of the WTO Ministerial Decision adopted in ${city} in relation to the Work Programme on Electronic Commerce.
2. Each Party reserves the right to adjust its practice referred to in paragraph 1 in accordance with any further WTO Ministerial Decisions in relation to the Work Programme on Electronic Commerce.
3. For greater certainty, paragraph 1 shall not preclude a Party from imposing internal taxes, fees or other charges on content transmitted electronically, provided that such taxes, fees or charges are imposed in a manner consistent with this Agreement.

Article 12.4: Cooperation
The Parties shall cooperate in research and training on electronic commerce.
`;

/** Names of one to sixteen letters: in one or another of the texts that name them, the cap falls at every place of a word. */
const CITIES = ['Rome', 'Paris', 'Geneva', 'Nairobi', 'Brussels', 'Singapore', 'Wellington', 'Addis Ababa', 'Buenos Aires', 'Port of Spain', 'Rio de Janeiro', 'Ho Chi Minh City'];

describe('an excerpt cut by the cap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-excerpt-cap-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);

  it.each(CITIES)('ends at the same word in the text and in its web pages (%s)', async (city) => {
    const text = writeText(join(dir, `customs-${city}.txt`), agreement(city));
    const doc = await readAgreement(text);
    const lines = renderLines(doc);
    const pages = [writeText(join(dir, `customs-${city}.eurlex.html`), toEurLexHtml(lines, doc.title)), writeText(join(dir, `customs-${city}.web.html`), toWebPageHtml(lines, doc.title))];
    const excerptAt = async (path: string) => {
      const read = await readAgreement(path);
      const found = scanDocument(read, ruleSet).findings.find((f) => f.location.articleNumber === '12.3' && f.category === 'ecommerce');
      expect(found?.excerpt, path).toMatch(/ …$/);
      return foldQuote(found?.excerpt ?? '');
    };
    const expected = await excerptAt(text);
    for (const page of pages) expect(await excerptAt(page), page).toBe(expected);
  });

  it.each(CITIES)('does not end on the mark of sentences left out after its own (%s)', (city) => {
    const first = `Each Party shall accord to digital products of the other Party treatment no less favourable than it accords to like digital products of a non-Party, in accordance with the rules of this Chapter and with the commitments it has made in its Schedule of Specific Commitments under the General Agreement on Trade in Services, as agreed among the Members of the World Trade Organization in ${city}.`;
    const between = 'The Parties met in Geneva.';
    const second = 'Each Party shall endeavour to cooperate on digital products in the relevant international fora, including by exchanging information on its measures and by taking part in the work of the World Trade Organization and of other bodies.';
    const text = `${first}\n${between}\n${second}`;
    const [one, , three] = splitSentences(text);
    const marks = [...text.matchAll(/digital products/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const excerpt = buildExcerpt(text, [one!, three!], marks);
    expect(excerpt).not.toMatch(/…\s*…/);
  });
});
