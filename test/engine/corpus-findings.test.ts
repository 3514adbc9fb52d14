import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';

/**
 * The built-in rules against the sample corpus, end to end (real readers, real outline, real rules).
 * The corpus was written by someone other than the rule authors, so this is a held-out check of how
 * the rules generalise: per file, the (article, category) pairs found must equal the expected ones.
 */
interface ArticleExpectation {
  article: string;
  categories: string[];
}
interface FileExpectation {
  file: string;
  articles: ArticleExpectation[];
}

/**
 * Differences the rule language cannot remove today, each with the engine feature that would.
 * Listed so that they stay visible: the test fails on any other difference, and also when one of
 * these disappears (then delete it here).
 */
const KNOWN_LIMITS: ReadonlyArray<{ file: string; pair: string; kind: 'missing' | 'extra'; why: string }> = [];

const FIXTURE = join(PACKAGE_ROOT, 'test', 'fixtures', 'corpus-expectations.json');
const expectations: FileExpectation[] = existsSync(FIXTURE) ? JSON.parse(readFileSync(FIXTURE, 'utf8')) : [];

const pair = (article: string, category: string) => `${article} ${category}`;

function difference(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((x) => !b.has(x)).sort();
}

describe('findings on the sample corpus (expectations written with the corpus)', () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);

  it('has expectations to check', () => {
    expect(expectations.length).toBeGreaterThan(0);
  });

  it.each(expectations)('$file: every expected (article, category) pair and nothing else', async (expected) => {
    const doc = await readAgreement(join(PACKAGE_ROOT, expected.file));
    const found = new Set(
      scanDocument(doc, ruleSet)
        .findings.map((f) => pair(f.location.articleNumber, f.category)),
    );
    const wanted = new Set(expected.articles.flatMap((a) => a.categories.map((c) => pair(a.article, c))));
    const limits = KNOWN_LIMITS.filter((l) => l.file === expected.file);
    const known = (kind: 'missing' | 'extra') => new Set(limits.filter((l) => l.kind === kind).map((l) => l.pair));

    const missing = difference(wanted, found);
    const extra = difference(found, wanted);
    const report = [
      ...difference(new Set(missing), known('missing')).map((p) => `missing: ${p}`),
      ...difference(new Set(extra), known('extra')).map((p) => `extra:   ${p}`),
      ...difference(known('missing'), new Set(missing)).map((p) => `known limit now found, remove it from KNOWN_LIMITS: ${p}`),
      ...difference(known('extra'), new Set(extra)).map((p) => `known limit now gone, remove it from KNOWN_LIMITS: ${p}`),
    ];
    expect(report, `${expected.file}\n  ${report.join('\n  ')}`).toEqual([]);
  });
});
