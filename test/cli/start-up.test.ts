import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { BIN, ensureBuilt } from '../support/built.js';

const PRELOAD = join(PACKAGE_ROOT, 'test', 'fixtures', 'module-trace', 'preload.mjs');
const HEAVY = ['zod', 'yaml', 'compromise', 'natural', 'pdf-parse', 'ink', 'react', 'fast-xml-parser'];

/** The packages a run of the built bin loads, by name. */
function packagesLoaded(args: string[]): Set<string> {
  const trace = join(mkdtempSync(join(tmpdir(), 'culturescan-trace-')), 'modules.txt');
  const child = spawnSync(process.execPath, ['--import', PRELOAD, BIN, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8', env: { ...process.env, MODULE_TRACE: trace } });
  expect(child.status, child.stderr).toBe(0);
  const lines = readFileSync(trace, 'utf8').split('\n');
  expect(lines.some((line) => line.includes('/cli/main'))).toBe(true); // the trace sees the project's own modules
  return new Set(lines.flatMap((line) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(line)?.[1] ?? /^require:((?:@[^/]+\/)?[^/.][^/]*)/.exec(line)?.[1] ?? []));
}

describe('start-up', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('--help loads none of the heavy libraries', () => {
    const loaded = packagesLoaded(['--help']);
    expect(HEAVY.filter((name) => loaded.has(name))).toEqual([]);
  });

  it('a scan of a text file reads the built-in rules from their bundle: no YAML or schema library, no PDF, Word, XML or terminal UI', () => {
    const loaded = packagesLoaded(['scan', join(SAMPLE_CORPUS_DIR, 'aurelia-montaria-framework.txt')]);
    expect(['zod', 'yaml', 'pdf-parse', 'ink', 'react', 'fast-xml-parser', 'compromise'].filter((name) => loaded.has(name))).toEqual([]);
  });
});
