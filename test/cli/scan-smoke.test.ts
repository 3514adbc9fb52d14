import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { BIN, ensureBuilt } from '../support/built.js';

const corpusHasFiles = existsSync(SAMPLE_CORPUS_DIR) && readdirSync(SAMPLE_CORPUS_DIR).some((f) => !f.startsWith('.'));
if (!corpusHasFiles) console.log('scan-smoke: skipped, the sample corpus is empty');

describe.skipIf(!corpusHasFiles)('the built bin', () => {
  beforeAll(() => {
    ensureBuilt(BIN);
  });

  it('scans the sample corpus with no PATH and prints one JSON line per document', () => {
    const out = execFileSync(process.execPath, [BIN, 'scan', '--format', 'jsonl'], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
    const docs = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) {
      expect(d.source.startsWith('corpus/')).toBe(true);
      expect(Array.isArray(d.findings)).toBe(true);
    }
    const sources = docs.map((d) => d.source);
    expect(sources).toEqual([...sources].sort());
  });
});
