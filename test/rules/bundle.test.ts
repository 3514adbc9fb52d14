import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { bundleText, readRuleBundle, RULE_BUNDLE_FILE } from '../../src/rules/bundle.js';
import { openRuleSet } from '../../src/rules/open.js';
import { loadRuleSet } from '../../src/rules/index.js';
import type { CompiledRule } from '../../src/rules/types.js';

/** A copy of the built-in rules and a bundle of them, in a folder of their own. */
function bundledCopy(): { dir: string; bundle: string } {
  const root = mkdtempSync(join(tmpdir(), 'culturescan-bundle-'));
  const dir = join(root, 'rules');
  cpSync(BUILTIN_RULES_DIR, dir, { recursive: true });
  const bundle = join(root, 'rules.bundle.json');
  writeFileSync(bundle, bundleText(loadRuleSet([dir], { cwd: dir }).rules, dir));
  return { dir, bundle };
}

const withoutDefinition = (rules: readonly CompiledRule[]) => rules.map(({ definition: _definition, ...rule }) => rule);

describe('the bundle of compiled rules', () => {
  it('gives back the very rules the rule files compile to (regexes, phrase maps and sets included), files relative to the cwd', () => {
    const { dir, bundle } = bundledCopy();
    const cwd = join(dir, '..');
    const fromFiles = loadRuleSet([dir], { cwd }).rules;
    const fromBundle = readRuleBundle(dir, cwd, bundle)?.rules;
    expect(fromBundle).toBeDefined();
    expect(fromBundle).toEqual(withoutDefinition(fromFiles));
    expect(fromBundle?.[0]?.file).toMatch(/^rules\//);
    const regexNode = fromBundle?.flatMap((r) => (r.pattern.op === 'regex' ? [r.pattern] : []))[0];
    expect(regexNode?.regex).toBeInstanceOf(RegExp);
  });

  it('makes each regex when it is first read, and gives that same object on every read (the engine keys caches by it)', () => {
    const { dir, bundle } = bundledCopy();
    const regexNode = readRuleBundle(dir, dir, bundle)?.rules.flatMap((r) => (r.pattern.op === 'regex' ? [r.pattern] : []))[0];
    expect(regexNode).toBeDefined();
    expect(Object.getOwnPropertyDescriptor(regexNode, 'regex')?.get).toBeTypeOf('function');
    const first = regexNode!.regex;
    expect(regexNode!.regex).toBe(first);
    expect(structuredClone(regexNode)!.regex).toEqual(first); // what a worker thread receives
  });

  it('is stale, and not used, once a rule file changes; touching a file without changing it keeps it', () => {
    const { dir, bundle } = bundledCopy();
    const rule = join(dir, 'ecommerce', readdirSync(join(dir, 'ecommerce')).find((name) => name.endsWith('.yaml')) ?? '');
    const later = new Date(Date.now() + 60_000);
    utimesSync(rule, later, later);
    expect(readRuleBundle(dir, dir, bundle)).toBeDefined();
    writeFileSync(rule, `${readFileSync(rule, 'utf8')}\n# edited\n`);
    expect(readRuleBundle(dir, dir, bundle)).toBeUndefined();
  });

  it('is not used when missing', () => {
    expect(readRuleBundle(BUILTIN_RULES_DIR, BUILTIN_RULES_DIR, join(tmpdir(), 'no-such-bundle.json'))).toBeUndefined();
  });
});

describe('openRuleSet', () => {
  it.skipIf(!existsSync(RULE_BUNDLE_FILE))('reads the built-in rules from the build\'s bundle, without definitions unless asked for', async () => {
    const fromFiles = loadRuleSet([BUILTIN_RULES_DIR]).rules;
    const quick = await openRuleSet([BUILTIN_RULES_DIR]);
    expect(quick.rules).toEqual(withoutDefinition(fromFiles));
    const full = await openRuleSet([BUILTIN_RULES_DIR], { withDefinitions: true });
    expect(full.rules).toEqual(fromFiles);
  });
});
