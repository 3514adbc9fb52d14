import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowEntrySchema } from '../../src/cli/overview-row-cache-entry.js';
import { rowCacheCounts, rowSlot } from '../../src/cli/overview-row-cache.js';
import { scanDocument } from '../../src/engine/index.js';
import { cacheCounts } from '../../src/ingest/extraction-cache.js';
import { readAgreement } from '../../src/ingest/index.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { openRuleSet } from '../../src/rules/open.js';
import { BIN, ensureBuilt } from '../support/built.js';
import { runCli } from '../support/cli.js';

// The sample corpus's PDF and Word files were made by LibreOffice (test/corpus-src/make-corpus.sh).
const PDF = 'aurelia-calderra-deca.pdf';
const DOCX = 'valmontie-norlande-accord.docx';

/** A folder of agreements (the PDF, the Word file, and any `extra` text files), and a fresh cache home. */
function setup(extra: Record<string, string> = {}): { dir: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-row-cache-docs-'));
  for (const file of [PDF, DOCX]) copyFileSync(join(PACKAGE_ROOT, 'corpus', file), join(dir, file));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  const home = mkdtempSync(join(tmpdir(), 'culturescan-row-cache-home-'));
  process.env.XDG_CACHE_HOME = home;
  return { dir, cache: join(home, 'culturescan') };
}

interface Run {
  out: string;
  rows: { hits: number; misses: number };
  documents: { hits: number; misses: number };
}

async function overview(dir: string, ...extra: string[]): Promise<Run> {
  const before = { rows: { ...rowCacheCounts }, documents: { ...cacheCounts } };
  const { code, out, err } = await runCli(dir, ['overview', '.', '--format', 'jsonl', '--jobs', '1', ...extra]);
  expect(err).toBe('');
  expect(code).toBe(0);
  return {
    out,
    rows: { hits: rowCacheCounts.hits - before.rows.hits, misses: rowCacheCounts.misses - before.rows.misses },
    documents: { hits: cacheCounts.hits - before.documents.hits, misses: cacheCounts.misses - before.documents.misses },
  };
}

const rowEntries = (cache: string) => readdirSync(cache).filter((name) => name.startsWith('row-')).sort();
const parsedRows = (out: string) => out.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; parties: unknown; findings: Record<string, number> });

