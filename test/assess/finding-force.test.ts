import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingLegalForce } from '../../src/assess/finding-sentences.js';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import { kindOf } from '../../src/model.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { SHARED_TOTA } from './tota-articles.js';

const present = existsSync(SHARED_TOTA);
if (!present) console.log(`finding force against the assessment skipped: ${SHARED_TOTA} is absent`);

/** Agreements in English and Spanish (the French ones have no findings) with the most carve-outs and findings spread over several sentences. */
const TREATIES = ['pta_392', 'pta_428', 'pta_52', 'pta_151', 'pta_450', 'pta_438', 'pta_417'];

describe.skipIf(!present)('the legal force a scan prints', () => {
  it('is the force the assessment decides, though it reads only the sentences that can decide it', async () => {
    const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
    let compared = 0;
    let carveOuts = 0;
    let spread = 0;
    const languages = new Set<string>();
    for (const treaty of TREATIES) {
      const doc = await readAgreement(join(SHARED_TOTA, `${treaty}.xml`));
      const detections = scanDocument(doc, ruleSet);
      const assessment = assess(doc, detections);
      const assessed = [...assessment.findings, ...assessment.signals];
      [...detections.findings, ...detections.signals].forEach((finding, i) => {
        expect(findingLegalForce(doc, finding), `${treaty} ${kindOf(finding)} at ${finding.location.start}`).toBe(assessed[i]?.legalForce);
        compared++;
        if (kindOf(finding) === 'cultural-exemption' || kindOf(finding) === 'general-exception') carveOuts++;
        if (new Set(finding.evidence.map((e) => e.start)).size > 1) spread++;
        languages.add(doc.language);
      });
    }
    expect(compared).toBeGreaterThan(100);
    expect(carveOuts).toBeGreaterThan(5);
    expect(spread).toBeGreaterThan(20);
    expect([...languages].sort()).toEqual(['en', 'es']);
  }, 300_000);
});

describe.skipIf(!present)('a signal whose evidence is a sub-heading over a numbered paragraph', () => {
  it('reads its force from the paragraph the sub-heading heads ("Public Participation" over "5. ... each Party shall consider")', async () => {
    const doc = await readAgreement(join(SHARED_TOTA, 'pta_23.xml'));
    const assessment = assess(doc, scanDocument(doc, loadRuleSet([BUILTIN_RULES_DIR])));
    const finding = assessment.signals.find((s) => s.location.articleNumber === '16.8' && s.kind === 'civil-society-participation');
    expect(finding?.forceSentence).toMatch(/^5\. In identifying areas .* shall consider the views/);
    expect(finding?.legalForce).toBe('best-endeavour');
  });
});
