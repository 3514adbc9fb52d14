import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { CATEGORIES } from '../../src/model.js';
import { tempTree, totaXml } from './scan-fixtures.js';

const goldLines = [
  { treaty: 'pta_9001', article_id: '1', labels: ['cultural-exemption'] },
  { treaty: 'pta_9001', article_id: '2', labels: ['ecommerce'] },
  { treaty: 'pta_9001', article_id: '3', labels: [] },
  { treaty: 'pta_9002', article_id: '7', labels: ['ecommerce', 'cultural-cooperation'] },
  { treaty: 'pta_9003', article_id: '', labels: [] },
];

let root: string;
beforeAll(() => {
  root = tempTree({
    'gold.jsonl': goldLines.map((l) => JSON.stringify(l)).join('\n'),
    'garbled.jsonl': '{"treaty": "pta_9001", "article_id": "1", "labels": ["ecommerce"]}\n{"treaty": ',
    'tota/pta_9001.xml': totaXml('Northland - Southland', [
      { id: '1', number: 'ARTICLE 1', text: 'Nothing in this Agreement shall apply to measures with respect to cultural industries.' },
      { id: '2', number: 'ARTICLE 2', text: 'Neither Party shall impose customs duties on electronic transmissions.' },
      { id: '3', number: 'ARTICLE 3', text: 'The Parties shall publish their laws promptly.' },
    ]),
    'tota/pta_9003.xml': totaXml('Eastland - Westland', [{ id: '30', number: 'ARTICLE 1', text: 'The Parties establish a free trade area.' }]),
    'tota/pta_1234.xml': totaXml('Not in the gold file', [{ id: '40', number: 'ARTICLE 1', text: 'Plain text.' }]),
  });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const evalRun = (...argv: string[]) => runCli(root, ['eval', ...argv]);

function expectRatio(value: unknown) {
  if (value !== null) {
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1);
  }
}

describe('culturescan eval', () => {
  it('scores the gold agreements found, warns about the missing one, as JSON', async () => {
    const { code, out, err } = await evalRun('--gold', 'gold.jsonl', '--json', 'tota');
    expect(code).toBe(0);
    expect(err.trimEnd().split('\n')).toEqual(['culturescan: warning: gold agreement pta_9002 was not scanned; its labels count as missed']);
    const report = JSON.parse(out);
    expect(report.missing).toEqual(['pta_9002']);
    // Support comes from the gold file alone, whatever the rules find.
    expect(report.articles.perCategory['cultural-exemption'].support).toBe(1);
    expect(report.articles.perCategory.ecommerce.support).toBe(2);
    expect(report.articles.micro.support).toBe(4);
    expect(report.agreements.micro.support).toBe(4);
    for (const level of [report.articles, report.agreements]) {
      for (const c of CATEGORIES) for (const k of ['precision', 'recall', 'f1']) expectRatio(level.perCategory[c][k]);
    }
    // Labels of the unscanned agreement are all missed; nothing from pta_1234 is counted.
    const missed = report.falseNegatives.filter((c: { treaty: string }) => c.treaty === 'pta_9002');
    expect(missed.map((c: { category: string }) => c.category).sort()).toEqual(['cultural-cooperation', 'ecommerce']);
    expect(JSON.stringify(report.falsePositives)).not.toContain('pta_1234');
  });

  it('prints aligned tables and error lists as text', async () => {
    const { code, out } = await evalRun('--gold', 'gold.jsonl', 'tota');
    expect(code).toBe(0);
    expect(out).toMatch(/^Article level/);
    expect(out).toContain('Agreement level');
    expect(out).toMatch(/\n {2}micro\s/);
    expect(out).toMatch(/\nFalse negatives \(\d+\)\n {2}pta_9002 {2}7 {2}/);
  });

  it('fails with one line on a missing, garbled or absent gold file', async () => {
    const missing = await evalRun('--gold', 'nope.jsonl', 'tota');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('culturescan: nope.jsonl: no such file\n');
    const garbled = await evalRun('--gold', 'garbled.jsonl', 'tota');
    expect(garbled.code).toBe(2);
    expect(garbled.err).toBe('culturescan: garbled.jsonl: line 2: not a JSON object\n');
    const absent = await evalRun('tota');
    expect(absent.code).toBe(2);
    expect(absent.err).toMatch(/--gold/);
  });

  it('exits 2 when no gold agreement is among the paths', async () => {
    const { code, err } = await evalRun('--gold', 'gold.jsonl', 'tota/pta_1234.xml');
    expect(code).toBe(2);
    expect(err).toContain('none of the 3 gold agreements');
  });
});
