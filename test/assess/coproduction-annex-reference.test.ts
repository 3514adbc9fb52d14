import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreementBytes } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';

/**
 * The co-production arrangement sits in an annex the file does not hold; an article of the body gives
 * it effect. That article is cultural cooperation, and para. 18.1 rests on it: co-production is there,
 * though what it is worth (national-work status, support) stands in the annex, which the brief names as
 * missing next to the item.
 */
const AGREEMENT = [
  'FREE TRADE AGREEMENT BETWEEN THE UNION OF MEROVIA AND THE REPUBLIC OF OSTRELIA',
  'Parties: XME (developed), XOS (developing)',
  '',
  'CHAPTER THREE',
  'TRADE IN SERVICES',
  '',
  'Article 3.1 Scope',
  'This Chapter applies to measures affecting trade in services.',
  '',
  'Article 3.16 Schedules of Specific Commitments',
  '1. The specific commitments of each Party are set out in Annex VII.',
  '2. Particular aspects of the commitments applicable to the co-production of audiovisual works are dealt with in Annex XI.',
  '',
].join('\n');

describe('an article that points to the annex on co-production', () => {
  it('is cultural cooperation, and para. 18.1 rests on it until the annex is read', async () => {
    const doc = await readAgreementBytes(new TextEncoder().encode(AGREEMENT), 'annex-pointer.txt');
    const scanned = scanDocument(doc, loadRuleSet([BUILTIN_RULES_DIR]));
    expect(scanned.findings.filter((f) => f.category === 'cultural-cooperation').map((f) => f.location.articleNumber)).toEqual(['3.16']);
    const item = assess(doc, scanned).checklist.find((i) => i.item === 'og-18.1');
    expect(item?.status).toBe('partial');
    expect(item?.findings.map((f) => f.location.articleNumber)).toEqual(['3.16']);
    expect(item?.explanation).toMatch(/dealt with in Annex XI/);
    expect(item?.missingParts).toContain('Annex XI');
  });
});
