import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, SAMPLE_CORPUS_DIR } from '../../src/paths.js';

const BIN = join(PACKAGE_ROOT, 'dist', 'src', 'cli', 'bin.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const corpusHasFiles = existsSync(SAMPLE_CORPUS_DIR) && readdirSync(SAMPLE_CORPUS_DIR).some((f) => !f.startsWith('.'));
if (!corpusHasFiles) console.log('scan-smoke: skipped, the sample corpus is empty');

describe.skipIf(!corpusHasFiles)('the built bin', () => {
  beforeAll(() => {
    if (!existsSync(BIN) || statSync(BIN).mtimeMs < newestSource(join(PACKAGE_ROOT, 'src'))) {
      // Emits even when some other file has a type error; `npm run lint` is where types are checked.
      spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: PACKAGE_ROOT, stdio: 'ignore' });
    }
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
