import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreementBytes } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';

/**
 * A plain text prints an article's title on its heading line after a colon ("ARTICLE 3.2: CUSTOMS
 * DUTIES") or on a line of its own under it ("Article 3.4" ⏎ "Electronic supply of services"), with
 * no full stop, so the title runs into the first sentence as the text is split, or stands as a
 * sentence of its own where a blank line sets it apart from the first paragraph. The legal force is
 * read from the clause, never from a heading: the sentence a finding's force is read from (and that
 * the brief cites) starts after the title, as it does where a Word or web page sets the title apart.
 */
const TEXT = [
  'ELECTRONIC COMMERCE AGREEMENT BETWEEN THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS',
  '',
  'CHAPTER 3',
  'ELECTRONIC COMMERCE',
  '',
  'ARTICLE 3.2: CUSTOMS DUTIES',
  'Neither Party shall impose customs duties on electronic transmissions between the Parties.',
  '',
  'ARTICLE 3.3: ONLINE CONSUMER PROTECTION',
  'Each Party shall adopt measures to protect consumers engaged in electronic commerce.',
  '',
  'Article 3.4',
  'Electronic supply of services',
  'The Parties affirm that measures affecting the supply of a service delivered electronically are subject to the obligations of Chapter 2.',
  '',
  'Article 3.5',
  'Paperless trading',
  'Each Party shall accept electronic versions of trade administration documents as the legal equivalent of paper documents.',
  '',
  'Article 3.6: Customs Duties on Products Delivered by Electronic Means',
  '',
  '1. A Party shall not apply customs duties on products delivered electronically.',
  '',
  '2. For greater certainty, this Article does not preclude a Party from imposing internal taxes on products delivered electronically.',
  '',
].join('\n');

describe("a finding's force sentence under an article title that has no full stop", () => {
  it('leaves the title out, on the heading line or on a line of its own, and reads the force from the clause', async () => {
    const doc = await readAgreementBytes(new TextEncoder().encode(TEXT), 'titles.txt');
    const assessment = assess(doc, scanDocument(doc, loadRuleSet([BUILTIN_RULES_DIR])));
    const cited = (article: string) => assessment.findings.find((f) => f.location.articleNumber === article && f.category === 'ecommerce');
    expect(cited('3.2')?.forceSentence).toBe('Neither Party shall impose customs duties on electronic transmissions between the Parties.');
    expect(cited('3.3')?.forceSentence).toBe('Each Party shall adopt measures to protect consumers engaged in electronic commerce.');
    expect(cited('3.4')?.forceSentence).toMatch(/^The Parties affirm that measures/);
    expect(cited('3.4')?.legalForce).toBe('recital');
    expect(cited('3.5')?.forceSentence).toMatch(/^Each Party shall accept electronic versions/);
    expect(cited('3.6')?.forceSentence).toBe('1. A Party shall not apply customs duties on products delivered electronically.');
  });
});
