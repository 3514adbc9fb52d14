import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPaths } from '../../src/cli/paths-expand.js';

const EXT = ['.txt', '.md', '.pdf', '.xml'];
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'culturescan-paths-'));
  for (const file of ['b.txt', 'a.md', 'notes.rtf', 'sub/c.pdf', 'sub/deep/d.xml', '.hidden/e.txt', 'sub/.f.txt', 'sub/README.md']) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'x');
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const displays = async (args: string[]) => (await expandPaths(args, root, EXT)).files.map((f) => f.display);

describe('expandPaths', () => {
  it('walks a folder recursively, supported extensions only, hidden entries and READMEs skipped, sorted', async () => {
    expect(await displays(['.'])).toEqual(['a.md', 'b.txt', 'sub/c.pdf', 'sub/deep/d.xml']);
    expect(await displays(['sub'])).toEqual(['sub/c.pdf', 'sub/deep/d.xml']);
  });
  it('passes a named file through whatever its extension', async () => {
    const { files } = await expandPaths(['notes.rtf'], root, EXT);
    expect(files).toEqual([{ display: 'notes.rtf', absolute: join(root, 'notes.rtf') }]);
  });
  it('expands glob patterns relative to cwd', async () => {
    expect(await displays(['*.txt'])).toEqual(['b.txt']);
    expect(await displays(['sub/**/*.xml'])).toEqual(['sub/deep/d.xml']);
    expect(await displays(['**/*.{txt}'])).toEqual([]);
    expect(await displays(['**/*'])).toEqual(['a.md', 'b.txt', 'sub/README.md', 'sub/c.pdf', 'sub/deep/d.xml']);
  });
  it('removes duplicates named twice', async () => {
    expect(await displays(['b.txt', '*.txt'])).toEqual(['b.txt']);
  });
  it('names what a folder without agreements holds, so that the reader sees which files were passed over', async () => {
    mkdirSync(join(root, 'data'));
    for (const file of ['table.csv', 'chart.png', 'notes.json']) writeFileSync(join(root, 'data', file), 'x');
    const { problems } = await expandPaths(['data'], root, EXT);
    expect(problems).toEqual([{ path: 'data', message: 'no supported files in this folder: it holds chart.png, notes.json, table.csv (culturescan reads .txt .md .pdf .xml)', missing: false }]);
    mkdirSync(join(root, 'nothing'));
    expect((await expandPaths(['nothing'], root, EXT)).problems[0]?.message).toBe('no supported files in this folder: it holds no file (culturescan reads .txt .md .pdf .xml)');
  });

  it('reports arguments that yield nothing, and keeps the others', async () => {
    const { files, problems } = await expandPaths(['missing.txt', 'nothing/*.pdf', '*.docx', 'b.txt'], root, EXT);
    expect(files.map((f) => f.display)).toEqual(['b.txt']);
    expect(problems.map((p) => p.path)).toEqual(['missing.txt', 'nothing/*.pdf', '*.docx']);
    expect(problems[0]!.message).toMatch(/no such file/);
    // Names that point at nothing are typos; an existing folder without agreements is not.
    expect(problems.map((p) => p.missing)).toEqual([true, true, true]);
    expect((await expandPaths(['sub/deep', 'b.txt'], root, ['.txt'])).problems).toEqual([expect.objectContaining({ path: 'sub/deep', missing: false })]);
  });
});
