import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { agreement, ECOMMERCE_CHAPTER } from './build.js';

const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);

describe('a chapter that does not require a Party to authorise broadcasting', () => {
  it('is a carve-out of broadcasting, read as an exception, that reaches the chapter\'s e-commerce commitments only in part', () => {
    const doc = agreement(
      [...ECOMMERCE_CHAPTER, 'Article 9.3 Broadcasting', 'Nothing in this Chapter shall be construed to require a Party to authorise a supplier of the other Party to supply broadcasting services.'],
      ['CAN', 'JOR'],
    );
    const assessment = assess(doc, scanDocument(doc, ruleSet));
    const carveOut = assessment.findings.find((f) => f.category === 'cultural-exemption');
    expect(carveOut?.location.articleNumber).toBe('9.3');
    expect(carveOut?.legalForce).toBe('exception');
    expect(assessment.ecommerce.verdict).toBe('partly-covered');
    expect(assessment.ecommerce.commitments.flatMap((c) => c.carveOuts.map((o) => `${o.subject} ${o.breadth}`))).toContain('broadcasting narrow');
  });

  it('is not the telecommunications clause that spares a broadcaster from offering its facilities as a public network', () => {
    const doc = agreement([
      'Chapter 13 Telecommunications',
      'Article 13.1 Scope',
      '1. This Chapter applies to measures affecting access to and use of public telecommunications networks.',
      '2. Nothing in this Chapter shall be construed to require a Party to compel any enterprise exclusively engaged in the broadcast or cable distribution of radio or television programming to make available its broadcast or cable facilities as a public telecommunications network.',
    ]);
    expect(scanDocument(doc, ruleSet).findings.filter((f) => f.category === 'cultural-exemption')).toEqual([]);
  });
});
