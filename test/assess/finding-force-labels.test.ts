import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import { kindOf, type LegalForce } from '../../src/model.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { legalSentences, SHARED_TOTA, totaArticles } from './tota-articles.js';

interface Label {
  treaty: string;
  articleId: string;
  category: string;
  label: LegalForce;
  sha1: string;
  startsWith: 'heading' | 'declaration' | 'plain';
  why: string;
}

interface Fixture {
  about: string;
  /** Agreement measured on the code when the labels were made; the test never lets it fall below. */
  ratchet: { overall: number; headingOrDeclaration: number };
  labels: Label[];
}

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'finding-force-labels.json'), 'utf8')) as Fixture;
const present = existsSync(SHARED_TOTA);
if (!present) console.log(`finding legal-force labels skipped: ${SHARED_TOTA} is absent`);

const sha8 = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 8);
const keyOf = (articleId: string | undefined, category: string) => `${articleId}|${category}`;

interface Row extends Label {
  got?: LegalForce;
}

/** Runs the real pipeline (read, scan, assess) on each labelled agreement and pairs every label with the assessed finding. */
async function assessLabels(labels: readonly Label[]): Promise<Row[]> {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
  const rows: Row[] = [];
  for (const treaty of [...new Set(labels.map((l) => l.treaty))]) {
    const doc = await readAgreement(join(SHARED_TOTA, `${treaty}.xml`));
    const assessment = assess(doc, scanDocument(doc, ruleSet));
    const forceOf = new Map<string, LegalForce | undefined>();
    // The first finding of a category (or signal of a kind) in an article is the one labelled (each comes in document order).
    for (const f of [...assessment.findings, ...assessment.signals]) {
      const key = keyOf(f.location.articleId, kindOf(f));
      if (!forceOf.has(key)) forceOf.set(key, f.legalForce);
    }
    for (const l of labels.filter((x) => x.treaty === treaty)) rows.push({ ...l, got: forceOf.get(keyOf(l.articleId, l.category)) });
  }
  return rows;
}

function agreement(rows: readonly Row[]): number {
  return rows.length === 0 ? 1 : rows.filter((r) => r.got === r.label).length / rows.length;
}

describe.skipIf(!present)('legal force of findings against hand labels on real agreements', () => {
  const labels = present ? fixture.labels : [];

  it('has at least 150 labels over every force, with at least 40 from articles starting with a heading or a declaration', () => {
    expect(labels.length).toBeGreaterThanOrEqual(150);
    expect(new Set(labels.map((l) => l.label)).size).toBe(4);
    expect(labels.filter((l) => l.startsWith !== 'plain').length).toBeGreaterThanOrEqual(40);
    expect(new Set(labels.map((l) => `${l.treaty}/${l.articleId}/${l.category}`)).size).toBe(labels.length);
  });

  it('still finds every labelled sentence in its article (segmentation and corpus have not drifted)', () => {
    const drifted = labels.filter((l) => {
      const article = totaArticles(l.treaty).get(l.articleId);
      return !article || !legalSentences(article.text).some((s) => sha8(s) === l.sha1);
    });
    expect(drifted.map((l) => `${l.treaty}/${l.articleId} ${l.category}`)).toEqual([]);
  });

  it('agrees with the labels at least as well as when they were made, overall and on heading or declaration starts', async () => {
    const rows = await assessLabels(labels);
    const hard = rows.filter((r) => r.startsWith !== 'plain');
    const overall = agreement(rows);
    const onHard = agreement(hard);
    const misses = rows.filter((r) => r.got !== r.label);
    console.log(
      `finding legal force agreement: ${overall.toFixed(3)} overall (${rows.length - misses.length}/${rows.length}), ` +
        `${onHard.toFixed(3)} on heading/declaration starts (${hard.filter((r) => r.got === r.label).length}/${hard.length}); ` +
        `ratchet ${fixture.ratchet.overall} / ${fixture.ratchet.headingOrDeclaration}`,
    );
    console.log(`disagreements (label→assessed):\n${misses.map((m) => `  ${m.treaty}/${m.articleId} ${m.category} [${m.startsWith}] ${m.label}→${m.got ?? 'no such finding'} (${m.why})`).join('\n') || '  none'}`);
    expect(overall).toBeGreaterThanOrEqual(fixture.ratchet.overall);
    expect(onHard).toBeGreaterThanOrEqual(fixture.ratchet.headingOrDeclaration);
  }, 300_000);
});
