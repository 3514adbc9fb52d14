import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { HAS_GNU_TIME, MEMORY_BUDGET_MB, runMeasured, scratchFolder } from './inputs-run.js';

/**
 * Word decompression bombs, built at test time from the sample corpus's real .docx with Python's
 * zipfile: its word/document.xml rewritten as 100 MB of repeated paragraphs, once with honest zip
 * headers and once with headers that understate the part's size.
 */

const dir = scratchFolder('word');
const GOOD = 'good.docx';

const BUILD_BOMB = String.raw`
import sys, zipfile, struct
source, target, megabytes, lie = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == 'lie'
with zipfile.ZipFile(source) as z:
    parts = [(info, z.read(info.filename)) for info in z.infolist()]
paragraph = b'<w:p><w:r><w:t>The Parties shall cooperate in the field of culture.</w:t></w:r></w:p>'
with zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as out:
    for info, data in parts:
        if info.filename == 'word/document.xml':
            head, tail = data.split(b'<w:body>', 1)
            body = paragraph * (megabytes * 1024 * 1024 // len(paragraph))
            data = head + b'<w:body>' + body + tail
        out.writestr(info.filename, data)
if lie:
    # Every header says document.xml inflates to 1,000 bytes.
    raw = bytearray(open(target, 'rb').read())
    name = b'word/document.xml'
    at = 0
    while True:
        at = raw.find(name, at + 1)
        if at < 0: break
        if raw[at - 46:at - 42] == b'PK\x01\x02': struct.pack_into('<I', raw, at - 46 + 24, 1000)
        if raw[at - 30:at - 26] == b'PK\x03\x04': struct.pack_into('<I', raw, at - 30 + 22, 1000)
    open(target, 'wb').write(bytes(raw))
`;

/** The same Word file with a second, empty word/document.xml after the first: two readers of the zip could read two documents. */
const BUILD_DUPLICATE = String.raw`
import sys, warnings, zipfile
source, target = sys.argv[1], sys.argv[2]
warnings.simplefilter('ignore')
with zipfile.ZipFile(source) as z, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as out:
    for info in z.infolist():
        out.writestr(info.filename, z.read(info.filename))
    out.writestr('word/document.xml', b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
`;

const HAS_PYTHON = spawnSync('python3', ['--version']).status === 0;

beforeAll(() => {
  const source = join(PACKAGE_ROOT, 'corpus', 'valmontie-norlande-accord.docx');
  copyFileSync(source, join(dir, GOOD));
  if (!HAS_PYTHON) return;
  execFileSync('python3', ['-c', BUILD_BOMB, source, join(dir, 'bomb.docx'), '100', 'honest']);
  execFileSync('python3', ['-c', BUILD_BOMB, source, join(dir, 'liar.docx'), '100', 'lie']);
  execFileSync('python3', ['-c', BUILD_DUPLICATE, source, join(dir, 'twice.docx')]);
}, 120_000);

describe.skipIf(!HAS_PYTHON)('Word decompression bombs (built with python3; skipped without it)', () => {
  it('are built small (under 2 MB for 100 MB of XML)', () => {
    expect(statSync(join(dir, 'bomb.docx')).size).toBeLessThan(2 * 1024 * 1024);
  });

  it.each([['1'], ['2']])('are one line each, the good .docx beside them scanned (--jobs %s), within the memory budget', (jobs) => {
    const run = runMeasured(dir, ['scan', '--format', 'jsonl', '--jobs', jobs, GOOD, 'bomb.docx', 'liar.docx']);
    expect(run.code).toBe(0);
    const results = run.out.trim().split('\n').map((line) => JSON.parse(line) as { source: string; findings: unknown[]; errors: string[] });
    const good = results.find((r) => r.source === GOOD)!;
    expect(good.errors).toEqual([]);
    expect(good.findings.length).toBeGreaterThan(0);
    expect(run.lines).toEqual([
      expect.stringMatching(/^culturescan: bomb\.docx: has a part \(word\/document\.xml\) that inflates more than 100 times .*decompression bomb; raise CULTURESCAN_MAX_INFLATE_RATIO/),
      expect.stringMatching(/^culturescan: liar\.docx: has a part \(word\/document\.xml\) that inflates more than 100 times .*decompression bomb/),
    ]);
    if (HAS_GNU_TIME) expect(run.peakMb).toBeLessThan(MEMORY_BUDGET_MB);
  });

});

describe('Word limits', () => {
  it('the inflated-size limit is set by CULTURESCAN_MAX_INFLATED_MB', () => {
    const run = runMeasured(dir, ['inspect', GOOD], { env: { CULTURESCAN_MAX_INFLATED_MB: '0.01' } });
    expect(run.code).toBe(2);
    expect(run.lines).toEqual([expect.stringMatching(/^culturescan: good\.docx: inflates to more than 0 MB \(part .*raise CULTURESCAN_MAX_INFLATED_MB/)]);
  });
});

describe.skipIf(!HAS_PYTHON)('a Word file holding two parts of one name (built with python3; skipped without it)', () => {
  it('is refused in one line that says so, not read as one of them', () => {
    const run = runMeasured(dir, ['inspect', 'twice.docx']);
    expect(run.code).toBe(2);
    expect(run.lines).toEqual(['culturescan: twice.docx: is not a readable .docx file (it holds two parts named word/document.xml: which of them Word reads is not certain)']);
  });
});
