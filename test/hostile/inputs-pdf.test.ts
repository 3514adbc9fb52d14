import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { HAS_GNU_TIME, MEMORY_BUDGET_MB, runMeasured, scratchFolder } from './inputs-run.js';
import { pdfFromObjects } from '../support/pdf-from-objects.js';

/**
 * A PDF Flate bomb, built at test time with Python's zlib: one page whose content stream is 1 GB of
 * blanks, about 1 MB compressed. It is read under a lowered memory budget, so the test stays quick.
 */

const dir = scratchFolder('pdf');
const GOOD = 'good.pdf';
const HAS_PYTHON = spawnSync('python3', ['--version']).status === 0;

const BUILD_BOMB = String.raw`
import sys, zlib
target, megabytes = sys.argv[1], int(sys.argv[2])
z = zlib.compressobj(9)
chunk = b' ' * 1048576
stream = b''.join(z.compress(chunk) for _ in range(megabytes)) + z.flush()
objects = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
           b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
           b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(stream) + stream + b'\nendstream']
out = bytearray(b'%PDF-1.4\n')
offsets = []
for number, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b'%d 0 obj\n' % number + body + b'\nendobj\n'
xref = len(out)
out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
for offset in offsets:
    out += b'%010d 00000 n \n' % offset
out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
open(target, 'wb').write(out)
`;

/** The memory budget the bomb is read under: low, so that it is reached quickly. */
const PDF_MEMORY_MB = '128';

beforeAll(() => {
  copyFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-calderra-deca.pdf'), join(dir, GOOD));
  writeFileSync(join(dir, 'note.txt'), 'CHAPTER 1\nArticle 1\nNothing in this Agreement applies to cultural industries.\n');
  if (HAS_PYTHON) execFileSync('python3', ['-c', BUILD_BOMB, join(dir, 'bomb.pdf'), '1024']);
}, 120_000);

describe.skipIf(!HAS_PYTHON)('a PDF Flate bomb (built with python3; skipped without it)', () => {
  it('is small on disk', () => {
    expect(statSync(join(dir, 'bomb.pdf')).size).toBeLessThan(4 * 1024 * 1024);
  });

  it.each([['1'], ['2']])('is one line, the good files beside it scanned (--jobs %s), within the memory budget', (jobs) => {
    const run = runMeasured(dir, ['scan', '--format', 'jsonl', '--jobs', jobs, GOOD, 'bomb.pdf', 'note.txt'], { env: { CULTURESCAN_PDF_MEMORY_MB: PDF_MEMORY_MB } });
    expect(run.code).toBe(0);
    const results = run.out.trim().split('\n').map((line) => JSON.parse(line) as { source: string; findings: unknown[]; errors: string[] });
    expect(results.filter((r) => r.errors.length === 0).map((r) => r.source)).toEqual([GOOD, 'note.txt']);
    expect(results.find((r) => r.source === GOOD)!.findings.length).toBeGreaterThan(0);
    expect(run.lines).toEqual([
      `culturescan: bomb.pdf: needs more than ${PDF_MEMORY_MB} MB of memory to read (a stream that inflates without bound?); raise CULTURESCAN_PDF_MEMORY_MB if it is genuine`,
    ]);
    if (HAS_GNU_TIME) expect(run.peakMb).toBeLessThan(MEMORY_BUDGET_MB);
  });
});

describe('the PDF time budget', () => {
  it('ends a read that takes longer than CULTURESCAN_PDF_SECONDS, in one line', () => {
    // A millisecond: shorter than any reading of the five-page sample, the direct reader's included.
    const run = runMeasured(dir, ['inspect', GOOD], { env: { CULTURESCAN_PDF_SECONDS: '0.001' } });
    expect(run.code).toBe(2);
    expect(run.lines).toEqual(['culturescan: good.pdf: took more than 0.001 s to read; raise CULTURESCAN_PDF_SECONDS if it is genuine']);
  });
});

describe('a PDF with no page at all', () => {
  it('is named so, not as a scan', () => {
    const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'];
    const pdf = pdfFromObjects(objects);
    writeFileSync(join(dir, 'blank.pdf'), pdf);
    const run = runMeasured(dir, ['inspect', 'blank.pdf']);
    expect(run.code).toBe(2);
    expect(run.lines).toEqual(['culturescan: blank.pdf: has no pages']);
  });
});
