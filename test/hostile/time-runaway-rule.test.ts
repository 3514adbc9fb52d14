import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { catastrophicBacktracking } from '../../src/rules/backtracking.js';
import { compileRuleRegex } from '../../src/rules/regex.js';
import { HAS_GNU_TIME, MEMORY_BUDGET_MB, runMeasured, scratchFolder } from './inputs-run.js';
import { STUCK_REGEX, STUCK_TEXT, stuckRuleYaml } from './stuck-rule.js';

/**
 * A user rule whose regex never returns on one file, of a kind the load-time checker does not see
 * (two alternatives that match the same letter, repeated): the scan must stop that file at the time
 * budget, name the rule, and go on with the batch, with one job as with several.
 */

const dir = scratchFolder('runaway');
const AGREEMENT = readFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-borealis-epa.txt'), 'utf8');

mkdirSync(join(dir, 'rules', 'cultural-exemption'), { recursive: true });
writeFileSync(join(dir, 'rules', 'cultural-exemption', 'stuck.yaml'), stuckRuleYaml());
copyFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-borealis-epa.txt'), join(dir, 'first.txt'));
copyFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-borealis-epa.txt'), join(dir, 'last.txt'));
// The rest of the agreement is ordinary.
writeFileSync(join(dir, 'stuck.txt'), `${AGREEMENT}\n\n${STUCK_TEXT}\n`);

/** A budget short enough for a test, long enough for the agreement's ordinary rules on a busy machine. */
const BUDGET_ENV = { CULTURESCAN_DOCUMENT_SECONDS: '4' };
const STOPPED = /^culturescan: stuck\.txt: stopped: the rules ran past the time budget of 4 s per document, in rule stuck \([^)]*stuck\.yaml\); raise it with CULTURESCAN_DOCUMENT_SECONDS$/;

interface ScannedLine {
  source: string;
  findings: unknown[];
  errors: string[];
}

describe('a user rule that never returns on one file', () => {
  it('is one the load-time checker lets through (so only the time budget can stop it)', () => {
    expect(catastrophicBacktracking(compileRuleRegex(STUCK_REGEX))).toBeUndefined();
  });

  it.each([['1'], ['2']])('is stopped at the time budget with --jobs %s: one line naming the file and the rule, the other files scanned', { timeout: 150_000 }, (jobs) => {
    const run = runMeasured(dir, ['scan', '--format', 'jsonl', '--jobs', jobs, '--rules', 'rules', 'first.txt', 'stuck.txt', 'last.txt'], { env: BUDGET_ENV, cpuSeconds: 60 });
    expect(run.code, run.err).toBe(0); // not killed at the harness's timeout: the run ended by itself
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(STOPPED);
    const scanned = run.out.trim().split('\n').map((line) => JSON.parse(line) as ScannedLine);
    expect(scanned.map((d) => [d.source, d.errors.length])).toEqual([['first.txt', 0], ['last.txt', 0], ['stuck.txt', 1]]); // in the order of their names
    expect(scanned[0]!.findings.length).toBeGreaterThan(0);
    expect(scanned[1]!.findings).toEqual(scanned[0]!.findings); // the same agreement, the same findings
    if (HAS_GNU_TIME) expect(run.peakMb).toBeLessThan(MEMORY_BUDGET_MB);
  });

  it('is stopped when it is the only file scanned (exit 2: nothing could be scanned)', { timeout: 150_000 }, () => {
    const run = runMeasured(dir, ['scan', '--rules', 'rules', 'stuck.txt'], { env: BUDGET_ENV, cpuSeconds: 60 });
    expect(run.code, run.err).toBe(2);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(STOPPED);
  });
});

