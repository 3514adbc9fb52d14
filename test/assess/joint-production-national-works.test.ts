import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreementBytes } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';

/**
 * A co-production clause that never says "co-production": works made jointly by producers of the two
 * Parties are treated as each Party's own. In an agreement with a developing Party it is preferential
 * treatment (GUIDE: a reciprocal clause that deems co-productions national works counts when one
 * Party is developing), and para. 18.1 rests on it as an operative arrangement.
 */
const agreement = (clause: string) =>
  [
    'PARTNERSHIP AGREEMENT BETWEEN THE UNION OF MEROVIA AND THE REPUBLIC OF OSTRELIA',
    'Parties: XME (developed), XOS (developing)',
    '',
    'CHAPTER FOUR',
    'COOPERATION',
    '',
    'Article 4.1 Objectives',
    'The Parties shall cooperate in trade matters.',
    '',
    'Article 4.3 Audiovisual works',
    `1. ${clause}`,
    '',
  ].join('\n');

describe('works made jointly by producers of both Parties, treated as national works', () => {
  it.each([
    'Audiovisual works produced jointly by producers of the two Parties shall be treated as national productions of each Party.',
    'Films jointly produced by producers of the Parties shall be regarded as domestic works for the purposes of their support programmes.',
    'Each Party shall treat joint audiovisual productions of the producers of the two Parties as national works.',
  ])('is preferential treatment and an operative para. 18.1 arrangement: %s', async (clause) => {
    const doc = await readAgreementBytes(new TextEncoder().encode(agreement(clause)), 'joint-production.txt');
    const scanned = scanDocument(doc, loadRuleSet([BUILTIN_RULES_DIR]));
    expect(scanned.findings.filter((f) => f.category === 'preferential-treatment').map((f) => f.location.articleNumber)).toEqual(['4.3']);
    const item = assess(doc, scanned).checklist.find((i) => i.item === 'og-18.1');
    expect(item?.status).toBe('present');
    expect(item?.findings.map((f) => f.location.articleNumber)).toEqual(['4.3']);
  });

  it('is not a joint venture producing goods', async () => {
    const doc = await readAgreementBytes(new TextEncoder().encode(agreement('Goods produced jointly by enterprises of the two Parties shall be treated as originating goods of each Party.')), 'joint-goods.txt');
    const scanned = scanDocument(doc, loadRuleSet([BUILTIN_RULES_DIR]));
    expect(scanned.findings.filter((f) => f.category === 'preferential-treatment')).toEqual([]);
  });
});
