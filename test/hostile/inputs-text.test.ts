import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { readAgreementBytes } from '../../src/ingest/index.js';
import { decodeText } from '../../src/ingest/text-decode.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { HAS_GNU_TIME, MEMORY_BUDGET_MB, runMeasured, scratchFolder } from './inputs-run.js';

/** Bytes that are almost text, or text in an unusual encoding, or XML and HTML built to mislead. */

const TOTA = join(PACKAGE_ROOT, '..', 'shared', 'tota');
const dir = scratchFolder('text');
const GOOD = 'good.txt';

/** A Spanish ToTA agreement with cultural findings, when the shared corpus is here. */
function spanishAgreement(): string | undefined {
  if (!existsSync(TOTA)) return undefined;
  const names = readdirSync(TOTA).filter((name) => name.endsWith('.xml')).sort();
  return names.find((name) => {
    const xml = readFileSync(join(TOTA, name), 'utf8');
    return /<language>es<\/language>/.test(xml) && /cultur/i.test(xml) && xml.length > 200_000;
  });
}
const spanish = spanishAgreement();

interface ScannedLine {
  source: string;
  findings: { ruleId: string; category: string }[];
  errors: string[];
}

function scanLines(out: string): ScannedLine[] {
  return out.trim().split('\n').map((line) => JSON.parse(line) as ScannedLine);
}

