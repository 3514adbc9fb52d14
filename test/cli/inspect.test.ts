import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');

const run = (...argv: string[]) => runCli(FIXTURES, argv);

describe('culturescan inspect', () => {
  it('prints a header line and the ToTA outline as an indented tree', async () => {
    const { code, out, err } = await run('inspect', 'tota-mini.xml');
    expect([code, err]).toEqual([0, '']);
    expect(out.split('\n')).toEqual([
      'Aldoria - Beluna (tota-xml, en)',
      '  preamble  Preamble  [id 1]',
      '    article  [id 1]',
      '  chapter 1  Initial Provisions  [id 2]',
      '    article 1.1  Objectives  [id 2]',
      '    article 1.2  Definitions & Terms  [id 3]',
      '  chapter 2  Electronic Commerce  [id 3]',
      '    article 2.1  Scope  [id 4]',
      '    article  [id 5]',
      '',
    ]);
  });

  it('shows the page count and pages of a PDF', async () => {
    const { code, out } = await run('inspect', 'agreement.pdf');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('AGREEMENT ON TRADE IN SERVICES BETWEEN THE REPUBLIC OF ALDORIA AND THE FEDERATION OF BELUNA (pdf, en, 3 pages)');
    expect(out).toMatch(/\(p\. 3\)/); // pages stamped by the outline stage, from the page spans ingest gives it
  });

  it('--json prints the document facts and the outline nodes', async () => {
    const { code, out } = await run('inspect', 'tota-mini.xml', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['documentId', 'source', 'format', 'language', 'title', 'meta', 'outline']);
    expect(json).toMatchObject({ documentId: 'tota-mini', format: 'tota-xml', language: 'en', title: 'Aldoria - Beluna' });
    expect(json.meta.parties).toEqual(['ALD', 'BEL']);
    expect(json.outline[1].children[0]).toMatchObject({ kind: 'article', number: '1.1', externalId: '2' });
  });

  it.each([
    ['encrypted.pdf', 'is encrypted'],
    ['truncated.pdf', 'is cut short (it ends without the %%EOF marker that ends a PDF)'],
    ['scanned.pdf', 'has no text layer'],
    ['not-a-pdf.pdf', 'is not a PDF'],
    ['malformed.xml', 'is not well-formed XML'],
    ['empty.txt', 'is empty'],
    ['notes.xyz', "unsupported file type '.xyz'"],
    ['missing.pdf', 'no such file'],
    ['.', 'is a directory'],
  ])('%s: one line on stderr, exit 2', async (file, problem) => {
    const { code, out, err } = await run('inspect', file);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.endsWith('\n')).toBe(true);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toMatch(new RegExp(`^culturescan: ${file.replace('.', '\\.')}: ${problem.replace(/[.()]/g, '\\$&')}`));
  });

  it('needs exactly one file', async () => {
    const { code, err } = await run('inspect');
    expect(code).toBe(2);
    expect(err).toMatch(/^culturescan: inspect: give exactly one FILE/);
  });
});
