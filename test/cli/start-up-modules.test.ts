import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { BIN, ensureBuilt } from '../support/built.js';

/**
 * A short scan's time goes mostly to loading modules: the readers of the binary and markup formats,
 * their parsers and worker threads load with the first file of their format, not with every scan.
 */

/** The modules (URLs) a built `culturescan` run loads, as ES module hooks see them. */
function modulesLoadedBy(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-modules-'));
  const log = join(dir, 'loaded.txt');
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(log, '');
  writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }\n`);
  const register = join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, BIN, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
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
});
