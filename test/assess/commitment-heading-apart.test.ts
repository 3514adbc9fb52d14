import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';

/**
 * An e-commerce article whose title stands on a line of its own ("Article 76" / "Customs Duties") and
 * whose paragraphs only cooperate or confirm a practice makes no commitment. In a Word file or web
 * page each line is a paragraph, so the title is a sentence of its own: it carries no force, and must
 * not make the article's cooperation binding. What commits is the body's words, in every layout: a
 * declaration that the services obligations bind services supplied electronically does.
 */
const LINES = [
  'ECONOMIC PARTNERSHIP AGREEMENT BETWEEN THE UNION OF MEROVIA AND THE REPUBLIC OF OSTRELIA',
  'Parties: XME (developed), XOS (developing)',
  'Chapter 8',
  'Electronic Commerce',
  'Article 73',
  'Non-Discriminatory Treatment of Digital Products',
  'Neither Party shall accord less favourable treatment to digital products of the other Party than it accords to like digital products of a non-Party.',
  'Article 76',
  'Customs Duties',
  '1. Recognising the importance of maintaining the current practice of not imposing customs duties on electronic transmissions, the Parties shall cooperate to make this practice binding within the framework of the World Trade Organization.',
  '2. In the context of paragraph 1, the Parties confirm their current practice of not imposing customs duties on electronic transmissions.',
  'Article 77',
  'Domestic Regulation',
  'Each Party shall endeavour to ensure that all its measures affecting electronic commerce are administered in a transparent manner.',
];

describe('an e-commerce article whose title stands apart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-commitment-heading-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
  const notReached = async (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    const doc = await readAgreement(path);
    return assess(doc, scanDocument(doc, ruleSet)).ecommerce.notReached;
  };

  it('commits by a declaration that the services obligations bind services supplied electronically, a line a paragraph or not', async () => {
    const affirmed = [
      ...LINES,
      'Article 78',
      'Electronic Supply of Services',
      'For greater certainty, the Parties affirm that measures affecting the supply of a service delivered electronically fall within the scope of the obligations contained in the relevant provisions of Chapter 10 (Trade in Services), subject to any exceptions set out in this Agreement.',
    ];
    const lines = await notReached('affirmed-lines.txt', `${affirmed.join('\n')}\n`);
    expect(lines).toEqual(['non-discrimination', 'market-access']);
    expect(await notReached('affirmed-paragraphs.txt', `${affirmed.join('\n\n')}\n`)).toEqual(lines);
  });

  it('commits to no customs duties, a line a paragraph or not', async () => {
    const lines = await notReached('lines.txt', `${LINES.join('\n')}\n`);
    expect(lines).toEqual(['non-discrimination']);
    expect(await notReached('paragraphs.txt', `${LINES.join('\n\n')}\n`)).toEqual(lines);
  });
});
