import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { BIN, ensureBuilt } from '../support/built.js';

const EPA = 'corpus/aurelia-borealis-epa.txt';
const FTA = 'corpus/calderra-solana-tpa.txt';
const cacheHome = mkdtempSync(join(tmpdir(), 'culturescan-packed-'));

/**
 * Every command in every output format, run as the installed command runs: the packed bin, whose
 * chunks load the packages a format needs (Vega for the overview's charts, the brief's HTML) only when
 * it is asked for. A package loaded the wrong way there fails only in the packed bin, not in the
 * modules the other tests import.
 */
const RUNS: Array<[string, string[], RegExp]> = [
  ...['text', 'json', 'jsonl', 'csv', 'markdown'].map((format): [string, string[], RegExp] => [`scan --format ${format}`, ['scan', EPA, '--format', format], /convention-reference/]),
  ...['text', 'csv', 'json', 'jsonl', 'markdown'].map((format): [string, string[], RegExp] => [`overview --format ${format}`, ['overview', EPA, FTA, '--format', format], /aurelia-borealis-epa/]),
  ['overview --format html (charts drawn by Vega)', ['overview', EPA, FTA, '--format', 'html'], /<svg[\s\S]*aurelia-borealis-epa/],
  ...['markdown', 'html', 'json'].map((format): [string, string[], RegExp] => [`report --format ${format}`, ['report', EPA, '--format', format], /Art(icle|\.) 16|art-16|"16"/i]),
  ...['markdown', 'html', 'json'].map((format): [string, string[], RegExp] => [`compare --format ${format}`, ['compare', EPA, FTA, '--format', format], /aurelia-borealis-epa|AURELIA/i]),
  ...['markdown', 'json'].map((format): [string, string[], RegExp] => [`lineage --format ${format}`, ['lineage', EPA, FTA, '--format', format], /aurelia-borealis-epa/]),
  ['inspect', ['inspect', EPA], /article 1\.1/],
  ['inspect --json', ['inspect', EPA, '--json'], /"outline"/],
  ['rules list', ['rules', 'list'], /cultural-exemption/],
  ['rules test', ['rules', 'test'], /\d+ passed, 0 failed/],
];

describe('the packed command line, every command in every format', () => {
  it.each(RUNS)('%s', (_name, args, expected) => {
    ensureBuilt(BIN);
    const run = spawnSync(process.execPath, [BIN, ...args], {
      cwd: PACKAGE_ROOT,
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cacheHome },
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(expected);
  });
});
