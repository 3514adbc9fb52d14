import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runCli } from '../support/cli.js';

/**
 * A negotiator decides on a draft, then the other side sends the next one with a carve-out deleted: the
 * decision on it answers to no finding any more, and the brief must say so rather than drop it silently.
 */
const CARVE_OUT = '3. This Article does not apply to broadcasting, or to any measure affecting the transmission of audiovisual programmes to the public on a scheduled basis, whatever the technology used.\n';

interface ScannedFinding {
  category: string;
  fingerprint: string;
  excerpt: string;
  location: { articleNumber: string };
}

async function decidedDrafts() {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-lapsed-'));
  const text = readFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-borealis-epa.txt'), 'utf8');
  expect(text).toContain(CARVE_OUT);
  writeFileSync(join(dir, 'draft-1.txt'), text);
  writeFileSync(join(dir, 'draft-2.txt'), text.replace(CARVE_OUT, ''));
  const scanned = await runCli(dir, ['scan', 'draft-1.txt', '--format', 'json']);
  const findings = (JSON.parse(scanned.out) as { documents: Array<{ findings: ScannedFinding[] }> }).documents[0]!.findings;
  const carveOut = findings.find((f) => f.category === 'cultural-exemption')!;
  const convention = findings.find((f) => f.category === 'convention-reference' && f.location.articleNumber !== 'preamble')!;
  const entry = (f: ScannedFinding, decision: string, note?: string) => ({ decision, category: f.category, source: 'draft-1.txt', article: f.location.articleNumber, excerpt: f.excerpt, decidedAt: '2026-01-05T10:00:00.000Z', ...(note ? { note } : {}) });
  const decisions = { version: 2, decisions: { [carveOut.fingerprint]: entry(carveOut, 'discuss', 'Keep broadcasting out'), [convention.fingerprint]: entry(convention, 'keep') } };
  writeFileSync(join(dir, 'decisions.json'), JSON.stringify(decisions));
  return { dir, carveOut, convention };
}

describe('report --decisions on a draft where a decided clause is gone', () => {
  it('lists the decision that no longer applies, in Markdown, HTML and JSON', async () => {
    const { dir, carveOut } = await decidedDrafts();
    const article = carveOut.location.articleNumber;

    const markdown = await runCli(dir, ['report', 'draft-2.txt', '--decisions', 'decisions.json']);
    expect(markdown.code).toBe(0);
    const section = markdown.out.split('## Decisions that no longer apply')[1];
    expect(section, markdown.out.slice(-1500)).toBeDefined();
    const lines = section!.split('\n## ')[0]!.split('\n').filter((line) => line.startsWith('- '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Article ${article} (cultural-exemption)`);
    expect(lines[0]).toContain('**to discuss** (Keep broadcasting out)');
    expect(lines[0]).toContain('does not apply to broadcasting');
    expect(markdown.out).toMatch(/1 earlier decision\(s\) no longer apply/);

    const html = await runCli(dir, ['report', 'draft-2.txt', '--decisions', 'decisions.json', '--format', 'html']);
    expect(html.out).toMatch(new RegExp(`<h2>Decisions that no longer apply[^<]*</h2>\\s*<ul class="chain"><li><strong>Article ${article.replace('.', '\\.')}</strong> \\(cultural-exemption\\)`));

    const json = JSON.parse((await runCli(dir, ['report', 'draft-2.txt', '--decisions', 'decisions.json', '--format', 'json'])).out) as { review: { lapsed: unknown[] } };
    expect(json.review.lapsed).toEqual([{ category: 'cultural-exemption', articleNumber: article, decision: 'discuss', note: 'Keep broadcasting out', excerpt: carveOut.excerpt, source: 'draft-1.txt' }]);
  });

  it('lists none on the draft decided, nor on one where the clause is only reworded', async () => {
    const { dir } = await decidedDrafts();
    const same = await runCli(dir, ['report', 'draft-1.txt', '--decisions', 'decisions.json']);
    expect(same.out).not.toContain('no longer apply');
    writeFileSync(join(dir, 'draft-3.txt'), readFileSync(join(dir, 'draft-1.txt'), 'utf8').replace(CARVE_OUT, CARVE_OUT.replace('to broadcasting', 'to broadcasting services')));
    const reworded = await runCli(dir, ['report', 'draft-3.txt', '--decisions', 'decisions.json']);
    expect(reworded.out).not.toContain('no longer apply');
    expect(reworded.out).toContain('## Decisions to make again');
    const json = JSON.parse((await runCli(dir, ['report', 'draft-1.txt', '--decisions', 'decisions.json', '--format', 'json'])).out) as { review: { lapsed: unknown[] } };
    expect(json.review.lapsed).toEqual([]);
  });
});