describe('the cache of overview rows', () => {
  it('gives a second overview every row from the cache, as the first run and a run without the cache print them', async () => {
    const { dir, cache } = setup();
    const first = await overview(dir);
    expect(first.rows).toEqual({ hits: 0, misses: 2 });
    expect(rowEntries(cache)).toEqual([expect.stringMatching(/^row-[0-9a-f]{64}-[0-9a-f]{16}\.json$/), expect.stringMatching(/^row-[0-9a-f]{64}-[0-9a-f]{16}\.json$/)]);
    const second = await overview(dir);
    expect(second.rows).toEqual({ hits: 2, misses: 0 });
    // Neither read nor looked up: the row is all the run needs.
    expect(second.documents).toEqual({ hits: 0, misses: 0 });
    expect(second.out).toBe(first.out);
    expect((await overview(dir, '--no-cache')).out).toBe(first.out);
    expect(parsedRows(first.out).map((r) => r.id).sort()).toEqual(['aurelia-calderra-deca', 'valmontie-norlande-accord']);
    for (const format of ['csv', 'markdown', 'json']) {
      const fresh = await runCli(dir, ['--no-cache', 'overview', '.', '--format', format, '--jobs', '1']);
      const cached = await runCli(dir, ['overview', '.', '--format', format, '--jobs', '1']);
      expect(cached.out).toBe(fresh.out);
    }
  });

  it('shows each row under the path given this time, not the one it was cached under', async () => {
    const { dir } = setup();
    const first = await overview(dir);
    const moved = join(dir, 'moved');
    mkdirSync(moved);
    for (const file of [PDF, DOCX]) renameSync(join(dir, file), join(moved, file));
    const { out } = await runCli(moved, ['overview', '.', '--format', 'csv', '--jobs', '1']);
    const { out: fresh } = await runCli(moved, ['--no-cache', 'overview', '.', '--format', 'csv', '--jobs', '1']);
    expect(out).toBe(fresh);
    expect(first.out).toContain(PDF);
  });

  it('keeps hostile text as the document has it: control characters, formula-like names, outputs identical', async () => {
    const text = 'Agreement between Aurelia and Calderra\u001b]0;owned\u0007\n\nArticle 1\nThe Parties recognise the importance of cultural diversity \u001b[2J and of the 2005 UNESCO Convention.\n';
    const { dir } = setup({ '=1+1.txt': text, 'evil\u001b[31mname.md': text });
    const fresh = await runCli(dir, ['--no-cache', 'overview', '.', '--format', 'csv', '--jobs', '1']);
    const first = await runCli(dir, ['overview', '.', '--format', 'csv', '--jobs', '1']);
    const second = await runCli(dir, ['overview', '.', '--format', 'csv', '--jobs', '1']);
    expect(first.out).toBe(fresh.out);
    expect(second.out).toBe(fresh.out);
    expect(second.out).toContain("'=1+1.txt");
    expect(second.out).not.toContain('\u001b');
  });

  it('never trusts a damaged, foreign or tampered entry: the row is made afresh and the entry rewritten', async () => {
    const { dir, cache } = setup();
    const first = await overview(dir);
    const [a, b] = rowEntries(cache) as [string, string];
    const good = JSON.parse(readFileSync(join(cache, a), 'utf8')) as { key: string; row: Record<string, unknown> };
    const damage: Array<[string, (file: string) => void]> = [
      ['truncated', (file) => writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40))],
      ['not JSON', (file) => writeFileSync(file, '\u0000\u0001garbage')],
      ['another key (an older culturescan, other rules)', (file) => writeFileSync(file, JSON.stringify({ ...good, key: `${good.key}0`, row: { ...good.row, verdict: 'covered' } }))],
      ['the right key, a row of the wrong shape', (file) => writeFileSync(file, JSON.stringify({ key: (JSON.parse(readFileSync(file, 'utf8')) as { key: string }).key, row: { ...good.row, verdict: 'maybe' } }))],
      ['the right key, a row with a field no row has', (file) => writeFileSync(file, JSON.stringify({ ...(JSON.parse(readFileSync(file, 'utf8')) as object), extra: 1 }))],
      ['a link to a device', (file) => { rmSync(file); symlinkSync('/dev/zero', file); }],
      ['a folder', (file) => { rmSync(file); mkdirSync(join(file, 'inside'), { recursive: true }); }],
    ];
    for (const [what, spoil] of damage) {
      // The first entry is spoiled in each way in turn; the second stays good throughout.
      spoil(join(cache, a));
      const again = await overview(dir);
      expect({ what, rows: again.rows }).toEqual({ what, rows: { hits: 1, misses: 1 } });
      expect(again.out).toBe(first.out);
      if (what === 'a folder') {
        // Nothing can be renamed over a folder: the run still prints the right rows, and once it is gone the entry is written.
        rmSync(join(cache, a), { recursive: true });
        await overview(dir);
      }
      expect(rowEntrySchema.safeParse(JSON.parse(readFileSync(join(cache, a), 'utf8'))).success).toBe(true);
    }
    expect(rowEntrySchema.safeParse(JSON.parse(readFileSync(join(cache, b), 'utf8'))).success).toBe(true);
    expect((await overview(dir)).rows).toEqual({ hits: 2, misses: 0 });
  });

  it('gives a fresh row when a rule file, the --parties option, the file or its name changes', async () => {
    const { dir, cache } = setup();
    const rules = mkdtempSync(join(tmpdir(), 'culturescan-row-cache-rules-'));
    mkdirSync(join(rules, 'cultural-cooperation'));
    const rule = (word: string) => writeFileSync(join(rules, 'cultural-cooperation', 'named-party.yaml'), [
      'id: named-party',
      'category: cultural-cooperation',
      'title: A Party named',
      'rationale: A rule of the test, counting where a Party is named.',
      'severity: info',
      'languages: [en]',
      'match:',
      `  regex: '\\b${word}\\b'`,
      'examples:',
      `  match: ["${word}"]`,
      '  noMatch: ["trade"]',
      '',
    ].join('\n'));
    const cooperation = (out: string) => parsedRows(out).map((r) => [r.id, r.findings['cultural-cooperation']]);

    // With the user's rules, worker threads make the rows: what they did is seen in the cache folder.
    const snapshot = () => Object.fromEntries(rowEntries(cache).map((name) => [name, statSync(join(cache, name)).ino]));
    rule('Qwertyzzz');
    const none = await overview(dir, '--rules', rules);
    const afterNone = snapshot();
    expect(Object.keys(afterNone)).toHaveLength(2);
    expect((await overview(dir, '--rules', rules)).out).toBe(none.out);
    expect(snapshot()).toEqual(afterNone);
    rule('Aurelia');
    const named = await overview(dir, '--rules', rules);
    expect(cooperation(named.out)).not.toEqual(cooperation(none.out));
    expect(named.out).toBe((await overview(dir, '--rules', rules, '--no-cache')).out);
    const afterNamed = snapshot();
    expect(Object.keys(afterNamed)).toHaveLength(4);
    expect((await overview(dir, '--rules', rules)).out).toBe(named.out);
    expect(snapshot()).toEqual(afterNamed);

    const plain = await overview(dir);
    expect(plain.rows).toEqual({ hits: 0, misses: 2 });
    const stated = await overview(dir, '--parties', 'CAN,UKR');
    expect(stated.rows).toEqual({ hits: 0, misses: 2 });
    expect(parsedRows(stated.out).map((r) => r.parties)).toEqual([[{ code: 'CAN', status: 'developed' }, { code: 'UKR', status: 'developing' }], [{ code: 'CAN', status: 'developed' }, { code: 'UKR', status: 'developing' }]]);
    expect(stated.out).toBe((await overview(dir, '--parties', 'CAN,UKR', '--no-cache')).out);
    // Each set of settings keeps its own entries: going back costs nothing.
    expect((await overview(dir)).rows).toEqual({ hits: 2, misses: 0 });

    renameSync(join(dir, DOCX), join(dir, `renamed-${DOCX}`));
    const renamed = await overview(dir);
    expect(renamed.rows).toEqual({ hits: 1, misses: 1 });
    expect(parsedRows(renamed.out).map((r) => r.id)).toContain('renamed-valmontie-norlande-accord');
    writeFileSync(join(dir, 'added.txt'), 'Agreement between Aurelia and Calderra\n\nArticle 1\nCultural cooperation.\n');
    expect((await overview(dir)).rows).toEqual({ hits: 2, misses: 1 });
    writeFileSync(join(dir, 'added.txt'), 'Agreement between Aurelia and Calderra\n\nArticle 1\nCultural cooperation and the 2005 UNESCO Convention.\n');
    const edited = await overview(dir);
    expect(edited.rows).toEqual({ hits: 2, misses: 1 });
    expect(edited.out).toBe((await overview(dir, '--no-cache')).out);
  }, 240_000);

  it('is not used for a run that writes briefs, which need the whole assessment', async () => {
    const { dir, cache } = setup();
    const first = await overview(dir);
    const briefs = mkdtempSync(join(tmpdir(), 'culturescan-row-cache-briefs-'));
    const withBriefs = await overview(dir, '--briefs', briefs);
    expect(withBriefs.rows).toEqual({ hits: 0, misses: 0 });
    expect(readdirSync(briefs).sort()).toEqual(['aurelia-calderra-deca.html', 'valmontie-norlande-accord.html']);
    expect(parsedRows(withBriefs.out).map((r) => r.id)).toEqual(parsedRows(first.out).map((r) => r.id));
    expect(rowEntries(cache)).toHaveLength(2);
  });

  it('is left alone with --no-cache', async () => {
    const { dir, cache } = setup();
    const run = await overview(dir, '--no-cache');
    expect(run.rows).toEqual({ hits: 0, misses: 0 });
    expect(() => readdirSync(cache)).toThrow();
  });

  it('keys the rules by what they are, the same before and after a scan used them', async () => {
    const ruleSet = await openRuleSet([join(PACKAGE_ROOT, 'rules')]);
    const doc = await readAgreement(join(PACKAGE_ROOT, 'corpus', 'calderra-solana-tpa.txt'));
    const bytes = readFileSync(join(PACKAGE_ROOT, 'corpus', 'calderra-solana-tpa.txt'));
    const before = rowSlot('/cache', bytes, 'calderra-solana-tpa.txt', ruleSet, undefined);
    scanDocument(doc, ruleSet);
    const reopened = await openRuleSet([join(PACKAGE_ROOT, 'rules')]);
    scanDocument(doc, reopened);
    expect(rowSlot('/cache', bytes, 'calderra-solana-tpa.txt', reopened, undefined)).toEqual(before);
    expect(rowSlot('/cache', bytes, 'other-name.txt', reopened, undefined).key).not.toBe(before.key);
    expect(rowSlot('/cache', bytes, 'calderra-solana-tpa.txt', { ...reopened, rules: reopened.rules.slice(1) }, undefined).key).not.toBe(before.key);
  });
});

