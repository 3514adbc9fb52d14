import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { JobQueue, startScanPool, type FileReply } from '../../src/cli/scan-pool.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { ruleSetOf } from '../../src/rules/compile.js';
import { openRuleSet } from '../../src/rules/open.js';
import { documentRecord } from '../../src/report/scan/jsonl.js';
import { BIN, ensureBuilt, WORKER } from '../support/built.js';

const CRASHING_WORKER = join(PACKAGE_ROOT, 'test', 'fixtures', 'workers', 'exits-on-crash-file.mjs');


/** The sample corpus plus one broken ToTA file, in a folder of their own. */
function inputs(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-jobs-'));
  writeFileSync(join(dir, 'broken.xml'), '<treaty><meta><name>Unclosed</meta></treaty>');
  return [SAMPLE_CORPUS_DIR, join(dir, 'broken.xml')];
}

function runBin(args: string[]) {
  const child = spawnSync(process.execPath, [BIN, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

const runMain = (args: string[]) => runCli(PACKAGE_ROOT, args);

describe('scan --jobs', () => {
  beforeAll(() => {
    ensureBuilt(WORKER);
  }, 120_000);

  it('the built bin prints the same report and errors with --jobs 2 as with --jobs 1', () => {
    const files = inputs();
    const one = runBin(['scan', '--jobs', '1', '--format', 'jsonl', ...files]);
    const two = runBin(['scan', '--jobs', '2', '--format', 'jsonl', ...files]);
    expect(one.code, one.err).toBe(0);
    expect(two).toEqual(one);
    const docs = one.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string; findings: unknown[]; errors: string[] });
    expect(docs.filter((d) => d.errors.length > 0).map((d) => d.source)).toEqual([files[1]]);
    expect(docs.filter((d) => d.findings.length > 0).length).toBeGreaterThan(3);
    expect(one.err.trimEnd().split('\n')).toEqual([expect.stringMatching(/^culturescan: .*broken\.xml: is not well-formed XML/)]);
  });

  it('in-process runs use the built worker: same output, gates included, with --jobs 3 as with --jobs 1', async () => {
    const files = inputs();
    const args = (jobs: string) => ['scan', '--jobs', jobs, '--format', 'json', '--fail-on', 'no-convention-reference', ...files];
    const one = await runMain(args('1'));
    const three = await runMain(args('3'));
    expect(one.code).toBe(1);
    expect(three).toEqual(one);
    expect(one.err).toMatch(/fails gate no-convention-reference/);
  });

  it('a broken rule file stops the run with exit 2 before any file is scanned, workers or not', () => {
    const args = (jobs: string) => ['scan', '--jobs', jobs, '--format', 'jsonl', '--rules', 'test/fixtures/rules-broken/bad-regex', ...inputs()];
    const one = runBin(args('1'));
    const two = runBin(args('2'));
    expect(one.code).toBe(2);
    expect(one.out).toBe('');
    expect(one.err).toMatch(/^test\/fixtures\/rules-broken\/bad-regex\/bad-regex\.yaml:\d+:\d+: /);
    expect(two).toEqual(one);
  });

  it('workers started before the files are listed are sent away when the paths name nothing, or a single file', () => {
    // A worker left waiting would keep the process alive: spawnSync's timeout would then end it with a signal.
    const missing = spawnSync(process.execPath, [BIN, 'scan', '--jobs', '2', join(SAMPLE_CORPUS_DIR, 'no-such-draft.txt'), SAMPLE_CORPUS_DIR], { cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect([missing.status, missing.signal]).toEqual([2, null]);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/no-such-draft\.txt: no such file or directory/);
    const file = join(SAMPLE_CORPUS_DIR, 'aurelia-montaria-framework.txt');
    const one = runBin(['scan', '--jobs', '1', '--format', 'jsonl', file]);
    const single = spawnSync(process.execPath, [BIN, 'scan', '--jobs', '3', '--format', 'jsonl', file], { cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect([single.status, single.signal, single.stdout, single.stderr]).toEqual([0, null, one.out, one.err]);
  });

  it('rejects a --jobs that is not a positive whole number, before scanning', async () => {
    const { code, out, err } = await runMain(['scan', '--jobs', '0', SAMPLE_CORPUS_DIR]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe("culturescan: --jobs must be a whole number from 1 to 256 (got '0')\n");
  });
});

describe('the scan worker pool', () => {
  it('scans every file in real worker threads exactly as the main thread does', { timeout: 60_000 }, async () => {
    const files = inputs();
    const inProcess = await runMain(['scan', '--jobs', '1', '--format', 'jsonl', ...files]);
    const expected = inProcess.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string; documentId: string; findings: unknown[]; errors: string[] });
    const paths = expected.map((d) => resolve(PACKAGE_ROOT, d.source));
    const replies: FileReply[] = [];
    // The main thread takes no file here: the two workers scan them all, with the rules it hands over
    // (the built-in rule set as a command opens it: with its anchor plans and hash, which the workers take as given).
    // As scan asks: each finding's legal force decided in the worker, while the document is at hand.
    const pool = startScanPool(WORKER, paths, 2, { wantDocument: false, legalForce: 'findings-and-signals' }, new JobQueue(paths.length));
    pool.release(await openRuleSet([BUILTIN_RULES_DIR], { cwd: PACKAGE_ROOT }), (reply) => replies.push(reply));
    await pool.done;
    expect(replies.map((r) => r.index).sort((a, b) => a - b)).toEqual(paths.map((_, i) => i));
    for (const reply of replies) {
      const want = expected[reply.index]!;
      if (reply.kind === 'scanned') {
        expect(reply.scanned.documentId).toBe(want.documentId);
        const printed = documentRecord({ ...want, title: null, language: null, meta: null, findings: reply.scanned.findings, signals: reply.scanned.signals }).findings;
        expect(JSON.parse(JSON.stringify(printed))).toEqual(want.findings);
      } else expect([reply.kind, reply.kind === 'row' ? undefined : reply.message]).toEqual(['unreadable', want.errors[0]]);
    }
    expect(replies.filter((r) => r.kind === 'unreadable')).toHaveLength(1);
  });

  it('loses only the file a dying worker was on, and goes on with a fresh worker', async () => {
    const paths = ['a.xml', 'b.xml', 'crash.xml', 'c.xml', 'd.xml'];
    const replies: FileReply[] = [];
    const pool = startScanPool(CRASHING_WORKER, paths, 1, { wantDocument: false }, new JobQueue(paths.length));
    pool.release(ruleSetOf([]), (reply) => replies.push(reply));
    await pool.done;
    const byIndex = replies.sort((a, b) => a.index - b.index);
    expect(byIndex.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    expect(byIndex[2]).toEqual({ index: 2, kind: 'failed', message: 'the scan worker stopped (exit code 3)' });
    expect(byIndex.filter((r) => r.kind === 'unreadable').map((r) => (r.kind === 'unreadable' ? r.message : ''))).toEqual(['seen a.xml', 'seen b.xml', 'seen c.xml', 'seen d.xml']);
  });
});
