/**
 * The assessment against an expert's: item agreement, verdict agreement, every disagreement with the
 * sentences the tool rests on and the articles the expert named, and every 19.2/19.3 quote.
 * Usage: node dist/src/scripts/eval-assess.js [gold.json] [tota-dir]
 *        (defaults: test/fixtures/assess-gold.json, ../shared/tota)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatAssessScore, parseAssessGold, scoreAssessGold } from '../eval/assess-gold.js';
import { readAgreement } from '../ingest/index.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../paths.js';
import { loadRuleSet } from '../rules/index.js';

const goldFile = process.argv[2] ?? join(PACKAGE_ROOT, 'test', 'fixtures', 'assess-gold.json');
const dir = process.argv[3] ?? join(PACKAGE_ROOT, '..', 'shared', 'tota');
if (!existsSync(dir)) {
  console.error(`eval-assess: ${dir}: no such folder (the ToTA corpus is expected in ../shared/tota)`);
  process.exit(2);
}
const gold = parseAssessGold(readFileSync(goldFile, 'utf8'), goldFile);
const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
const score = await scoreAssessGold(gold, ruleSet, (treaty) => readAgreement(join(dir, `${treaty}.xml`)));
process.stdout.write(formatAssessScore(score, goldFile));
