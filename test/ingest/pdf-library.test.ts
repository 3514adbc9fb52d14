import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { ensureBuilt } from '../support/built.js';

const PAGES = join(PACKAGE_ROOT, 'dist', 'src', 'ingest', 'pdf-pages.js');
const HAS_PROC_MAPS = existsSync('/proc/self/maps');

/**
 * Reads the sample PDF in a fresh process, in its main thread, through the built reader; then reports
 * what that left behind: the native libraries mapped into the process, and whether the engine's own
 * Array.prototype.push, JSON.parse and Function.prototype.toString are still in place; and how many
 * values were deep-copied with structuredClone on the way (pdf.js's own stand-in for a worker copies
 * every message between its two halves so).
 */
const PROBE = String.raw`
const { extractPageTexts } = await import(process.argv[1]);
const { readFileSync } = await import('node:fs');
const natives = [Array.prototype.push, JSON.parse, Function.prototype.toString];
const clone = globalThis.structuredClone;
let copies = 0;
globalThis.structuredClone = (value, options) => (copies++, clone(value, options));
const pages = await extractPageTexts(new Uint8Array(readFileSync(process.argv[2])));
console.log(JSON.stringify({
  pages: Array.isArray(pages) ? pages.length : pages,
  letters: Array.isArray(pages) ? pages.join('').match(/\p{L}/gu).length : 0,
  nativeLibraries: readFileSync('/proc/self/maps', 'utf8').split('\n').map((line) => line.split(/\s+/)[5] ?? '').filter((path) => path.endsWith('.node')),
  builtInsKept: [Array.prototype.push, JSON.parse, Function.prototype.toString].every((f, i) => f === natives[i]),
  copies,
}));
`;

describe.skipIf(!HAS_PROC_MAPS)('pdf-parse loaded for text alone (reads /proc/self/maps; skipped where there is none)', () => {
  beforeAll(() => ensureBuilt(PAGES), 120_000);

  it('reads every page of a PDF without opening the native canvas library, replacing the engine’s built-ins or copying pdf.js’s messages', () => {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE, pathToFileURL(PAGES).href, join(SAMPLE_CORPUS_DIR, 'aurelia-calderra-deca.pdf')], {
      cwd: PACKAGE_ROOT,
      encoding: 'utf8',
    });
    expect(child.status, child.stderr).toBe(0);
    const report = JSON.parse(child.stdout) as { pages: number; letters: number; nativeLibraries: string[]; builtInsKept: boolean; copies: number };
    expect(report.pages).toBe(5);
    expect(report.letters).toBeGreaterThan(5000);
    expect(report.nativeLibraries).toEqual([]);
    expect(report.builtInsKept).toBe(true);
    expect(report.copies).toBe(0);
  });
});
