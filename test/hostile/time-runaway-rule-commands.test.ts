import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { HAS_GNU_TIME, MEMORY_BUDGET_MB, runMeasured, scratchFolder } from './inputs-run.js';
import { STUCK_TEXT, stuckRuleYaml } from './stuck-rule.js';

/**
 * The single-file commands and `rules test` with a user rule whose regex never returns (of a kind the
 * load-time checker lets through): each must stop at the time budget with one line naming the rule,
 * as `scan` does. Every run is held to a CPU limit: a command that spun on in the rule would be killed
 * by it and fail, whatever the load of the machine.
 */

const dir = scratchFolder('runaway-commands');
const AGREEMENT = readFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-borealis-epa.txt'), 'utf8');

// `rules`: the rule hangs on stuck.txt only; `hanging-example`: its second match example hangs it too.
mkdirSync(join(dir, 'rules', 'cultural-exemption'), { recursive: true });
writeFileSync(join(dir, 'rules', 'cultural-exemption', 'stuck.yaml'), stuckRuleYaml());
mkdirSync(join(dir, 'hanging-example', 'cultural-exemption'), { recursive: true });
writeFileSync(join(dir, 'hanging-example', 'cultural-exemption', 'stuck.yaml'), stuckRuleYaml(['cultural aaa', STUCK_TEXT]));
copyFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-borealis-epa.txt'), join(dir, 'good.txt'));
writeFileSync(join(dir, 'stuck.txt'), `${AGREEMENT}\n\n${STUCK_TEXT}\n`);

const BUDGET_ENV = { CULTURESCAN_DOCUMENT_SECONDS: '4' };
/** Far more than a budget of 4 s and an ordinary agreement take; a command stuck in the rule spins past it. */
const CPU_SECONDS = 60;
const STOPPED = /^culturescan: stuck\.txt: stopped: the rules ran past the time budget of 4 s per document, in rule stuck \(rules\/cultural-exemption\/stuck\.yaml\); raise it with CULTURESCAN_DOCUMENT_SECONDS$/;

function run(args: string[]) {
  return runMeasured(dir, args, { env: BUDGET_ENV, cpuSeconds: CPU_SECONDS });
}

describe('a user rule that never returns, in the commands that read one file', () => {
  it.each([
    ['report', ['report', '--rules', 'rules', 'stuck.txt']],
    ['review', ['review', '--rules', 'rules', 'stuck.txt']],
    ['compare (the right side stuck)', ['compare', '--rules', 'rules', 'good.txt', 'stuck.txt']],
    ['compare (the left side stuck)', ['compare', '--rules', 'rules', 'stuck.txt', 'good.txt']],
  ])('stops %s at the time budget: one line naming the file and the rule, exit 2', { timeout: 150_000 }, (_name, args) => {
    const result = run(args);
    expect(result.code, result.err).toBe(2);
    expect(result.out).toBe('');
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(STOPPED);
    if (HAS_GNU_TIME) expect(result.peakMb).toBeLessThan(MEMORY_BUDGET_MB);
  });

  it('gives the same brief with the user rule (run in the watched worker) as without it, on a file it does not hang', { timeout: 150_000 }, () => {
    const watched = run(['report', '--format', 'json', '--rules', 'rules', 'good.txt']);
    const plain = run(['report', '--format', 'json', 'good.txt']);
    expect(watched.code, watched.err).toBe(0);
    expect(plain.code, plain.err).toBe(0);
    const findings = (out: string) => (JSON.parse(out) as { findings: unknown[] }).findings;
    expect(findings(watched.out).length).toBeGreaterThan(0);
    expect(findings(watched.out)).toEqual(findings(plain.out));
  });
});

describe('a user rule whose own example never returns, in rules test', () => {
  it('fails that example in one line naming the rule file and the example; the other examples run (exit 1)', { timeout: 150_000 }, () => {
    const result = run(['rules', 'test', '--rules', 'hanging-example']);
    expect(result.code, result.err).toBe(1);
    expect(result.err).toBe('');
    const lines = result.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^hanging-example\/cultural-exemption\/stuck\.yaml: stuck: match example 2 stopped: the rules ran past the time budget of 4 s per document, in rule stuck \(hanging-example\/cultural-exemption\/stuck\.yaml\); raise it with CULTURESCAN_DOCUMENT_SECONDS: "The cultural a+b"$/);
    const [, passed, failed] = /^(\d+) passed, (\d+) failed$/.exec(lines[1] ?? '') ?? [];
    expect(Number(failed)).toBe(1);
    expect(Number(passed)).toBeGreaterThan(100); // the built-in rules' examples and the rule's other two
    if (HAS_GNU_TIME) expect(result.peakMb).toBeLessThan(MEMORY_BUDGET_MB);
  });
});
