import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import type { OutlineNode } from '../../src/model.js';
import { convertAll, hasSoffice, writeText } from '../support/render-formats.js';

/**
 * A table of contents whose last entries name annexes, each wrapped over two lines, the last one
 * ending with the article it relates to ("… Treatment Exemptions in relation to" / "Article 2"). Read
 * as plain text, that article is part of the entry; saved as Word by LibreOffice, every line becomes a
 * paragraph with a blank line after it, and the entry must read the same: no article above the
 * preamble.
 */
const LINES = [
  'AGREEMENT BETWEEN AURELIA AND BOREALIS FOR AN ECONOMIC PARTNERSHIP',
  'Table of Contents',
  'Preamble',
  'Chapter 1 General Provisions',
  'Article 1 Objectives',
  'Article 2 Most-Favoured-Nation Treatment',
  'Article 3 Cultural Cooperation',
  'Annex 1 referred to Schedules in relation to',
  'in Chapter 1 Article 1',
  'Annex 2 referred to Reservations for Existing Measures',
  'in Chapter 1',
  'Annex 3 referred to Lists of Most-Favoured-Nation',
  'in Chapter 1 Treatment Exemptions in relation to',
  'Article 2',
  '4',
  'Preamble',
  'Aurelia and Borealis,',
  'Recognising the importance of cultural diversity;',
  'HAVE AGREED as follows:',
  'Chapter 1',
  'General Provisions',
  'Article 1',
  'Objectives',
  'The objectives of this Agreement are to liberalise trade in goods and services.',
  'Article 2',
  'Most-Favoured-Nation Treatment',
  'Each Party shall accord to services of the other Party treatment no less favourable than it accords to like services of a non-Party.',
  'Article 3',
  'Cultural Cooperation',
  'The Parties shall cooperate in the audiovisual sector.',
];

const labelsOf = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [n.number ? `${n.kind} ${n.number}` : n.kind, ...labelsOf(n.children)]);

const soffice = hasSoffice();
if (!soffice) console.warn('contents page in Word skipped: LibreOffice (soffice) is not installed');

describe('a contents entry wrapped after "in relation to"', () => {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-contents-'));
  const text = writeText(join(dir, 'contents.txt'), `${LINES.join('\n')}\n`);

  beforeAll(() => {
    if (soffice) convertAll(dir, [text], 'docx');
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is part of the contents in the plain text', async () => {
    expect(labelsOf((await readAgreement(text)).outline)).toEqual(['preamble', 'chapter 1', 'article 1', 'article 2', 'article 3']);
  });

  it.skipIf(!soffice)('reads the same in the Word file LibreOffice makes of it', async () => {
    const word = await readAgreement(join(dir, 'docx', 'contents.docx'));
    expect(labelsOf(word.outline)).toEqual(labelsOf((await readAgreement(text)).outline));
  });
});
