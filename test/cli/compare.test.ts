import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { SHARED_TOTA } from '../assess/tota-articles.js';
import { runCli } from '../support/cli.js';

const AGREEMENT = 'corpus/borealis-calderra-cepa.md';

interface ClauseSide {
  articleNumber: string;
  excerpt: string;
}
interface ComparisonJson {
  left: { source: string };
  right: { source: string };
  shared: { leftClauses: number; rightClauses: number; nearIdentical: number; share: number };
  checklist: Array<{ item: string; left: string; right: string; changed: boolean; leftRestsOn: string[]; rightRestsOn: string[] }>;
  ecommerce: { left: string; right: string };
  clauses: Array<{ category: string; outcome: string; similarity: number; left: ClauseSide | null; right: ClauseSide | null; diff: Array<{ op: string; text: string }> | null }>;
}

interface BriefJson {
  checklist: Array<{ item: string; findings: string[]; signals: string[] }>;
  findings: Array<{ fingerprint: string; location: { articleNumber: string } }>;
  signals: Array<{ fingerprint: string; location: { articleNumber: string } }>;
}

/**
 * The next draft, as a negotiating partner might send it: the exceptions chapter renumbered, the
 * cultural-industries exception narrowed, the co-production article dropped, the Convention named.
 */
function nextDraft(dir: string): string {
  const text = readFileSync(join(PACKAGE_ROOT, AGREEMENT), 'utf8');
  const narrowed = 'whatever the means of supply, including supply by electronic means.';
  const withoutCoProduction = text.replace(/### Article 21\.3: Audiovisual Co-production[^]*?(?=## Chapter Twenty-Eight)/, '');
  expect(text).toContain(narrowed);
  expect(withoutCoProduction).not.toBe(text);
  const draft = withoutCoProduction
    .replace(narrowed, 'except for the measures listed in Annex II.')
    .replaceAll('Article 28.', 'Article 31.')
    .replace(
      '## Chapter Twenty-Nine',
      '### Article 31.6: Relation to Other Agreements\n\nThe Parties reaffirm their commitments under the UNESCO Convention on the Protection and Promotion of the Diversity of Cultural Expressions, done at Paris on 20 October 2005.\n\n## Chapter Twenty-Nine',
    );
  const path = join(dir, 'draft-2.md');
  writeFileSync(path, draft);
  return path;
}

describe('culturescan compare', () => {
  it('aligns every clause with its counterpart in the next draft: same, reworded, dropped, added', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-compare-'));
    const { code, out, err } = await runCli(PACKAGE_ROOT, ['compare', AGREEMENT, nextDraft(dir), '--format', 'json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const c = JSON.parse(out) as ComparisonJson;
    const of = (outcome: string, category: string) => c.clauses.filter((l) => l.outcome === outcome && l.category === category);

    const [narrowed] = of('reworded', 'cultural-exemption');
    expect(narrowed?.left?.articleNumber).toBe('28.3');
    expect(narrowed?.right?.articleNumber).toBe('31.3');
    expect(narrowed?.diff?.filter((r) => r.op === 'removed').map((r) => r.text).join(' ')).toMatch(/including supply by electronic means/);
    expect(narrowed?.diff?.filter((r) => r.op === 'added').map((r) => r.text).join(' ')).toMatch(/Annex II/);

    // Renumbered but unchanged: the definition and every e-commerce article.
    expect(of('same', 'cultural-exemption').map((l) => [l.left?.articleNumber, l.right?.articleNumber])).toContainEqual(['28.4', '31.4']);
    expect(of('same', 'ecommerce').length).toBe(c.clauses.filter((l) => l.category === 'ecommerce').length);

    expect(of('left-only', 'cultural-cooperation').map((l) => l.left?.articleNumber)).toEqual(['21.3']);
    expect(of('right-only', 'convention-reference').map((l) => l.right?.articleNumber)).toEqual(['31.6']);
    expect(c.clauses.filter((l) => l.outcome === 'same').every((l) => l.similarity === 1)).toBe(true);

    // A template reused with a few edits.
    expect(c.shared.nearIdentical).toBeGreaterThanOrEqual(c.shared.leftClauses - 2);
    expect(c.shared.share).toBeGreaterThan(0.8);
    for (const row of c.checklist) expect(row.changed).toBe(row.left !== row.right);
    expect(c.checklist.find((r) => r.item === 'og-19.5')).toMatchObject({ left: 'partial', changed: true });
  });

  it('names, for each checklist status that differs, the clauses each side\'s status rests on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-compare-'));
    const draft = nextDraft(dir);
    const restsOn = async (file: string, item: string) => {
      const brief = JSON.parse((await runCli(PACKAGE_ROOT, ['report', file, '--format', 'json'])).out) as BriefJson;
      const entry = brief.checklist.find((i) => i.item === item)!;
      const place = new Map([...brief.findings, ...brief.signals].map((f) => [f.fingerprint, f.location.articleNumber]));
      return [...new Set([...entry.findings, ...entry.signals].map((fingerprint) => place.get(fingerprint)))];
    };
    const c = JSON.parse((await runCli(PACKAGE_ROOT, ['compare', AGREEMENT, draft, '--format', 'json'])).out) as ComparisonJson;
    const changed = c.checklist.filter((row) => row.changed);
    expect(changed.map((row) => row.item)).toContain('og-19.5');
    for (const row of changed) {
      expect(row.leftRestsOn, row.item).toEqual(await restsOn(AGREEMENT, row.item));
      expect(row.rightRestsOn, row.item).toEqual(await restsOn(draft, row.item));
    }
    // The Markdown says it under the table, place by place, for the changed items only.
    const markdown = (await runCli(PACKAGE_ROOT, ['compare', AGREEMENT, draft])).out;
    const rightOf195 = changed.find((row) => row.item === 'og-19.5')!.rightRestsOn;
    expect(rightOf195).toContain('31.6');
    expect(markdown).toMatch(new RegExp(`^- Para\\. 19\\.5 [^\\n]*: left \\*\\*Partial\\*\\* \\([^)]*\\); right \\*\\*Present\\*\\* \\([^)]*Article 31\\.6[^)]*\\)$`, 'm'));
    expect(markdown.match(/^- (Art|Para)\. [\d.]+ .*: left \*\*/gm)).toHaveLength(changed.length);
  });

  it('prints the changes in Markdown: struck-through words removed, bold words added', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-compare-'));
    const { code, out } = await runCli(PACKAGE_ROOT, ['compare', AGREEMENT, nextDraft(dir), '--category', 'cultural-exemption,cultural-cooperation']);
    expect(code).toBe(0);
    expect(out).toMatch(/^# Comparison: /);
    expect(out).toMatch(/\*\*Reworded\*\* \(\d+% of the wording shared\) — left Article 28\.3 .*; right Article 31\.3/);
    expect(out).toMatch(/~~[^~]*including supply by electronic means\.~~ \*\*[^*]*Annex II\.\*\*/);
    expect(out).toMatch(/\*\*Only in the left agreement\*\* — Article 21\.3/);
    expect(out).not.toMatch(/### ecommerce|### convention-reference/);
  });

  it('says which file it cannot read, and what it expects, in one line with exit code 2', async () => {
    const missing = await runCli(PACKAGE_ROOT, ['compare', AGREEMENT, 'corpus/no-such-draft.md']);
    expect(missing.code).toBe(2);
    expect(missing.out).toBe('');
    expect(missing.err).toMatch(/^culturescan: corpus\/no-such-draft\.md: .+\n$/);
    const one = await runCli(PACKAGE_ROOT, ['compare', AGREEMENT]);
    expect(one.code).toBe(2);
    expect(one.err).toMatch(/^culturescan: compare: expected two files, LEFT and RIGHT, got 1/);
    // Three agreements: compare pairs two; the overview sets any number side by side.
    const three = await runCli(PACKAGE_ROOT, ['compare', AGREEMENT, 'corpus/merovia-ostrelia-epa.txt', 'corpus/aurelia-borealis-epa.txt']);
    expect(three.code).toBe(2);
    expect(three.err).toMatch(/^culturescan: compare: expected two files, LEFT and RIGHT, got 3; to set three or more side by side, one row each with its checklist and verdict: culturescan overview FILE\.\.\. --out overview\.csv \(or \.html\)/);
  });
});

