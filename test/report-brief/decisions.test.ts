import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefJsonSchema, type BriefJson } from '../../src/assess/json-schema.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { formatDecisionFile, type DecisionFile } from '../../src/tui/decisions.js';
import { runCli } from '../support/cli.js';

const AGREEMENT = 'corpus/borealis-calderra-cepa.md';

async function brief(...args: string[]): Promise<BriefJson> {
  const { code, out, err } = await runCli(PACKAGE_ROOT, ['report', AGREEMENT, '--format', 'json', ...args]);
  expect(err).toBe('');
  expect(code).toBe(0);
  return BriefJsonSchema.parse(JSON.parse(out));
}

/** A decisions file as `culturescan review` writes it, for findings of a first brief. */
function decisionsFile(entries: ReadonlyArray<readonly [BriefJson['findings'][number], DecisionFile['decisions'][string]['decision'], string?]>): string {
  const file: DecisionFile = { version: 2, decisions: {} };
  for (const [f, decision, note] of entries) {
    file.decisions[f.fingerprint] = { decision, category: f.category, source: AGREEMENT, article: f.location.articleNumber, excerpt: f.excerpt, decidedAt: '2026-11-28T10:00:00.000Z', ...(note ? { note } : {}) };
  }
  const path = join(mkdtempSync(join(tmpdir(), 'culturescan-decisions-')), 'decisions.json');
  writeFileSync(path, formatDecisionFile(file));
  return path;
}

describe('report --decisions', () => {
  it('leaves dismissed findings out of the assessment, and keeps the others with their decision', async () => {
    const before = await brief();
    const exemptions = before.findings.filter((f) => f.category === 'cultural-exemption');
    const [cooperation] = before.findings.filter((f) => f.category === 'cultural-cooperation');
    expect(exemptions.length).toBeGreaterThan(0);
    expect(before.ecommerce.verdict).toBe('covered');
    // A reviewer who judged every cultural carve-out a false alarm: nothing then shields the e-commerce commitments.
    const path = decisionsFile([...exemptions.map((f) => [f, 'dismiss', 'not a carve-out'] as const), [cooperation!, 'discuss', 'ask about co-distribution']]);
    const after = await brief('--decisions', path);
    expect(after.findings.map((f) => f.fingerprint)).toEqual(before.findings.filter((f) => !exemptions.includes(f)).map((f) => f.fingerprint));
    expect(after.ecommerce.verdict).toBe('not-covered');
    expect(after.findings.find((f) => f.fingerprint === cooperation!.fingerprint)?.review).toEqual({ decision: 'discuss', note: 'ask about co-distribution' });
    expect(after.findings.filter((f) => f.review).length).toBe(1);
    expect(after.review).toMatchObject({ source: path, kept: 0, discuss: 1, dismissed: exemptions.map((f) => ({ fingerprint: f.fingerprint, note: 'not a carve-out' })) });
    // Every finding is reviewable (signals are not reviewed): all but the one to discuss are undecided.
    expect(after.review!.undecided).toBe(after.findings.length - 1);
  });

  it('says so in Markdown and HTML: the summary, each decision, what to discuss, what was dismissed', async () => {
    const before = await brief();
    // The exception for cultural industries is quoted under para. 19.4; the telecoms carve-out is dismissed.
    const exemption = before.findings.find((f) => f.category === 'cultural-exemption' && f.location.articleNumber === '12.1');
    const exception = before.findings.find((f) => f.category === 'cultural-exemption' && f.location.articleNumber === '28.3');
    const path = decisionsFile([[exemption!, 'dismiss', 'telecoms detail'], [exception!, 'discuss', 'ask about co-distribution']]);
    const markdown = await runCli(PACKAGE_ROOT, ['report', AGREEMENT, '--decisions', path]);
    expect(markdown.code).toBe(0);
    expect(markdown.out).toMatch(/^_Reviewed with .*decisions\.json: 0 finding\(s\) kept, 1 to discuss, 1 dismissed and left out of this assessment, \d+ not yet decided\._$/m);
    expect(markdown.out).toMatch(/^- Article 28\.3 .*” — \*\*to discuss\*\*: ask about co-distribution$/m);
    expect(markdown.out).toMatch(/## To discuss with the delegation\n\n- Article 28\.3 .*\(cultural-exemption\).* — ask about co-distribution/);
    expect(markdown.out).toMatch(/## Dismissed in review \(left out of the assessment\)\n\n- Article 12\.1 .*— telecoms detail/);
    const html = await runCli(PACKAGE_ROOT, ['report', AGREEMENT, '--decisions', path, '--format', 'html']);
    expect(html.out).toContain('<span class="decision discuss">to discuss</span> <em>ask about co-distribution</em>');
    expect(html.out).toMatch(/<h2>Dismissed in review \(left out of the assessment\)<\/h2>\n<ul class="chain"><li><strong>Article [^<]+<\/strong> \(cultural-exemption\)/);
  });

  it('names a decisions file that is missing or is not one, in one line, exit 2', async () => {
    const missing = await runCli(PACKAGE_ROOT, ['report', AGREEMENT, '--decisions', 'no-such-decisions.json']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('culturescan: no-such-decisions.json: no such decisions file\n');
    const path = join(mkdtempSync(join(tmpdir(), 'culturescan-decisions-')), 'notes.json');
    writeFileSync(path, JSON.stringify({ version: 2, decisions: { abc: { decision: 'maybe' } } }));
    const bad = await runCli(PACKAGE_ROOT, ['report', AGREEMENT, '--decisions', path]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^culturescan: .*notes\.json: is not a culturescan decisions file \(decisions\.abc\.decision: .+\)\n$/);
  });
});
