import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { stdinNames } from '../../src/cli/stdin-input.js';
import { SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { BIN, ensureBuilt } from '../support/built.js';
import { GOOD_TEXT, tempTree } from './scan-fixtures.js';

let root: string;
beforeAll(() => {
  root = tempTree({ 'good.txt': GOOD_TEXT });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(stdin: string | Uint8Array, ...argv: string[]) {
  const io = memoryIo(root, stdin);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

const sample = (name: string) => readFileSync(join(SAMPLE_CORPUS_DIR, name));

describe("'-' reads the document from standard input", () => {
  it('scan: the same findings as the file itself, under the --name given', async () => {
    const fromFile = JSON.parse((await run('', 'scan', '--format', 'jsonl', 'good.txt')).out);
    const piped = await run(GOOD_TEXT, 'scan', '--format', 'jsonl', '-', '--name', 'good.txt');
    expect(piped.code).toBe(0);
    const doc = JSON.parse(piped.out);
    expect(doc).toMatchObject({ source: 'good.txt', documentId: 'good' });
    expect(doc.findings).toEqual(fromFile.findings);
  });

  it('scan: without --name it is shown as stdin, beside files named on the line', async () => {
    const { code, out } = await run(GOOD_TEXT, 'scan', '--format', 'jsonl', '-', 'good.txt');
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n').map((l) => JSON.parse(l).source)).toEqual(['stdin', 'good.txt']);
  });

  it('binary formats are recognised from their bytes (PDF, Word), or from --format-in', async () => {
    const pdf = await run(sample('aurelia-calderra-deca.pdf'), 'inspect', '--json', '-');
    expect(pdf.code).toBe(0);
    expect(JSON.parse(pdf.out)).toMatchObject({ format: 'pdf', source: 'stdin' });
    const docx = await run(sample('valmontie-norlande-accord.docx'), 'inspect', '--json', '-', '--name', 'accord');
    expect(JSON.parse(docx.out)).toMatchObject({ format: 'docx', source: 'accord' });
    const md = await run(sample('borealis-calderra-cepa.md'), 'inspect', '--json', '-', '--format-in', 'md');
    expect(JSON.parse(md.out)).toMatchObject({ format: 'md' });
    const html = await run(sample('calderra-estavia-fta.html'), 'inspect', '--json', '-', '--name', 'fta', '--format-in', 'html');
    expect(JSON.parse(html.out)).toMatchObject({ format: 'html', source: 'fta' });
  });

  it('report and compare read it too', async () => {
    const piped = JSON.parse((await run(GOOD_TEXT, 'report', '-', '--format', 'json')).out);
    const file = JSON.parse((await run('', 'report', 'good.txt', '--format', 'json')).out);
    expect(piped.checklist).toEqual(file.checklist);
    const compared = await run(GOOD_TEXT, 'compare', 'good.txt', '-', '--name', 'piped.txt', '--format', 'json', '--fail-on', 'status-changed');
    expect(compared.code).toBe(0);
    expect(JSON.parse(compared.out).right.source).toBe('piped.txt');
  });

  it('names the reader from --format-in over the name, --name\'s ending, or the bytes', () => {
    const text = new TextEncoder().encode('Article 1\nText.');
    expect(stdinNames({}, text)).toEqual({ shown: 'stdin', forReader: 'stdin.txt' });
    expect(stdinNames({ name: 'draft.md' }, text)).toEqual({ shown: 'draft.md', forReader: 'draft.md' });
    expect(stdinNames({ name: 'draft', formatIn: 'html' }, text)).toEqual({ shown: 'draft', forReader: 'draft.html' });
    expect(stdinNames({ name: 'draft.txt', formatIn: 'md' }, text)).toEqual({ shown: 'draft.txt', forReader: 'draft.md' });
  });

  it('argument errors: two reads of stdin, --name without -, an unknown --format-in', async () => {
    for (const argv of [
      ['compare', '-', '-'],
      ['scan', '--name', 'x.txt', 'good.txt'],
      ['report', '-', '--format-in', 'rtf'],
    ]) {
      const { code, err } = await run(GOOD_TEXT, ...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err.trimEnd().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  });

  it('the installed command reads a real pipe', () => {
    ensureBuilt(BIN);
    const bin = BIN;
    const result = spawnSync(process.execPath, [bin, 'scan', '-', '--name', 'piped.txt', '--format', 'jsonl'], { input: GOOD_TEXT, encoding: 'utf8', cwd: root });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ source: 'piped.txt', documentId: 'piped' });
  });
});
