import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runMeasured, scratchFolder } from './inputs-run.js';

/**
 * Drafts whose name says another format than their bytes: a Word file saved under a .doc name, a PDF
 * or a web page downloaded as .txt, an agreement with an ending no reader takes. Where the bytes say
 * the format beyond doubt, the file is read as what it is — the same findings as under its own name —
 * and a warning says what was done, so that the user can rename it.
 */

const dir = scratchFolder('misnamed');
const CORPUS = join(PACKAGE_ROOT, 'corpus');
const cases: ReadonlyArray<[original: string, misnamed: string, label: RegExp]> = [
  ['valmontie-norlande-accord.docx', 'accord.doc', /holds a Word \.docx file, not what its ending '\.doc' says: read as such \(rename it to \.docx\)/],
  ['valmontie-norlande-accord.docx', 'accord-docx.txt', /holds a Word \.docx file, not what its ending '\.txt' says/],
  ['aurelia-calderra-deca.pdf', 'deca.txt', /holds a PDF, not what its ending '\.txt' says: read as such \(rename it to \.pdf\)/],
  ['aurelia-calderra-deca.pdf', 'deca.docx', /holds a PDF, not what its ending '\.docx' says/],
  ['calderra-estavia-fta.html', 'fta.txt', /holds an HTML page, not what its ending '\.txt' says/],
  ['aurelia-calderra-deca.pdf', 'deca.download', /holds a PDF, not what its ending '\.download' says/],
];

beforeAll(() => {
  for (const [original, misnamed] of cases) copyFileSync(join(CORPUS, original), join(dir, misnamed));
  for (const original of new Set(cases.map(([name]) => name))) copyFileSync(join(CORPUS, original), join(dir, original));
});

interface ScannedLine {
  source: string;
  findings: Array<{ fingerprint: string }>;
  errors?: string[];
}

const fingerprints = (line: ScannedLine) => line.findings.map((f) => f.fingerprint);

describe('a file whose ending misleads is read by its bytes', () => {
  it.each(cases)('%s saved as %s: same findings as under its own name, and a warning', (original, misnamed, warning) => {
    const run = runMeasured(dir, ['scan', '--format', 'jsonl', original, misnamed]);
    expect(run.code).toBe(0);
    const [own, renamed] = run.out.trim().split('\n').map((line) => JSON.parse(line) as ScannedLine);
    expect(renamed!.errors ?? []).toEqual([]);
    expect(fingerprints(own!).length).toBeGreaterThan(0);
    expect(fingerprints(renamed!)).toEqual(fingerprints(own!));
    expect(run.lines).toEqual([expect.stringMatching(new RegExp(`^culturescan: ${misnamed.replace('.', '\\.')}: warning: ${warning.source}`))]);
  });

  it('overview reads it too, and says so on stderr, from the cache of rows as well', () => {
    for (let run = 0; run < 2; run++) {
      const overview = runMeasured(dir, ['overview', '--format', 'jsonl', 'accord.doc'], { env: { XDG_CACHE_HOME: join(dir, 'cache') } });
      expect(overview.code).toBe(0);
      expect((JSON.parse(overview.out) as { errors: string[]; findings: Record<string, number> }).findings['cultural-cooperation']).toBeGreaterThan(0);
      expect(overview.lines, `run ${run + 1}`).toEqual([expect.stringMatching(/^culturescan: accord\.doc: warning: holds a Word \.docx file, not what its ending '\.doc' says/)]);
    }
  });

  it('in a folder, a Word file named .doc is read, not refused as Word 97–2003', () => {
    const folder = join(dir, 'drafts');
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(CORPUS, 'valmontie-norlande-accord.docx'), join(folder, 'accord.doc'));
    const run = runMeasured(dir, ['scan', '--format', 'jsonl', 'drafts']);
    expect(run.code).toBe(0);
    const scanned = JSON.parse(run.out.trim()) as ScannedLine;
    expect(scanned.source).toBe('drafts/accord.doc');
    expect(scanned.findings.length).toBeGreaterThan(0);
  });
});
