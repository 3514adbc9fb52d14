import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rulesVersion } from '../../src/cli/provenance.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { bundleText, readRuleBundle } from '../../src/rules/bundle.js';
import { ruleSetOf } from '../../src/rules/compile.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { rulesHash, ruleSetHash } from '../../src/rules/rules-hash.js';

function rulesCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'culturescan-rules-hash-')), 'rules');
  cpSync(BUILTIN_RULES_DIR, dir, { recursive: true });
  return dir;
}

/** The rules of a bundle written from the rule files of `dir`, as a run that uses the built-in rules reads them. */
function bundledRules(dir: string) {
  const bundle = join(dir, '..', 'rules.bundle.json');
  writeFileSync(bundle, bundleText(loadRuleSet([dir], { cwd: dir }).rules, dir));
  return readRuleBundle(dir, dir, bundle)?.rules ?? [];
}

const realRegExp = globalThis.RegExp;

describe('ruleSetHash, the one hash of a rule set (row cache, brief provenance)', () => {
  afterEach(() => {
    globalThis.RegExp = realRegExp;
  });


  it('is the same for the rules read from their files and from the build-time bundle, which carries no definitions', () => {
    const dir = rulesCopy();
    const fromFiles = loadRuleSet([dir], { cwd: dir });
    const bundle = join(dir, '..', 'rules.bundle.json');
    writeFileSync(bundle, bundleText(fromFiles.rules, dir));
    const fromBundle = readRuleBundle(dir, dir, bundle)?.rules;
    expect(fromBundle?.every((rule) => rule.definition === undefined)).toBe(true);
    expect(ruleSetHash(ruleSetOf(fromBundle ?? []))).toBe(ruleSetHash(fromFiles));
    expect(rulesVersion(ruleSetOf(fromBundle ?? []))).toBe(rulesVersion(fromFiles));
  });

  it('comes with the bundle\'s rule set, which carries the hash computed when it was written', () => {
    const dir = rulesCopy();
    const fromFiles = loadRuleSet([dir], { cwd: dir });
    const bundle = join(dir, '..', 'rules.bundle.json');
    writeFileSync(bundle, bundleText(fromFiles.rules, dir));
    const stored = JSON.parse(readFileSync(bundle, 'utf8')) as { hash: string };
    expect(stored.hash).toBe(ruleSetHash(fromFiles));
    // A hash written into the bundle is the one its rule set gives, untouched by any recomputation.
    writeFileSync(bundle, JSON.stringify({ ...JSON.parse(readFileSync(bundle, 'utf8')), hash: 'written-at-build-time' }));
    const fromBundle = readRuleBundle(dir, dir, bundle);
    expect(fromBundle && ruleSetHash(fromBundle)).toBe('written-at-build-time');
    expect(rulesHash(fromBundle?.rules ?? [])).toBe(stored.hash);
  });

  it('changes with what a rule says, not with where the rule files lie', () => {
    const dir = rulesCopy();
    const before = ruleSetHash(loadRuleSet([dir], { cwd: dir }));
    expect(ruleSetHash(loadRuleSet([rulesCopy()], { cwd: dir }))).toBe(before);
    const category = readdirSync(dir, { withFileTypes: true }).find((entry) => entry.isDirectory() && readdirSync(join(dir, entry.name)).some((f) => f.endsWith('.yaml')));
    expect(category).toBeDefined();
    const ruleFile = join(dir, category!.name, readdirSync(join(dir, category!.name)).find((f) => f.endsWith('.yaml'))!);
    const text = readFileSync(ruleFile, 'utf8');
    const edited = text.replace(/^(\s*severity:\s*)(\w+)/m, (_, lead: string, severity: string) => `${lead}${severity === 'info' ? 'warning' : 'info'}`);
    expect(edited).not.toBe(text);
    writeFileSync(ruleFile, edited);
    expect(ruleSetHash(loadRuleSet([dir], { cwd: dir }))).not.toBe(before);
  });

  it('changes with a pattern of a bundled rule', () => {
    const dir = rulesCopy();
    const before = ruleSetHash(ruleSetOf(bundledRules(dir)));
    const ruleFile = join(dir, 'cultural-exemption', 'audiovisual-services-excluded-es.yaml');
    const text = readFileSync(ruleFile, 'utf8');
    const edited = text.replace('servicios audiovisuales', 'servicios audiovisuales?');
    expect(edited).not.toBe(text);
    writeFileSync(ruleFile, edited);
    expect(ruleSetHash(ruleSetOf(bundledRules(dir)))).not.toBe(before);
  });

  it('builds none of the regexes the bundle makes on first use', () => {
    const rules = bundledRules(rulesCopy());
    let built = 0;
    globalThis.RegExp = new Proxy(realRegExp, {
      construct(target, args: [string, string?]) {
        built++;
        return new target(...args);
      },
    });
    const hash = ruleSetHash(ruleSetOf(rules));
    globalThis.RegExp = realRegExp;
    expect(built).toBe(0);
    // Reading every pattern builds its regexes; the same rules hash the same afterwards.
    JSON.stringify(rules.map((rule) => rule.pattern), (_key, value: unknown) => (value instanceof realRegExp ? value.source : value));
    expect(ruleSetHash(ruleSetOf(rules))).toBe(hash);
  });
});
