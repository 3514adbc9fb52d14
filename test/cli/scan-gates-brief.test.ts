import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATE_NAMES } from '../../src/assess/gates.js';
import { PACKAGE_ROOT, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { runCli } from '../support/cli.js';
import { tempTree } from './scan-fixtures.js';

const TEXTS = join(PACKAGE_ROOT, '..', 'shared', 'texts');
const hasTexts = existsSync(TEXTS);
if (!hasTexts) console.warn(`skipping the real-agreement half of the gate/brief test: ${TEXTS} is absent`);

interface Brief {
  checklist: Array<{ item: string; status: string }>;
  findings: Array<{ fingerprint: string; category: string; location: { articleNumber: string }; excerpt: string }>;
}

/** The brief's reading of each gate, as README documents it: the item it shows missing. */
const BRIEF_SAYS_MISSING: Record<string, (brief: Brief) => boolean> = {
  'no-cultural-exemption': (b) => !b.findings.some((f) => f.category === 'cultural-exemption'),
  'ecommerce-not-covered': (b) => ['absent', 'partial'].includes(status(b, 'og-19.4')),
  'no-convention-reference': (b) => !b.findings.some((f) => f.category === 'convention-reference'),
  'no-policy-space': (b) => !b.findings.some((f) => f.category === 'policy-space'),
  'no-preferential-treatment': (b) => status(b, 'art-16') === 'absent',
};

function status(brief: Brief, item: string): string {
  const found = brief.checklist.find((c) => c.item === item);
  if (!found) throw new Error(`the brief has no checklist item ${item}`);
  return found.status;
}

const documents = [
  ...readdirSync(SAMPLE_CORPUS_DIR).filter((f) => !/^readme/i.test(f)).map((f) => join(SAMPLE_CORPUS_DIR, f)),
  // Every fourth real agreement: traditions from several regions and decades, at a test's cost.
  ...(hasTexts ? readdirSync(TEXTS).filter((f) => f.endsWith('.txt') && !/^readme/i.test(f)).sort().filter((_, i) => i % 4 === 0).map((f) => join(TEXTS, f)) : []),
];

let root: string;
beforeAll(() => {
  root = tempTree({ 'keep.txt': 'x' });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Which gates each document fails according to scan: read from its one-line stderr reports. */
async function scanFailures(extra: string[], files: string[]): Promise<Map<string, Set<string>>> {
  const { code, err } = await runCli(root, ['scan', '--format', 'jsonl', '--fail-on', GATE_NAMES.join(','), ...extra, ...files]);
  expect(code).toBeLessThan(2);
  const failures = new Map<string, Set<string>>(files.map((f) => [f, new Set()]));
  for (const match of err.matchAll(/^culturescan: (.+): fails gate (\S+)$/gm)) failures.get(match[1]!)?.add(match[2]!);
  return failures;
}

async function brief(file: string, extra: string[] = []): Promise<Brief> {
  const { code, out } = await runCli(root, ['report', file, '--format', 'json', ...extra]);
  expect(code).toBe(0);
  return JSON.parse(out) as Brief;
}

describe('each --fail-on gate agrees with the brief on the same item', () => {
  it('documents every gate the test checks', () => {
    expect(Object.keys(BRIEF_SAYS_MISSING).sort()).toEqual([...GATE_NAMES].sort());
  });

  it(`on ${documents.length} agreements, a gate fails exactly when the brief shows its item missing`, async () => {
    const failures = await scanFailures([], documents);
    const disagreements: string[] = [];
    const seen = new Map<string, number>();
    for (const file of documents) {
      const b = await brief(file);
      for (const gate of GATE_NAMES) {
        const briefMissing = BRIEF_SAYS_MISSING[gate]!(b);
        if (briefMissing) seen.set(gate, (seen.get(gate) ?? 0) + 1);
        if (briefMissing !== failures.get(file)!.has(gate)) disagreements.push(`${file}: ${gate}: brief ${briefMissing}, scan ${!briefMissing}`);
      }
    }
    expect(disagreements).toEqual([]);
    // The corpus exercises both outcomes of most gates, so agreement is not agreement on "always passes".
    const bothWays = GATE_NAMES.filter((g) => (seen.get(g) ?? 0) > 0 && (seen.get(g) ?? 0) < documents.length);
    expect(bothWays.length).toBeGreaterThanOrEqual(3);
  }, 300_000);

  it('with --decisions, a dismissed carve-out leaves both the gate and the brief', async () => {
    const file = join(SAMPLE_CORPUS_DIR, 'aurelia-borealis-epa.txt');
    const before = await brief(file);
    const carveOuts = before.findings.filter((f) => f.category === 'cultural-exemption');
    expect(carveOuts.length).toBeGreaterThan(0);
    const decisions = Object.fromEntries(
      carveOuts.map((f) => [f.fingerprint, { decision: 'dismiss', category: f.category, source: file, article: f.location.articleNumber, excerpt: f.excerpt, decidedAt: '2026-01-01T00:00:00.000Z' }]),
    );
    const decisionsFile = join(root, 'decisions.json');
    writeFileSync(decisionsFile, JSON.stringify({ version: 1, decisions }));
    expect((await scanFailures([], [file])).get(file)!.has('no-cultural-exemption')).toBe(false);
    const reviewed = await scanFailures(['--decisions', decisionsFile], [file]);
    const after = await brief(file, ['--decisions', decisionsFile]);
    expect(reviewed.get(file)!.has('no-cultural-exemption')).toBe(true);
    for (const gate of GATE_NAMES) expect(reviewed.get(file)!.has(gate), gate).toBe(BRIEF_SAYS_MISSING[gate]!(after));
    const { out } = await runCli(root, ['scan', '--format', 'jsonl', '--decisions', decisionsFile, file]);
    const printed = (JSON.parse(out) as { findings: Array<{ fingerprint: string }> }).findings.map((f) => f.fingerprint);
    for (const f of carveOuts) expect(printed).not.toContain(f.fingerprint);
  }, 120_000);

  it('a decisions file that does not exist is an argument error', async () => {
    const { code, err } = await runCli(root, ['scan', '--decisions', 'missing.json', join(SAMPLE_CORPUS_DIR, 'aurelia-borealis-epa.txt')]);
    expect(code).toBe(2);
    expect(err).toBe('culturescan: missing.json: no such decisions file\n');
  });
});