beforeAll(() => {
  copyFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-borealis-epa.txt'), join(dir, GOOD));
  // 1 MB of random bytes without NULs: binary data that the NUL test alone lets through.
  const random = randomBytes(1_200_000).filter((byte) => byte !== 0).subarray(0, 1_000_000);
  writeFileSync(join(dir, 'random.txt'), random);
  writeFileSync(join(dir, 'entities.xml'), '<?xml version="1.0"?>\n<!DOCTYPE treaty [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<treaty><body>&b;</body></treaty>\n');
  const nest = 150;
  writeFileSync(join(dir, 'deep.xml'), `<treaty><meta/><body><chapter><article>${'<p>'.repeat(nest)}text${'</p>'.repeat(nest)}</article></chapter></body></treaty>\n`);
  writeFileSync(join(dir, 'markup.html'), '<!doctype html><html><head><style>p { color: red }</style><script>let a = 1;</script></head><body><div><img src="x.png"></div></body></html>\n');
  if (spanish) {
    const bytes = readFileSync(join(TOTA, spanish));
    writeFileSync(join(dir, 'es.xml'), bytes);
    // One stray 0xFF near the end, as a careless edit leaves it.
    const at = bytes.lastIndexOf('</article>'.charCodeAt(0), bytes.length - 200);
    writeFileSync(join(dir, 'es-stray.xml'), Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
    writeFileSync(join(dir, 'es-utf16.xml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]));
  }
});

describe('hostile text, XML and HTML in one batch: one line each, the good files all scanned', () => {
  const BAD: Record<string, RegExp> = {
    'random.txt': /^culturescan: random\.txt: is not a text file \(\d+% of its first characters are control codes or invalid bytes\)$/,
    'entities.xml': /^culturescan: entities\.xml: declares a DOCTYPE: culturescan refuses XML with entity declarations or a DTD/,
    'deep.xml': /^culturescan: deep\.xml: is nested more than 100 elements deep/,
    'markup.html': /^culturescan: markup\.html: has no visible text \(it is all markup/,
  };
  it.each([['1'], ['2']])('--jobs %s', (jobs) => {
    const run = runMeasured(dir, ['scan', '--format', 'jsonl', '--jobs', jobs, GOOD, ...Object.keys(BAD)]);
    expect(run.code).toBe(0);
    const scanned = scanLines(run.out);
    expect(scanned.filter((d) => d.errors.length === 0).map((d) => d.source)).toEqual([GOOD]);
    expect(run.lines).toHaveLength(Object.keys(BAD).length);
    for (const [name, line] of Object.entries(BAD)) expect(run.lines.filter((l) => line.test(l)), name).toHaveLength(1);
    if (HAS_GNU_TIME) expect(run.peakMb).toBeLessThan(MEMORY_BUDGET_MB);
  });
});

describe.skipIf(!spanish)(`a Spanish ToTA agreement (${spanish ?? 'shared corpus absent: skipped'})`, () => {
  it('with one stray 0xFF byte keeps every finding, with a one-line warning; as UTF-16 with a BOM, too', () => {
    const run = runMeasured(dir, ['scan', '--format', 'jsonl', '--jobs', '1', 'es.xml', 'es-stray.xml', 'es-utf16.xml']);
    expect(run.code).toBe(0);
    const [clean, stray, utf16] = scanLines(run.out);
    expect(clean!.findings.filter((f) => f.category === 'cultural-exemption').length).toBeGreaterThan(0);
    const rules = (d: ScannedLine) => d.findings.map((f) => f.ruleId);
    expect(rules(stray!)).toEqual(rules(clean!));
    expect(rules(utf16!)).toEqual(rules(clean!));
    expect(run.lines).toEqual(['culturescan: es-stray.xml: warning: 1 byte is not valid UTF-8; read as UTF-8 with it replaced by \uFFFD']);
  });
});

describe('decoding', () => {
  it('reads Windows-1252 punctuation in 0x80–0x9F as the characters it stands for', () => {
    const bytes = Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x85, 0x20, 0x92]);
    expect(decodeText(bytes, 'legacy.txt')).toBe('\u201cCaf\u00e9\u201d \u2013 \u20ac5\u2026 \u2019');
  });

  it('keeps a Latin-1 Spanish text as Latin-1, with no warning', () => {
    const warnings: string[] = [];
    const text = 'Artículo 5: las industrias culturales están excluidas de este capítulo. '.repeat(20);
    expect(decodeText(Buffer.from(text, 'latin1'), 'es.txt', warnings)).toBe(text);
    expect(warnings).toEqual([]);
  });

  it('reads UTF-16 text with a BOM, little- and big-endian', async () => {
    const text = 'CHAPTER 1\nArticle 1\nThe Parties recognise the cultural industries.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(le, 'le.txt')).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'be.txt')).toBe(text);
    const doc = await readAgreementBytes(le, 'le.txt');
    expect(doc.text).toContain('cultural industries');
  });

  it('reads UTF-16 text without a BOM, little- and big-endian, as some exports write it', async () => {
    const text = 'CHAPTER 1\nArticle 1\nThe Parties recognise the cultural industries of Montréal.\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const warnings: string[] = [];
    expect(decodeText(le, 'le.txt', warnings)).toBe(text);
    expect(decodeText(be, 'be.txt', warnings)).toBe(text);
    expect(warnings).toEqual([]);
    const doc = await readAgreementBytes(be, 'be.txt');
    expect(doc.text).toContain('cultural industries');
  });

  it('drops NUL bytes strewn in a text, with a one-line warning, and keeps every finding', () => {
    const agreement = readFileSync(join(dir, GOOD));
    writeFileSync(join(dir, 'nul-early.txt'), Buffer.concat([agreement.subarray(0, 500), Buffer.from([0]), agreement.subarray(500)]));
    writeFileSync(join(dir, 'nul-strewn.txt'), Buffer.from(agreement.toString('latin1').replaceAll('. ', '.\0 '), 'latin1'));
    const run = runMeasured(dir, ['scan', '--format', 'jsonl', '--jobs', '1', GOOD, 'nul-early.txt', 'nul-strewn.txt']);
    expect(run.code).toBe(0);
    const [clean, early, strewn] = scanLines(run.out);
    const rules = (d: ScannedLine) => d.findings.map((f) => f.ruleId);
    expect(rules(clean!).length).toBeGreaterThan(0);
    expect(rules(early!)).toEqual(rules(clean!));
    expect(rules(strewn!)).toEqual(rules(clean!));
    expect(run.lines).toEqual([
      'culturescan: nul-early.txt: warning: 1 NUL byte dropped (no text holds one)',
      expect.stringMatching(/^culturescan: nul-strewn\.txt: warning: \d+ NUL bytes dropped \(no text holds one\)$/),
    ]);
  });

  it('refuses a binary file with NUL bytes as one, whatever its name', () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(4000, 0), Buffer.from('IEND')]);
    expect(() => decodeText(png, 'chart.txt')).toThrow(/^is not a text file \(\d+% of its first characters are control codes or invalid bytes\)$/);
  });

  it('refuses control codes posing as text', () => {
    const bytes = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i % 7 === 0 ? 0x01 : 0x61)));
    expect(() => decodeText(bytes, 'odd.txt')).toThrow(UserError);
  });
});
