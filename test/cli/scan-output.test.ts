import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { CSV_COLUMNS } from '../../src/report/scan/csv.js';
import { runCli } from '../support/cli.js';
import { parseCsv } from '../support/csv-parse.js';
import { GOOD_TEXT, tempTree } from './scan-fixtures.js';

const SAMPLES = ['aurelia-borealis-epa.txt', 'borealis-calderra-cepa.md', 'calderra-estavia-fta.html'].map((name) => join(SAMPLE_CORPUS_DIR, name));

let root: string;
beforeAll(() => {
  root = tempTree({ 'drafts/good.txt': GOOD_TEXT });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (...argv: string[]) => runCli(root, argv);

interface JsonFinding {
  fingerprint: string;
  legalForce?: string;
  category: string;
  location: { articleNumber: string; articleTitle?: string; path: string[] };
}

describe('scan output carries legal force, article title and fingerprint', () => {
  it('each finding has the legal force the brief gives it, with or without worker threads', async () => {
    const briefs = new Map<string, Map<string, string | undefined>>();
    for (const sample of SAMPLES) {
      const brief = JSON.parse((await run('report', sample, '--format', 'json')).out) as { findings: JsonFinding[] };
      briefs.set(sample, new Map(brief.findings.map((f) => [f.fingerprint, f.legalForce])));
    }
    for (const jobs of ['1', '2']) {
      const { code, out } = await run('scan', '--format', 'jsonl', '--jobs', jobs, ...SAMPLES);
      expect(code).toBe(0);
      const docs = out.trimEnd().split('\n').map((line) => JSON.parse(line) as { source: string; findings: JsonFinding[] });
      expect(docs).toHaveLength(SAMPLES.length);
      for (const doc of docs) {
        const forceInBrief = briefs.get(doc.source)!;
        const cultural = doc.findings.filter((f) => forceInBrief.has(f.fingerprint));
        expect(cultural.length, doc.source).toBeGreaterThan(0);
        for (const f of doc.findings) expect(f.legalForce, `${doc.source} ${f.fingerprint}`).toMatch(/^(binding|best-endeavour|recital|exception)$/);
        for (const f of cultural) expect(f.legalForce, `${doc.source} ${f.fingerprint}`).toBe(forceInBrief.get(f.fingerprint));
      }
    }
  }, 240_000);

  it('json names the article title, read from the heading without its number', async () => {
    const { out } = await run('scan', '--format', 'json', 'drafts/good.txt');
    const findings = (JSON.parse(out) as { documents: Array<{ findings: JsonFinding[] }> }).documents[0]!.findings;
    const exemption = findings.find((f) => f.category === 'cultural-exemption');
    expect(exemption?.location).toMatchObject({ articleNumber: '1.2', articleTitle: 'Cultural industries' });
    // An exclusion put as a rule of construction ("shall be construed to apply to") binds; "construed to prevent" would be an exception.
    expect(exemption?.legalForce).toBe('binding');
    expect(findings.find((f) => f.category === 'ecommerce')?.location.articleTitle).toBe('Customs duties');
  });

  it('csv has legalForce, articleTitle and fingerprint columns, filled for every row', async () => {
    const { out } = await run('scan', '--format', 'csv', 'drafts/good.txt');
    const [header, ...rows] = parseCsv(out);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(header).toEqual(expect.arrayContaining(['legalForce', 'articleTitle', 'fingerprint']));
    const column = (name: string) => header!.indexOf(name);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      expect(row[column('fingerprint')]).toMatch(/^[0-9a-f]{12}$/);
      expect(row[column('legalForce')]).toMatch(/^(binding|best-endeavour|recital|exception)$/);
    }
    const exemption = rows.find((r) => r[column('category')] === 'cultural-exemption')!;
    expect(exemption[column('articleTitle')]).toBe('Cultural industries');
  });
});

describe('--out infers the format from its ending when --format is absent', () => {
  const cases: Array<[string, (text: string) => void]> = [
    ['found.csv', (text) => expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','))],
    ['found.json', (text) => expect(JSON.parse(text)).toHaveProperty('summary')],
    ['found.jsonl', (text) => expect(JSON.parse(text.trimEnd().split('\n')[0]!)).toHaveProperty('documentId', 'good')],
    ['found.md', (text) => expect(text).toMatch(/^#/m)],
    ['found.txt', (text) => expect(() => JSON.parse(text)).toThrow()],
  ];
  for (const [file, check] of cases) {
    it(file, async () => {
      const { code, out } = await run('scan', '--out', file, 'drafts/good.txt');
      expect(code).toBe(0);
      expect(out).toBe('');
      check(readFileSync(join(root, file), 'utf8'));
    });
  }

  it('an explicit --format wins over the ending', async () => {
    await run('scan', '--format', 'jsonl', '--out', 'really-jsonl.csv', 'drafts/good.txt');
    expect(JSON.parse(readFileSync(join(root, 'really-jsonl.csv'), 'utf8').trimEnd())).toHaveProperty('documentId', 'good');
  });
});
