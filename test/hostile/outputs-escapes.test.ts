import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { escapeControlCharacters } from '../../src/report/control-characters.js';
import { csvField } from '../../src/report/scan/csv.js';
import { runCli } from '../support/cli.js';

/** What a terminal would obey: C0 controls but tab and line feed (and the CR of CRLF), DEL, C1. */
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;

// A hostile draft: the convention clause hidden behind "clear screen", a window title, a clipboard write and a C1 CSI.
const HIDE = '\u001b[2J\u001b]0;pwned\u0007\u001b]52;c;ZXZpbA==\u0007\u009b8m';
const NAME = `draft\u001b]0;title\u0007.txt`;

describe('control characters from a hostile agreement never reach the terminal raw', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'culturescan-escapes-'));
    const text = readFileSync(join(PACKAGE_ROOT, 'corpus/aurelia-borealis-epa.txt'), 'utf8').replace('REAFFIRMING their commitment', `REAFFIRMING ${HIDE}their commitment`).replace('ECONOMIC PARTNERSHIP', `ECONOMIC ${HIDE}PARTNERSHIP`);
    writeFileSync(join(dir, NAME), text);
  });

  it('escapes them in scan (text, markdown, csv, json), inspect and report output, and keeps the finding', async () => {
    for (const argv of [['scan', NAME], ['scan', '--format', 'markdown', NAME], ['scan', '--format', 'csv', NAME], ['scan', '--format', 'json', NAME], ['inspect', NAME], ['report', NAME]]) {
      const { code, out, err } = await runCli(dir, argv);
      expect(code, argv.join(' ')).toBe(0);
      expect(RAW_CONTROL.test(out), `${argv.join(' ')} printed a raw control character`).toBe(false);
      expect(RAW_CONTROL.test(err)).toBe(false);
      expect(out, argv.join(' ')).toContain('\\u001b');
    }
    const json = (JSON.parse((await runCli(dir, ['scan', '--format', 'json', NAME])).out) as { documents: Array<{ source: string; findings: Array<{ category: string }> }> }).documents;
    expect(json[0]!.source).toBe(NAME); // JSON stays faithful: its escapes parse back to the name
    expect(json[0]!.findings.some((f) => f.category === 'convention-reference')).toBe(true);
  });

  it('escapes them in error lines and in files written with --out', async () => {
    const missing = await runCli(dir, ['inspect', 'gone\u001b[2J.txt']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('culturescan: gone\\u001b[2J.txt: no such file\n');
    expect((await runCli(dir, ['scan', '--out', 'out.md', '--format', 'markdown', NAME])).code).toBe(0);
    expect(RAW_CONTROL.test(readFileSync(join(dir, 'out.md'), 'utf8'))).toBe(false);
  });

  it('shows each control character as a \\u escape, and leaves line ends, tabs and letters alone', () => {
    expect(escapeControlCharacters('a\u001bb\u009bc\u007fd\u0007')).toBe('a\\u001bb\\u009bc\\u007fd\\u0007');
    expect(escapeControlCharacters('l1\r\nl2\n\tété ’')).toBe('l1\r\nl2\n\tété ’');
    expect(escapeControlCharacters('over\rwrite')).toBe('over\\u000dwrite');
  });
});

describe('CSV cells a spreadsheet would run as formulas', () => {
  it('get a leading apostrophe: =, +, -, @, tab and CR first', () => {
    expect(['=1+1', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx'].map(csvField)).toEqual(["'=1+1", "'+1", "'-1+2", "'@SUM(A1)", "'\tx", `"'\rx"`]);
    expect(csvField('plain, text')).toBe('"plain, text"');
    expect(csvField(-3)).toBe('-3'); // a number is not a formula
  });

  it('a file named =1+1.txt is a text cell in the scan CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-csv-'));
    writeFileSync(join(dir, '=1+1.txt'), readFileSync(join(PACKAGE_ROOT, 'corpus/aurelia-borealis-epa.txt')));
    const { code, out } = await runCli(dir, ['scan', '--format', 'csv', '=1+1.txt']);
    expect(code).toBe(0);
    const rows = out.trim().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^'=1\+1,'=1\+1\.txt,/);
  });
});