describe('two processes sharing the cache of overview rows', () => {
  beforeAll(() => ensureBuilt(BIN), 300_000);

  const run = (cwd: string, env: NodeJS.ProcessEnv, ...extra: string[]) =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, ...extra, 'overview', '.', '--format', 'csv', '--quiet'], { cwd, env });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('close', (code) => resolve({ code, out, err }));
    });

  it('both print what a run without the cache prints, and leave whole entries and no temporary files', async () => {
    const { dir, cache } = setup({ 'plain.txt': readFileSync(join(PACKAGE_ROOT, 'corpus', 'calderra-solana-tpa.txt'), 'utf8') });
    const env = { ...process.env, NO_COLOR: '1' };
    const fresh = await run(dir, env, '--no-cache');
    expect(fresh.code).toBe(0);
    const [a, b] = await Promise.all([run(dir, env), run(dir, env)]);
    expect([a.code, b.code, a.err, b.err]).toEqual([0, 0, '', '']);
    expect(a.out).toBe(fresh.out);
    expect(b.out).toBe(fresh.out);
    const names = readdirSync(cache);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(rowEntries(cache)).toHaveLength(3);
    for (const name of rowEntries(cache)) expect(rowEntrySchema.safeParse(JSON.parse(readFileSync(join(cache, name), 'utf8'))).success).toBe(true);
    expect((await run(dir, env)).out).toBe(fresh.out);
  }, 180_000);
});
