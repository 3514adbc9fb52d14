import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { parseCsv } from '../support/csv-parse.js';
import { runMeasured, scratchFolder } from './inputs-run.js';

/**
 * Word files damaged the ways downloads and careless tools damage them, built at test time from the
 * sample corpus's real .docx with Python's zipfile: a part that is not well-formed XML, a part the
 * document refers to that the archive lacks, an archive cut short before its directory.
 */

const dir = scratchFolder('word-damaged');
const GOOD = 'good.docx';

/** The corpus .docx rewritten with one part changed: cut in half, one end tag misspelt, or left out. */
const BUILD_DAMAGED = String.raw`
import sys, zipfile
source, target, part, damage = sys.argv[1:5]
with zipfile.ZipFile(source) as z, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as out:
    for info in z.infolist():
        data = z.read(info.filename)
        if info.filename == part:
            if damage == 'missing': continue
            if damage == 'half': data = data[:len(data) // 2]
            if damage == 'misspelt': data = data.replace(b'</w:abstractNum>', b'</w:abstractNumX>', 1)
        out.writestr(info.filename, data)
`;

const HAS_PYTHON = spawnSync('python3', ['--version']).status === 0;

beforeAll(() => {
  const source = join(PACKAGE_ROOT, 'corpus', 'valmontie-norlande-accord.docx');
  copyFileSync(source, join(dir, GOOD));
  const bytes = readFileSync(source);
  // A download cut short: the last third lost, the zip's directory with it.
  writeFileSync(join(dir, 'cut.docx'), bytes.subarray(0, Math.floor((bytes.length * 2) / 3)));
  // Cut inside the main document, after some of its paragraphs.
  writeFileSync(join(dir, 'cut-in-document.docx'), bytes.subarray(0, 3000));
  // Cut before the main document's first paragraph ends.
  writeFileSync(join(dir, 'cut-early.docx'), bytes.subarray(0, 1500));
  if (!HAS_PYTHON) return;
  const build = (target: string, part: string, damage: string) => execFileSync('python3', ['-c', BUILD_DAMAGED, source, join(dir, target), part, damage]);
  build('styles-half.docx', 'word/styles.xml', 'half');
  build('styles-missing.docx', 'word/styles.xml', 'missing');
  build('numbering-misspelt.docx', 'word/numbering.xml', 'misspelt');
  build('numbering-missing.docx', 'word/numbering.xml', 'missing');
  build('footnotes-half.docx', 'word/footnotes.xml', 'half');
  build('footnotes-missing.docx', 'word/footnotes.xml', 'missing');
  build('document-missing.docx', 'word/document.xml', 'missing');
}, 120_000);

interface Scanned {
  source: string;
  findings: Array<{ category: string; location: { articleNumber?: string; path?: string[] } }>;
  errors: string[];
}

function scan(...files: string[]): { code: number | null; results: Scanned[]; lines: string[] } {
  const run = runMeasured(dir, ['scan', '--format', 'jsonl', '--jobs', '1', ...files]);
  return { code: run.code, results: run.out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Scanned), lines: run.lines };
}

/** What a scan found, by category and article: the findings that must survive a damaged styles or numbering part. */
const foundWhere = (result: Scanned | undefined) => (result?.findings ?? []).map((f) => `${f.category} ${f.location.articleNumber ?? ''} ${f.location.path?.join(' > ') ?? ''}`).sort();

