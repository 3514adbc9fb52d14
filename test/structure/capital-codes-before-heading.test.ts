import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import { flatten, labels } from './helpers.js';
import { hasSoffice, officeRenderings, toFodt } from '../support/render-formats.js';

/**
 * A line ending in a word that leaves a sentence open ("… as set out in" / "Article 5") runs on into a
 * heading; the same letters in capitals on a line that is not set in capitals are a name or a code.
 * "Parties: CAN, PER" (Peru) above the first article, with no preamble between, used to hide that
 * article in Word and PDF, where every paragraph stands apart.
 */
const DRAFT = [
  'AGREEMENT between the Republic of Aldoria and the Republic of Peru',
  'Parties: ALD (developed), PER',
  'Article 1',
  'Musicians from Peru shall receive visas free of charge for their tours in Aldoria.',
  'Article 2',
  'Aldoria shall grant market access for entertainment services supplied by service suppliers of Peru.',
];

describe('a line in capitals before a heading', () => {
  it('a code that spells a preposition ends no sentence: both articles are read, paragraphs apart', () => {
    expect(labels(`${DRAFT.join('\n\n')}\n`)).toEqual(['article 1', 'article 2']);
  });

  it('the preposition written as a sentence writes it still runs on into the reference', () => {
    const text = ['The rates shall be those set out as per', '', 'Article 5', '', 'of the Schedule.', '', 'Article 2', '', 'Each Party shall publish them.'].join('\n');
    expect(labels(text)).toEqual(['article 2']);
  });

  it('on a line set wholly in capitals, the word still leaves the sentence open', () => {
    const text = ['THE PARTIES SHALL APPLY THE RATES SET OUT IN', '', 'Article 5', '', 'of the Schedule.', '', 'Article 2', '', 'Each Party shall publish them.'].join('\n');
    expect(labels(text)).toEqual(['article 2']);
  });
});

const soffice = hasSoffice();
if (!soffice) console.warn('a Parties line above the first article in Word and PDF skipped: LibreOffice (soffice) is not installed');

describe.skipIf(!soffice)('a Parties line above the first article, in Word and PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-capital-codes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads both articles in each rendering', async () => {
    const fodt = toFodt(
      DRAFT.map((text) => ({ text })),
      { headingStyles: false, columns: 1, header: '' },
      'en',
    );
    const [pdf, docx] = officeRenderings(dir, 'parties-line', fodt);
    for (const file of [pdf!, docx!]) {
      const doc = await readAgreement(file);
      const articles = flatten(doc.outline)
        .filter((node) => node.kind === 'article')
        .map((node) => node.number);
      expect(articles, file).toEqual(['1', '2']);
    }
  }, 180_000);
});
