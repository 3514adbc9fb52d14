import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { CSV_COLUMNS } from '../../src/report/scan/csv.js';
import { CONVENTION_TEXT, GOOD_TEXT, tempTree } from './scan-fixtures.js';

let root: string;

beforeAll(() => {
  root = tempTree({
    'drafts/good.txt': GOOD_TEXT,
    'gated/convention.txt': CONVENTION_TEXT,
    // Bytes that claim to be a PDF and are not one.
    'drafts/broken.pdf': Buffer.from('this is not a PDF at all\n'),
    'empty/notes.csv': 'x',
    'only-broken/bad.pdf': Buffer.from([0, 1, 2, 3]),
  });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const scan = (...argv: string[]) => runCli(root, ['scan', ...argv]);

const jsonlDocs = (out: string) => out.trimEnd().split('\n').map((line) => JSON.parse(line));

describe('culturescan scan', () => {
  it('scans the good file, names the broken one, and exits 0', async () => {
    const { code, out, err } = await scan('--format', 'jsonl', 'drafts');
    expect(code).toBe(0);
    const docs = jsonlDocs(out);
    expect(docs.map((d) => d.source)).toEqual(['drafts/broken.pdf', 'drafts/good.txt']);
    expect(docs[0]).toMatchObject({ documentId: 'broken', title: null, findings: [] });
    expect(docs[0].errors).toHaveLength(1);
    expect(docs[1]).toMatchObject({ documentId: 'good', errors: [] });
    expect(typeof docs[1].title).toBe('string');
    expect(Array.isArray(docs[1].findings)).toBe(true);
    const errLines = err.trimEnd().split('\n');
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toMatch(/^culturescan: drafts\/broken\.pdf: \S/);
  });

  it('gives every finding a category, location and excerpt', async () => {
    const { out } = await scan('--format', 'json', 'drafts/good.txt');
    const { documents, summary } = JSON.parse(out);
    expect(summary).toMatchObject({ documents: 1, scanned: 1, unreadable: 0 });
    for (const f of documents[0].findings) {
      expect(typeof f.category).toBe('string');
      expect(typeof f.location.articleNumber).toBe('string');
      expect(Array.isArray(f.location.path)).toBe(true);
      expect(typeof f.excerpt).toBe('string');
    }
    expect(summary.findings).toBe(documents[0].findings.length);
  });

  it('keeps only the asked categories', async () => {
    const { code, out } = await scan('--format', 'jsonl', '--category', 'ecommerce,policy-space', 'drafts/good.txt');
    expect(code).toBe(0);
    for (const f of jsonlDocs(out)[0].findings) expect(['ecommerce', 'policy-space']).toContain(f.category);
  });

  it('writes csv with the agreed header to --out, not stdout', async () => {
    const { code, out } = await scan('--format', 'csv', '--out', 'report.csv', 'drafts/good.txt');
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(readFileSync(join(root, 'report.csv'), 'utf8').split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('prints a readable summary by default', async () => {
    const { code, out } = await scan('drafts/good.txt');
    expect(code).toBe(0);
    expect(out).toContain('drafts/good.txt');
    expect(out.trimEnd().split('\n').at(-1)).toMatch(/^1 agreement\(s\) scanned, \d+ finding\(s\)/);
  });

  it('expands glob patterns', async () => {
    const { out } = await scan('--format', 'jsonl', '**/*.txt');
    expect(jsonlDocs(out).map((d) => d.source)).toEqual(['drafts/good.txt', 'gated/convention.txt']);
  });

  it('--fail-on exits 1 and names each document and gate that fails', async () => {
    const { code, out, err } = await scan('--format', 'jsonl', '--fail-on', 'no-convention-reference', 'drafts', 'gated');
    expect(code).toBe(1);
    expect(jsonlDocs(out)).toHaveLength(3);
    expect(err).toContain('culturescan: drafts/good.txt: fails gate no-convention-reference\n');
    expect(err).not.toContain('gated/convention.txt: fails');
  });

  it('--fail-on looks at every finding, whatever --category keeps', async () => {
    const { code } = await scan('--category', 'ecommerce', '--fail-on', 'no-convention-reference', 'gated');
    expect(code).toBe(0);
  });

  it('exits 2 when nothing can be scanned', async () => {
    const none = await scan('empty');
    expect(none.code).toBe(2);
    expect(none.err).toContain('culturescan: empty: no supported files in this folder: it holds notes.csv (culturescan reads .pdf');
    const missing = await scan('nowhere.txt');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('culturescan: nowhere.txt: no such file or directory');
    const broken = await scan('--format', 'jsonl', 'only-broken');
    expect(broken.code).toBe(2);
    expect(jsonlDocs(broken.out)[0].errors).toHaveLength(1);
  });

  it('exits 2 on bad arguments, with one line', async () => {
    for (const argv of [
      ['--format', 'yaml', 'drafts'],
      ['--category', 'culture', 'drafts'],
      ['--fail-on', 'no-such-gate', 'drafts'],
      ['--no-such-option', 'drafts'],
    ]) {
      const { code, err, out } = await scan(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err.trimEnd().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(err).toMatch(/^culturescan: /);
    }
  });

  it('exits 2 when a --rules folder holds a broken rule, naming the file', async () => {
    const rules = tempTree({ 'cultural-exemption/broken-rule.yaml': 'id: broken-rule\ncategory: [not, a, category]\n' });
    try {
      const { code, err } = await scan('--rules', rules, 'drafts/good.txt');
      expect(code).toBe(2);
      expect(err).toContain('broken-rule.yaml');
    } finally {
      rmSync(rules, { recursive: true, force: true });
    }
  });
});
