import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { SHARED_TOTA } from '../assess/tota-articles.js';
import { runCli } from '../support/cli.js';

interface Entry {
  documentId: string;
  dateSigned?: string;
  clauses: number;
  template?: { documentId: string; shared: number; share: number };
}

describe('culturescan lineage', () => {
  it('finds the draft a later text was made from, and lists the corpus in order of signature', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-lineage-'));
    const original = readFileSync(join(PACKAGE_ROOT, 'corpus/borealis-calderra-cepa.md'), 'utf8');
    expect(original).toContain('Signed: Halvard, 2 September 2023');
    writeFileSync(join(dir, 'original.md'), original);
    writeFileSync(join(dir, 'follow-up.md'), original.replace('Signed: Halvard, 2 September 2023', 'Signed: Halvard, 2 September 2025').replaceAll('Calderra', 'Estavia'));
    writeFileSync(join(dir, 'unrelated.md'), readFileSync(join(PACKAGE_ROOT, 'corpus/aurelia-montaria-framework.txt'), 'utf8'));
    const { code, out, err } = await runCli(dir, ['lineage', '.', '--format', 'json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const entries = JSON.parse(out) as Entry[];
    expect(entries.map((e) => [e.documentId, e.dateSigned, e.template?.documentId])).toEqual([
      ['unrelated', '2019-10-09', undefined],
      ['original', '2023-09-02', undefined],
      ['follow-up', '2025-09-02', 'original'],
    ]);
    const followUp = entries[2]!;
    expect(followUp.template?.shared).toBe(followUp.clauses);
    const markdown = await runCli(dir, ['lineage', '.']);
    expect(markdown.out).toMatch(/^\| .* \(`follow-up`\) \| 2025-09-02 \| \d+ \| .* \(`original`\) \| 2023-09-02 \| (\d+) of \1 \(100%\) \|$/m);
  });

  it("places a text that states no date by its file name's year, marked as such", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-lineage-'));
    const original = readFileSync(join(PACKAGE_ROOT, 'corpus/borealis-calderra-cepa.md'), 'utf8');
    writeFileSync(join(dir, 'original.md'), original);
    // A later text published without its date, as an act printed without its final clause.
    const undatedText = original.replace('Signed: Halvard, 2 September 2023', '').replace(/^Done at .*$/m, '').replaceAll('Calderra', 'Estavia');
    expect(undatedText).not.toMatch(/2023/);
    writeFileSync(join(dir, 'borealis-estavia-2026.md'), undatedText);
    // With no year in its name either, a text is undated.
    writeFileSync(join(dir, 'borealis-ostavia.md'), undatedText.replaceAll('Estavia', 'Ostavia'));
    const { code, out, err } = await runCli(dir, ['lineage', '.', '--format', 'json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const entries = JSON.parse(out) as Array<Entry & { yearFromFileName?: number; undated?: boolean }>;
    expect(entries.map((e) => [e.documentId, e.dateSigned, e.yearFromFileName, e.undated, e.template?.documentId])).toEqual([
      ['original', '2023-09-02', undefined, undefined, undefined],
      ['borealis-estavia-2026', undefined, 2026, undefined, 'original'],
      ['borealis-ostavia', undefined, undefined, true, undefined],
    ]);
    const markdown = await runCli(dir, ['lineage', '.']);
    expect(markdown.out).toMatch(/^\| .* \(`borealis-estavia-2026`\) \| 2026\? \| \d+ \| .* \(`original`\) \| 2023-09-02 \| /m);
    expect(markdown.out).toContain('? after a year: read from the file name');
  });

  it('names an unreadable file in one line and still reads the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-lineage-'));
    writeFileSync(join(dir, 'broken.pdf'), 'not a pdf at all');
    writeFileSync(join(dir, 'ok.md'), readFileSync(join(PACKAGE_ROOT, 'corpus/borealis-calderra-cepa.md'), 'utf8'));
    const { code, out, err } = await runCli(dir, ['lineage', '.', '--format', 'json']);
    expect(code).toBe(0);
    expect(err).toMatch(/^culturescan: broken\.pdf: [^\n]+\n$/);
    expect((JSON.parse(out) as Entry[]).map((e) => e.documentId)).toEqual(['ok']);
  });
});

const present = existsSync(SHARED_TOTA);
if (!present) console.log(`lineage tests on real agreements skipped: ${SHARED_TOTA} is absent`);

describe.skipIf(!present)('culturescan lineage on real agreements', () => {
  it('traces EU–Serbia to EU–Albania, and gives a Canadian agreement no European template', async () => {
    const paths = ['pta_11', 'pta_402', 'pta_352'].map((id) => join(SHARED_TOTA, `${id}.xml`));
    const { code, out } = await runCli(PACKAGE_ROOT, ['lineage', ...paths, '--format', 'json']);
    expect(code).toBe(0);
    const byId = new Map((JSON.parse(out) as Entry[]).map((e) => [e.documentId, e]));
    // The Stabilisation and Association Agreements of 2006 and 2008 share their cultural clauses.
    expect(byId.get('pta_402')?.template).toMatchObject({ documentId: 'pta_11' });
    expect(byId.get('pta_402')!.template!.shared).toBeGreaterThanOrEqual(3);
    expect(byId.get('pta_11')?.template).toBeUndefined();
    expect(byId.get('pta_352')?.template).toBeUndefined();
  });
});
