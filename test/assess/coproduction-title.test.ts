import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreementBytes } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';

/**
 * An article's title on a line of its own under its number ("Article 4.2" ⏎ "Audio-visual
 * co-productions"), with no full stop, runs into the first paragraph as a plain text or a PDF is
 * split. Para. 18.1 rests on the sentence that gives co-productions national-work status, never on the
 * title: the status is the same whether the layout sets the title apart (a blank line, a Word
 * heading) or prints the paragraph on the next line.
 */
const agreement = (between: string) =>
  [
    'PARTNERSHIP AGREEMENT BETWEEN THE UNION OF MEROVIA AND THE REPUBLIC OF OSTRELIA',
    'Parties: XME (developed), XOS (developing)',
    '',
    'CHAPTER FOUR',
    'CULTURAL COOPERATION',
    '',
    'Article 4.2',
    `Audio-visual co-productions${between}1. Audio-visual works co-produced by producers of the two Parties shall be deemed Merovian works for the purposes of the support schemes of Merovia.`,
    '2. Merovia shall provide technical assistance to the film industry of the Republic of Ostrelia.',
    '',
  ].join('\n');

describe('para. 18.1 under an article title on a line of its own', () => {
  it.each([
    ['the next line', '\n'],
    ['a blank line', '\n\n'],
  ])('reads the co-production arrangement, the title followed by %s', async (_, between) => {
    const doc = await readAgreementBytes(new TextEncoder().encode(agreement(between)), 'coproduction.txt');
    const item = assess(doc, scanDocument(doc, loadRuleSet([BUILTIN_RULES_DIR]))).checklist.find((i) => i.item === 'og-18.1');
    expect(item?.status).toBe('present');
    expect(item?.oneLine).toMatch(/national-work or support status/);
  });
});
