import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runMeasured, scratchFolder } from './inputs-run.js';

/**
 * File names a folder may hold that break a line or are no text: a name with a line break is shown on
 * one line (its break as the text `\u000a`), so an error stays one line and a text report one entry; a
 * name whose bytes are not UTF-8 is named in one line as such. The other files are scanned.
 */

const dir = scratchFolder('names');
const NEWLINE_NAME = 'draft\nfinal.txt';
/** "bad", two bytes that are no UTF-8, "name.txt". */
const BYTES_NAME = Buffer.concat([Buffer.from('bad'), Buffer.from([0xff, 0xfe]), Buffer.from('name.txt')]);

beforeAll(() => {
  mkdirSync(join(dir, 'drafts'));
  copyFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-montaria-framework.txt'), join(dir, 'drafts', 'good.txt'));
  copyFileSync(join(PACKAGE_ROOT, 'corpus', 'calderra-solana-tpa.txt'), join(dir, 'drafts', NEWLINE_NAME));
  copyFileSync(join(PACKAGE_ROOT, 'corpus', 'estavia-norlande-pca.txt'), Buffer.concat([Buffer.from(join(dir, 'drafts', '/')), BYTES_NAME]));
});

describe('file names that break a line or are not UTF-8', () => {
  it('a name with a line break is scanned and shown on one line; a name that is not UTF-8 is one line saying so', () => {
    const run = runMeasured(dir, ['scan', 'drafts', '--format', 'text']);
    expect(run.code).toBe(0);
    expect(run.lines).toEqual(['culturescan: drafts/bad\uFFFD\uFFFDname.txt: its name is not UTF-8 text, so culturescan cannot open it by name: rename it']);
    expect(run.out).toContain('drafts/draft\\u000afinal.txt · en · id draft\\u000afinal\n');
    expect(run.out).toMatch(/^2 agreement\(s\) scanned, /m);
    const jsonl = runMeasured(dir, ['scan', 'drafts', '--format', 'jsonl']).out.trim().split('\n').map((line) => JSON.parse(line) as { source: string; findings: unknown[] });
    expect(jsonl.map((r) => [r.source, r.findings.length > 0])).toEqual([
      ['drafts/draft\\u000afinal.txt', true],
      ['drafts/good.txt', true],
    ]);
  });
});
