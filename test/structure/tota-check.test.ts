import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTotaFile, RECOVERED_TARGET, SPURIOUS_LIMIT, TITLES_TARGET } from '../../src/scripts/structure-check/corpus.js';
import { addUp, recoveredShare, spuriousShare, titleShare } from '../../src/scripts/structure-check/run.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

const TOTA = join(PACKAGE_ROOT, '..', 'shared', 'tota');
const present = existsSync(TOTA);
if (!present) console.warn(`structure real-data check skipped: ${TOTA} is absent`);

/** Every sixth file (about 65 agreements), so that all styles, languages and contents modes come up. */
const sample = present
  ? readdirSync(TOTA)
      .filter((f) => f.endsWith('.xml'))
      .sort()
      .filter((_, i) => i % 6 === 0)
  : [];

describe.skipIf(!present)('structure on real agreements (ToTA, rendered in several layouts)', () => {
  const results = sample.map((f) => checkTotaFile(join(TOTA, f)));
  const totals = addUp(results);

  it('covers enough articles, layouts and languages to mean something', () => {
    expect(totals.expected).toBeGreaterThan(3000);
    expect(new Set(results.map((r) => r.style)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(results.map((r) => r.toc)).size).toBe(4);
    expect(results.some((r) => r.style.startsWith('EUR-Lex')) && results.some((r) => r.style.includes('glued'))).toBe(true);
  });

  it(`recovers at least ${RECOVERED_TARGET * 100}% of numbered articles with the right number and boundaries`, () => {
    expect(recoveredShare(totals)).toBeGreaterThanOrEqual(RECOVERED_TARGET);
  });

  it(`reads back at least ${TITLES_TARGET * 100}% of the printed heading titles`, () => {
    expect(totals.titles).toBeGreaterThan(1000);
    expect(titleShare(totals)).toBeGreaterThanOrEqual(TITLES_TARGET);
  });

  it(`finds fewer than ${SPURIOUS_LIMIT * 100}% spurious articles`, () => {
    expect(spuriousShare(totals)).toBeLessThan(SPURIOUS_LIMIT);
  });
});
