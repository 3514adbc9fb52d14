import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { BIN } from '../support/built.js';
import { hasSoffice } from '../support/render-formats.js';
import { runMeasured, scratchFolder } from './inputs-run.js';

/**
 * Drafts saved in a format culturescan does not read — Word 97–2003 (.doc), OpenDocument (.odt), Rich
 * Text (.rtf) — made here by LibreOffice from the hand-written test agreement, then given the name a
 * negotiator gives them (a .doc renamed .docx) or piped in. Each is named for what it is, with the way
 * to convert it, in one line; it is never read as text, and the good file beside it is still scanned.
 */

const dir = scratchFolder('foreign');
const soffice = hasSoffice();
if (!soffice) console.warn('foreign formats skipped: LibreOffice (soffice) is not installed');
const GOOD = 'good.txt';
const FODT = join(PACKAGE_ROOT, 'test', 'fixtures', 'ingest', 'agreement.fodt');

beforeAll(() => {
  copyFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-borealis-epa.txt'), join(dir, GOOD));
  if (!soffice) return;
  for (const format of ['doc', 'odt', 'rtf']) {
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', format, '--outdir', dir, FODT], { stdio: 'ignore', timeout: 300_000 });
  }
  copyFileSync(join(dir, 'agreement.doc'), join(dir, 'renamed doc.docx'));
  copyFileSync(join(dir, 'agreement.odt'), join(dir, 'renamed odt.docx'));
  copyFileSync(join(dir, 'agreement.rtf'), join(dir, 'rich text.txt'));
}, 600_000);

const expected: ReadonlyArray<[file: string, problem: RegExp]> = [
  ['agreement.doc', /is a Word 97–2003 document \(\.doc\).*save it as \.docx/],
  ['renamed doc.docx', /is a Word 97–2003 document \(\.doc\).*save it as \.docx/],
  ['agreement.odt', /is an OpenDocument text \(\.odt\).*save it as \.docx/],
  ['renamed odt.docx', /is an OpenDocument text \(\.odt\).*save it as \.docx/],
  ['agreement.rtf', /is a Rich Text Format \(RTF\) document.*save it as \.docx/],
  ['rich text.txt', /is a Rich Text Format \(RTF\) document.*save it as \.docx/],
];

describe.skipIf(!soffice)('a draft in a format culturescan does not read (made with LibreOffice; skipped without it)', () => {
  it.each([['1'], ['2']])('is named for what it is in one line, the good file beside it scanned (--jobs %s)', (jobs) => {
    const run = runMeasured(dir, ['scan', '--format', 'jsonl', '--jobs', jobs, GOOD, ...expected.map(([file]) => file)]);
    expect(run.code).toBe(0);
    expect(run.out.trim().split('\n').map((line) => JSON.parse(line).source as string).filter((source) => source === GOOD)).toHaveLength(1);
    for (const [file, problem] of expected) {
      const lines = run.lines.filter((line) => line.startsWith(`culturescan: ${file}: `));
      expect(lines, file).toHaveLength(1);
      expect(lines[0], file).toMatch(problem);
    }
    expect(run.err).not.toMatch(/\n\s+at /);
  });

  it('in a folder, is named too, never skipped in silence; a folder of such drafts only is not called empty', () => {
    const folder = join(dir, 'drafts');
    mkdirSync(folder, { recursive: true });
    for (const format of ['doc', 'odt', 'rtf']) copyFileSync(join(dir, `agreement.${format}`), join(folder, `agreement.${format}`));
    const only = runMeasured(dir, ['scan', '--format', 'jsonl', 'drafts']);
    expect(only.code).toBe(2);
    for (const [file, problem] of expected.filter(([name]) => name.startsWith('agreement.'))) {
      expect(only.lines.filter((line) => line.startsWith(`culturescan: drafts/${file}: `)), file).toEqual([expect.stringMatching(problem)]);
    }
    expect(only.err).not.toContain('no supported files');
    // Beside an agreement culturescan reads, the batch goes on, and the draft it cannot read is still named.
    copyFileSync(join(dir, GOOD), join(folder, GOOD));
    const mixed = runMeasured(dir, ['scan', '--format', 'jsonl', 'drafts']);
    expect(mixed.code).toBe(0);
    const scanned = mixed.out.trim().split('\n').map((line) => JSON.parse(line) as { source: string; errors?: string[] });
    expect(scanned.filter((document) => !document.errors?.length).map((document) => document.source)).toEqual([`drafts/${GOOD}`]);
    expect(mixed.lines.filter((line) => line.startsWith('culturescan: drafts/agreement.doc: '))).toEqual([expect.stringMatching(/Word 97–2003/)]);
  });

  it.each(expected.filter(([file]) => file.startsWith('agreement.')))('%s piped to stdin is refused as what it is, never read as text (exit 2)', (file, problem) => {
    const result = spawnSync(process.execPath, [BIN, 'scan', '-', '--format', 'jsonl', '--no-cache'], { input: readFileSync(join(dir, file)), encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).not.toContain('"findings":[{');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(problem)]);
  });
});

describe('a password-protected Word file (an OLE container holding an EncryptedPackage stream)', () => {
  it('is named as protected, not as corrupt', () => {
    // The compound-file signature, then the stream's name in UTF-16 as its directory entry holds it.
    const signature = Buffer.from('d0cf11e0a1b11ae1', 'hex');
    const entry = Buffer.from('EncryptedPackage', 'utf16le');
    writeFileSync(join(dir, 'protected.docx'), Buffer.concat([signature, Buffer.alloc(1024 - signature.length), entry, Buffer.alloc(512)]));
    const run = runMeasured(dir, ['scan', '--format', 'jsonl', GOOD, 'protected.docx']);
    expect(run.code).toBe(0);
    expect(run.lines).toEqual([expect.stringMatching(/^culturescan: protected\.docx: is password-protected.*remove the password/)]);
  });
});
