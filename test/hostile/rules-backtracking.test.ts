import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreementBytes } from '../../src/ingest/index.js';
import { scanDocument, TimeBudgetExceeded } from '../../src/engine/index.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { catastrophicBacktracking } from '../../src/rules/backtracking.js';
import { patternNodes } from '../../src/rules/compile.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { compileRuleRegex } from '../../src/rules/regex.js';
import { runCli } from '../support/cli.js';

/** A user rule folder holding one rule whose regex is `regex`. */
function ruleDir(regex: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-redos-'));
  mkdirSync(join(dir, 'cultural-exemption'));
  writeFileSync(
    join(dir, 'cultural-exemption', 'runaway.yaml'),
    [
      'id: runaway',
      'category: cultural-exemption',
      'title: A rule that backtracks without end',
      'rationale: Proves that such a rule is refused before it can hang a scan.',
      'severity: info',
      'languages: [en]',
      'match:',
      `  regex: '${regex}'`,
      'examples:',
      '  match: ["cultural industries"]',
      '  noMatch: ["trade"]',
      '',
    ].join('\n'),
  );
  return dir;
}

describe('rule regexes that backtrack catastrophically', () => {
  it('are named by the checker; sound patterns with bounded or single repetition are not', () => {
    for (const source of ['(\\w+\\s?)+$', '(a+)+$', 'cultur(?:al )*(\\w+\\s?)+industr']) expect(catastrophicBacktracking(compileRuleRegex(source)), source).toMatch(/^catastrophic backtracking: `/);
    for (const source of ['\\bco-?operat\\w* (?:\\w+ ){0,3}cultur', '(?:the )?cultural industr(?:y|ies)\\b', '[^.]{0,200}\\bnothing\\b']) expect(catastrophicBacktracking(compileRuleRegex(source)), source).toBeUndefined();
  });

  it('are refused at load, located file:line:col, by scan and by rules test (exit 2)', async () => {
    for (const regex of ['(\\w+\\s?)+$', '(a+)+$']) {
      const dir = ruleDir(regex);
      for (const argv of [['scan', '--rules', dir, 'corpus/aurelia-borealis-epa.txt'], ['rules', 'test', '--rules', dir]]) {
        const { code, err } = await runCli(PACKAGE_ROOT, argv);
        expect(code, argv.join(' ')).toBe(2);
        expect(err).toMatch(/runaway\.yaml:8:10: match\.regex: catastrophic backtracking: `[^`]+` can take exponential time on a run of '.'/);
      }
    }
  });

  it('none is among the built-in rules (which load without the check: it is made here)', () => {
    const ruleSet = loadRuleSet([join(PACKAGE_ROOT, 'rules')]);
    const hanging = ruleSet.rules.flatMap((rule) => patternNodes(rule.pattern).flatMap((node) => (node.op === 'regex' && catastrophicBacktracking(node.regex) ? [`${rule.id}: ${node.regex.source}`] : [])));
    expect(hanging).toEqual([]);
  });
});

describe('the time budget per document', () => {
  it('stops a scan that runs past it, naming the rule, on a clock counted in rule evaluations', async () => {
    const ruleSet = loadRuleSet([join(PACKAGE_ROOT, 'rules')]);
    const doc = await readAgreementBytes(readFileSync(join(PACKAGE_ROOT, 'corpus/aurelia-borealis-epa.txt')), 'draft.txt');
    const ticks = () => {
      let t = 0;
      return () => t++;
    };
    const evaluations = ticks();
    expect(scanDocument(doc, ruleSet, { now: evaluations }).findings.length).toBeGreaterThan(0);
    const needed = evaluations() - 1; // the ticks read: one at the start, one after each evaluation, then this one
    expect(scanDocument(doc, ruleSet, { timeBudgetMs: needed, now: ticks() }).findings.length).toBeGreaterThan(0);
    expect(() => scanDocument(doc, ruleSet, { timeBudgetMs: needed - 1, now: ticks() })).toThrow(TimeBudgetExceeded);
    expect(() => scanDocument(doc, ruleSet, { timeBudgetMs: 5, now: ticks() })).toThrow(/^stopped: the rules ran past the time budget of 0\.005 s per document, in rule [\w-]+ \(rules\/[\w-]+\/[\w-]+\.yaml\); raise it with CULTURESCAN_DOCUMENT_SECONDS$/);
  });

  it('one line for each file stopped, and the batch goes on (CULTURESCAN_DOCUMENT_SECONDS)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-budget-'));
    for (const name of ['a.txt', 'b.txt']) writeFileSync(join(dir, name), readFileSync(join(PACKAGE_ROOT, 'corpus/aurelia-borealis-epa.txt')));
    process.env.CULTURESCAN_DOCUMENT_SECONDS = '0.000001'; // any agreement takes longer than a microsecond
    try {
      const { code, err } = await runCli(dir, ['scan', '--jobs', '1', 'a.txt', 'b.txt']);
      const lines = err.split('\n').filter(Boolean);
      expect(lines).toHaveLength(2);
      lines.forEach((line, i) => expect(line).toMatch(new RegExp(`^culturescan: ${'ab'[i]}\\.txt: stopped: the rules ran past the time budget of 0\\.000001 s per document, in rule [\\w-]+ `)));
      expect(code).toBe(2); // nothing could be scanned
    } finally {
      delete process.env.CULTURESCAN_DOCUMENT_SECONDS;
    }
  });

  it('a budget that is not a number of seconds is refused in one line', async () => {
    process.env.CULTURESCAN_DOCUMENT_SECONDS = 'soon';
    try {
      const { code, err } = await runCli(PACKAGE_ROOT, ['scan', 'corpus/aurelia-borealis-epa.txt']);
      expect(code).toBe(2);
      expect(err).toBe("culturescan: CULTURESCAN_DOCUMENT_SECONDS must be a number of seconds above 0 (got 'soon')\n");
    } finally {
      delete process.env.CULTURESCAN_DOCUMENT_SECONDS;
    }
  });
});