const present = existsSync(SHARED_TOTA);
if (!present) console.log(`compare tests on real agreements skipped: ${SHARED_TOTA} is absent`);

describe.skipIf(!present)('culturescan compare on real agreements', () => {
  const compare = async (a: string, b: string) => {
    const { code, out } = await runCli(PACKAGE_ROOT, ['compare', join(SHARED_TOTA, `${a}.xml`), join(SHARED_TOTA, `${b}.xml`), '--format', 'json']);
    expect(code).toBe(0);
    return JSON.parse(out) as ComparisonJson;
  };

  it('finds the common template of two Europe Agreements of the early 1990s, and none with a Canadian agreement', async () => {
    // EC–Poland and EC–Slovak Republic: the same association template, country names changed.
    const europe = await compare('pta_228', 'pta_233');
    expect(europe.shared.share).toBeGreaterThanOrEqual(0.5);
    expect(europe.clauses.some((l) => l.outcome === 'reworded' && l.diff?.some((r) => r.op === 'removed' && /Poland/.test(r.text)))).toBe(true);
    // EC–Poland and Canada–Jordan: different traditions, no clause in common.
    const apart = await compare('pta_228', 'pta_352');
    expect(apart.shared.nearIdentical).toBe(0);
    expect(apart.clauses.every((l) => l.outcome === 'left-only' || l.outcome === 'right-only')).toBe(true);
  });
});
