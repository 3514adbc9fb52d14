import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLE_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { BIN, ensureBuilt } from '../support/built.js';

/**
 * A short scan's time goes mostly to loading modules: the readers of the binary and markup formats,
 * their parsers and worker threads load with the first file of their format, not with every scan.
 */

/**
 * The compiled modules (URLs) a file loaded by the bin stands for: a packed chunk for those its source
 * map names, any other file for itself.
 */
function modulesIn(url: string): string[] {
  const path = url.startsWith('file:') ? fileURLToPath(url) : '';
  if (!path.startsWith(BUNDLE_DIR) || !existsSync(`${path}.map`)) return [url];
  const { sources } = JSON.parse(readFileSync(`${path}.map`, 'utf8')) as { sources: string[] };
  return sources.map((source) => pathToFileURL(resolve(dirname(path), source)).href);
}

const PRELOAD = join(PACKAGE_ROOT, 'test', 'fixtures', 'module-trace', 'preload.mjs');

/**
 * The files (URLs) a built `culturescan` run loads, as ES module hooks and the CommonJS loader see them
 * (the packed chunks are CommonJS); a built-in module as `node:name`.
 */
function filesLoadedBy(args: string[]): string[] {
  const trace = join(mkdtempSync(join(tmpdir(), 'culturescan-modules-')), 'loaded.txt');
  const run = spawnSync(process.execPath, ['--import', PRELOAD, BIN, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8', env: { ...process.env, MODULE_TRACE: trace } });
  expect(run.status, run.stderr).toBe(0);
  const lines = readFileSync(trace, 'utf8').split('\n').filter(Boolean);
  return [...new Set(lines.flatMap((line) => (!line.startsWith('require:') ? [line] : line.startsWith('require:node:') ? [line.slice('require:'.length)] : [])))];
}

/** The compiled modules a built `culturescan` run loads, whether from their own files or packed. */
function modulesLoadedBy(args: string[]): string[] {
  return filesLoadedBy(args).flatMap(modulesIn);
}

/** Modules only a PDF, Word, HTML or ToTA XML file needs. */
const FORMAT_MODULES = ['/ingest/pdf-pages.js', '/ingest/pdf-furniture.js', '/ingest/docx-package.js', '/ingest/docx-text.js', '/ingest/zip-guard.js', '/ingest/html-text.js', '/ingest/tota-xml.js', '/ingest/xml-values.js', '/ingest/tota-document.js', 'node:worker_threads', 'node:zlib'];

const loadedOf = (modules: string[]) => FORMAT_MODULES.filter((name) => modules.some((url) => url.endsWith(name)));

describe('modules a scan loads', () => {
  it('a scan of a text file loads no reader of another format', () => {
    ensureBuilt(BIN);
    expect(loadedOf(modulesLoadedBy(['scan', join('corpus', 'aurelia-montaria-framework.txt')]))).toEqual([]);
  });

  it('a scan of a ToTA XML file loads the XML parser and the ToTA structure', () => {
    ensureBuilt(BIN);
    const loaded = loadedOf(modulesLoadedBy(['scan', join('test', 'fixtures', 'ingest', 'tota-mini.xml')]));
    expect(loaded).toEqual(['/ingest/tota-xml.js', '/ingest/xml-values.js', '/ingest/tota-document.js']);
  });

  it('a scan of a Word file loads the archive and Word readers', () => {
    ensureBuilt(BIN);
    const loaded = loadedOf(modulesLoadedBy(['scan', join('test', 'fixtures', 'ingest', 'agreement.docx')]));
    expect(loaded).toEqual(expect.arrayContaining(['/ingest/docx-package.js', '/ingest/docx-text.js', '/ingest/zip-guard.js']));
  });

  it('the bin loads a text scan\'s modules packed into a fraction as many files', () => {
    ensureBuilt(BIN);
    const files = filesLoadedBy(['scan', join('corpus', 'aurelia-montaria-framework.txt')]).filter((url) => url.startsWith(pathToFileURL(BUNDLE_DIR).href));
    const modules = files.flatMap(modulesIn);
    expect(modules.some((url) => url.endsWith('/engine/index.js'))).toBe(true);
    expect(files.length).toBeLessThan(modules.length / 2);
  });
});
