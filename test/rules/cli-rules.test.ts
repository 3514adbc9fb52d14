import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const cwd = join(import.meta.dirname, '..', '..');

const run = (...argv: string[]) => runCli(cwd, argv);

describe('culturescan rules list', () => {
  it('lists the rules of --rules over the built-in ones, in aligned columns', async () => {
    const { code, out } = await run('rules', 'list', '--rules', 'test/fixtures/rules');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+CATEGORY\s+LANGUAGES\s+REFERENCES\s+TITLE$/);
    const row = lines.find((line) => line.startsWith('cultural-cooperation-near '));
    expect(row).toMatch(/^cultural-cooperation-near\s+cultural-cooperation\s+en\s+convention-art-16,og-19\.1\s+Cooperation in the cultural field$/);
    const categoryColumn = lines[0]?.indexOf('CATEGORY');
    expect(row?.indexOf('cultural-cooperation ', 'cultural-cooperation-near'.length)).toBe(categoryColumn);
    expect(lines.at(-1)).toMatch(/^\d+ rules?$/);
  });
});

describe('culturescan rules test', () => {
  it('prints a summary and exits 0 exactly when nothing failed', async () => {
    const { code, out } = await run('rules', 'test', '--rules', 'test/fixtures/rules');
    const summary = /^(\d+) passed, (\d+) failed$/m.exec(out);
    expect(summary).not.toBeNull();
    expect(Number(summary?.[1])).toBeGreaterThan(0);
    expect(code).toBe(Number(summary?.[2]) > 0 ? 1 : 0);
  });

  it('reports each failing example with its rule file and exits 1', async () => {
    const { code, out } = await run('rules', 'test', '--rules', 'test/fixtures/rules-failing');
    expect(code).toBe(1);
    const file = 'test/fixtures/rules-failing/cultural-exemption/film-quota-never-fires.yaml';
    expect(out).toContain(`${file}: film-quota-never-fires: match example 2 did not fire: "Each Party may keep a minimum share of cinema time for domestic films."\n`);
    expect(out).toContain(`${file}: film-quota-never-fires: noMatch example 1 fired on «screen quota»: "A screen quota is a measure of this kind."\n`);
  });

  it('exits 2 with every problem on stderr when rule files are broken', async () => {
    const { code, err } = await run('rules', 'test', '--rules', 'test/fixtures/rules-broken/bad-regex', '--rules', 'test/fixtures/rules-broken/id-mismatch');
    expect(code).toBe(2);
    expect(err).toContain('test/fixtures/rules-broken/bad-regex/bad-regex.yaml:9:14: match.all[0].regex: Invalid regular expression: Unterminated group\n');
    expect(err).toContain('culturescan: 2 problems in 2 rule files');
  });

  it('rejects an unknown action', async () => {
    const { code, err } = await run('rules', 'frobnicate');
    expect(code).toBe(2);
    expect(err).toBe("culturescan: rules: expected 'list' or 'test' (got 'frobnicate')\n");
  });
});
