import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { readAgreement, readAgreementBytes } from '../../src/ingest/index.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');

/** Reading must fail with a UserError naming the file, whose message matches `pattern`. */
async function expectUserError(path: string, pattern: RegExp) {
  const error = await readAgreement(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `${path} should be refused`).toBeInstanceOf(UserError);
  expect((error as UserError).file).toBe(path);
  expect((error as UserError).message).toMatch(pattern);
  expect((error as UserError).toLine()).not.toContain('\n');
}

describe('bad input gives one clear UserError', () => {
  const cases: [string, RegExp][] = [
    ['empty.txt', /^is empty \(0 bytes\)$/],
    ['not-a-pdf.pdf', /^is not a PDF \(it starts with 'This is not a PDF/],
    ['encrypted.pdf', /^is encrypted \(password-protected\)/],
    ['truncated.pdf', /^is cut short \(it ends without the %%EOF marker that ends a PDF\), before the part that lists its pages: no page can be read/],
    ['scanned.pdf', /^has no text layer .*OCR/],
    ['malformed.xml', /^is not well-formed XML \(line 7, column \d+: .*article/],
    ['notes.xyz', /^unsupported file type '\.xyz'; culturescan reads .*\.pdf.*\.docx/],
    ['no-such-file.txt', /^no such file$/],
  ];
  it.each(cases)('%s', async (name, pattern) => {
    await expectUserError(join(FIXTURES, name), pattern);
  });

  it('a directory', async () => {
    await expectUserError(FIXTURES, /^is a directory, not a file$/);
  });

  it('a file of blanks only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-ingest-'));
    const path = join(dir, 'blank.md');
    writeFileSync(path, ' \n\t\n  \n');
    await expectUserError(path, /^contains no text$/);
  });

  it('binary junk named .txt', async () => {
    await expect(readAgreementBytes(new Uint8Array([0x41, 0x00, 0xff, 0x13]), 'junk.txt')).rejects.toThrow(/is not a text file/);
  });

  it('a PDF renamed to .docx is read as the PDF it is, and its faults named as a PDF\'s', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%junk');
    await expect(readAgreementBytes(pdf, 'draft.docx')).rejects.toThrow(/^is cut short \(it ends without the %%EOF marker that ends a PDF\)/);
  });

  it('a Word file cut short (its zip directory lost) is read from the parts whole before the cut, with warnings', async () => {
    const document = await readAgreement(join(FIXTURES, 'corrupt.docx'));
    expect(document.outline.length).toBeGreaterThan(0);
    expect(document.warnings?.[0]).toMatch(/^is cut short \(no zip directory at its end\): read from the parts whole before the cut/);
  });

  it('an XHTML page saved as .xml is read as the page it is, with a warning', async () => {
    const xml = new TextEncoder().encode('<?xml version="1.0"?><html><body>x</body></html>');
    const page = await readAgreementBytes(xml, 'page.xml');
    expect(page.format).toBe('html');
    expect(page.warnings).toEqual([expect.stringMatching(/holds an HTML page, not what its ending '\.xml' says/)]);
  });

  it('XML that is not a ToTA treaty', async () => {
    const other = new TextEncoder().encode('<?xml version="1.0"?><agreement><p>x</p></agreement>');
    await expect(readAgreementBytes(other, 'other.xml')).rejects.toThrow(/is not a ToTA XML agreement/);
  });
});