describe.skipIf(!HAS_PYTHON)('a Word file with a damaged or missing styles or numbering part (built with python3; skipped without it)', () => {
  it.each([
    ['styles-half.docx', /^culturescan: styles-half\.docx: warning: its styles part \(word\/styles\.xml\) is not well-formed XML \(line \d+: .*\): read without it: headings are found by their words$/],
    ['styles-missing.docx', /^culturescan: styles-missing\.docx: warning: its styles part \(word\/styles\.xml\), which the document refers to, is missing: read without it: headings are found by their words$/],
    ['numbering-misspelt.docx', /^culturescan: numbering-misspelt\.docx: warning: its numbering part \(word\/numbering\.xml\) is not well-formed XML \(line \d+: <\/w:abstractNumX> where <\/w:abstractNum> was expected\): read without it: list numbers only as the text prints them$/],
    ['numbering-missing.docx', /^culturescan: numbering-missing\.docx: warning: its numbering part \(word\/numbering\.xml\), which the document refers to, is missing: read without it: list numbers only as the text prints them$/],
  ])('%s is read with one warning naming the part, the findings as in the sound file', (file, warning) => {
    const run = scan(GOOD, file);
    expect(run.code).toBe(0);
    expect(run.lines).toEqual([expect.stringMatching(warning)]);
    const [good, damaged] = [GOOD, file].map((name) => run.results.find((r) => r.source === name));
    expect(damaged?.errors).toEqual([]);
    expect(foundWhere(damaged)).toEqual(foundWhere(good));
  });

  it('a footnotes part that is not well-formed XML leaves the notes out, the text read, in one warning', () => {
    const run = scan('footnotes-half.docx');
    expect(run.code).toBe(0);
    expect(run.lines).toEqual([expect.stringMatching(/^culturescan: footnotes-half\.docx: warning: its footnotes part \(word\/footnotes\.xml\) is not well-formed XML \(line \d+: .*\): the notes whole before that point are read, the others' text left out, their calls kept$/)]);
    expect(run.results[0]?.findings.length).toBeGreaterThan(0);
  });

  it('notes whose text is lost are said in every output: lostNotes in JSON, a CSV column, a line in text and Markdown, a part the brief lists as missing', () => {
    const run = scan(GOOD, 'footnotes-missing.docx', 'footnotes-half.docx');
    const [good, missing, half] = [GOOD, 'footnotes-missing.docx', 'footnotes-half.docx'].map((name) => run.results.find((r) => r.source === name) as Scanned & { lostNotes?: string[] });
    expect(good).not.toHaveProperty('lostNotes');
    expect(missing?.lostNotes).toEqual(['1', '2']); // the sound file's two footnotes
    expect(half?.lostNotes?.length).toBeGreaterThan(0); // those after the damage
    expect(foundWhere(missing)).toEqual(foundWhere(good)); // its notes hold no finding
    const rows = parseCsv(runMeasured(dir, ['scan', GOOD, 'footnotes-missing.docx', '--format', 'csv']).out);
    const column = rows[0]!.indexOf('lostNotes');
    const source = rows[0]!.indexOf('source');
    expect(new Set(rows.slice(1).map((r) => `${r[source]}: ${r[column]}`))).toEqual(new Set([`${GOOD}: `, 'footnotes-missing.docx: 1 2']));
    for (const format of ['text', 'markdown']) {
      const out = runMeasured(dir, ['scan', GOOD, 'footnotes-missing.docx', '--format', format]).out;
      expect(out.match(/the file lacks the text of notes 1 and 2, which the text calls: a clause a note holds \(a carve-out\) is not read/g)).toHaveLength(1);
    }
    const brief = JSON.parse(runMeasured(dir, ['report', 'footnotes-missing.docx', '--format', 'json']).out) as { lostNotes?: string[]; missingParts: Array<{ name: string; holds: string; firstMention: string; verdict: boolean; items: string[] }> };
    expect(brief.lostNotes).toEqual(['1', '2']);
    expect(brief.missingParts[0]).toMatchObject({ name: 'the text of notes 1 and 2', holds: 'notes', firstMention: expect.stringMatching(/^Article \d+/), verdict: true });
    expect(brief.missingParts[0]?.items).toHaveLength(9);
    expect(runMeasured(dir, ['report', 'footnotes-missing.docx']).out).toMatch(/This file lacks parts its text refers to: the text of notes 1 and 2 \(called in Article \d+[^;]*; the file's notes part is lost: a note may hold a carve-out or any other provision\)/);
    const soundBrief = JSON.parse(runMeasured(dir, ['report', GOOD, '--format', 'json']).out) as { lostNotes?: string[]; missingParts: Array<{ holds: string }> };
    expect(soundBrief).not.toHaveProperty('lostNotes');
    expect(soundBrief.missingParts.filter((part) => part.holds === 'notes')).toEqual([]);
  });

  it('a Word file without its main document is still refused in one line, the batch going on', () => {
    const run = scan(GOOD, 'document-missing.docx');
    expect(run.code).toBe(0);
    expect(run.lines).toEqual(['culturescan: document-missing.docx: is not a readable .docx file (corrupt or not a Word document: no word/document.xml in the archive)']);
    expect(run.results.find((r) => r.source === GOOD)?.findings.length).toBeGreaterThan(0);
  });
});

describe('a Word file cut short (a download that stopped before the zip directory at its end)', () => {
  it('is read from the parts whole before the cut, in one warning, the parts lost told as missing', () => {
    const run = scan(GOOD, 'cut.docx');
    expect(run.code).toBe(0);
    expect(run.lines[0]).toBe('culturescan: cut.docx: warning: is cut short (no zip directory at its end): read from the parts whole before the cut, its main document (word/document.xml) among them');
    expect(run.lines.slice(1)).toEqual(run.lines.slice(1).map(() => expect.stringMatching(/^culturescan: cut\.docx: warning: its \w+ part \(word\/\w+\.xml\), which the document refers to, is missing: read without it: /)));
    const [good, cut] = [GOOD, 'cut.docx'].map((name) => run.results.find((r) => r.source === name));
    expect(cut?.errors).toEqual([]);
    expect(foundWhere(cut)).toEqual(foundWhere(good));
  });

  it('cut inside its main document, is read up to its last whole paragraph, and the brief lists the rest as missing', () => {
    const run = scan('cut-in-document.docx');
    expect(run.code).toBe(0);
    expect(run.lines[0]).toBe('culturescan: cut-in-document.docx: warning: is cut short (no zip directory at its end) inside its main document (word/document.xml): read up to its last whole paragraph; the rest is missing');
    expect(run.results[0]?.findings.length).toBeGreaterThan(0);
    const brief = JSON.parse(runMeasured(dir, ['report', 'cut-in-document.docx', '--format', 'json']).out) as { missingParts: Array<{ name: string; holds: string }> };
    expect(brief.missingParts[0]).toMatchObject({ name: expect.stringMatching(/^everything after Article \d+/), holds: 'rest' });
  });

  it('cut before the first paragraph of its main document ends, is refused in one line that says so, the batch going on', () => {
    const run = scan(GOOD, 'cut-early.docx');
    expect(run.code).toBe(0);
    expect(run.lines).toEqual(['culturescan: cut-early.docx: is cut short (no zip directory at its end), before the first whole paragraph of its main document (word/document.xml): nothing to read']);
    expect(run.results.find((r) => r.source === GOOD)?.findings.length).toBeGreaterThan(0);
  });
});
