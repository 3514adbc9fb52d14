/**
 * The built-in rules compiled once, at build time, into one file: a run that uses only them reads that
 * file instead of parsing YAML, validating the schema, rewriting regexes and stemming vocabularies. The
 * bundle carries a hash of the rule files it was compiled from; when the rules folder no longer hashes
 * the same (a rule edited since the build), the bundle is stale and is not used. It also carries the
 * hash of the compiled rules (rules-hash.ts), which an overview's cache and a brief's provenance ask for.
 *
 * No YAML or schema library is imported here: that is the point of the bundle.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder } from '../files-under.js';
import { PACKAGE_ROOT } from '../paths.js';
import { decode, encode } from './bundle-json.js';
import { ruleSetWorkedOut } from './compile.js';
import { rulesHash } from './rules-hash.js';
import type { Language } from '../model.js';
import type { AnchorPlan, CompiledRule, RuleSet } from './types.js';

/** Where `npm run build` writes the bundle of the built-in rules. */
export const RULE_BUNDLE_FILE = join(PACKAGE_ROOT, 'dist', 'rules.bundle.json');

interface RuleBundle {
  /** rulesKey() of the folder the rules were compiled from. */
  key: string;
  /** rulesStamp() of that folder when the bundle was written: while it is the same, the key need not be computed. */
  stamp: string;
  /** rulesHash() of the compiled rules. */
  hash: string;
  /**
   * The compiled rules without their definitions, their `file` relative to that folder, each rule's
   * pattern as JSON text of its own (encoded by `encode`), parsed when the rule is first tried.
   */
  rules: Array<Record<string, unknown>>;
  /** Per language, the anchor plan of these rules (engine/anchors): plain JSON, read as parsed. */
  anchorPlans: Partial<Record<Language, AnchorPlan>>;
}

/** Every file the rule loader may read under `dir` (rules, vocabularies, references), relative to `dir`. */
const ruleFolderFiles = (dir: string): string[] => filesUnder(dir, (name) => /\.(?:ya?ml|txt)$/.test(name));

/** The names, sizes and modification times of the rule files: a check of freshness that reads no file. */
function rulesStamp(dir: string): string {
  return ruleFolderFiles(dir)
    .map((name) => {
      const { size, mtimeMs } = statSync(`${dir}${sep}${name}`);
      return `${name}:${size}:${mtimeMs}`;
    })
    .join('\n');
}

/** A hash of the names and contents of every file the rules of `dir` are made of. */
function rulesKey(dir: string): string {
  const hash = createHash('sha256');
  for (const name of ruleFolderFiles(dir)) hash.update(`${name}\0`).update(readFileSync(join(dir, name))).update('\0');
  return hash.digest('hex');
}

/**
 * The bundle's text for rules compiled from `dir` (each rule's `file` as the loader gave it, relative to
 * `dir`), with their anchor plans (a bundle without them has them worked out at run time).
 */
export function bundleText(rules: readonly CompiledRule[], dir: string, anchorPlans: RuleBundle['anchorPlans'] = {}): string {
  const scanned = rules.map(({ definition: _definition, ...rule }) => ({ ...rule, pattern: JSON.stringify(rule.pattern, encode) }));
  const bundle: RuleBundle = { key: rulesKey(dir), stamp: rulesStamp(dir), hash: rulesHash(rules), rules: scanned, anchorPlans };
  return JSON.stringify(bundle, encode);
}

/**
 * The rule set of the bundle at `file`, compiled from `dir`, its hash already known, or undefined when
 * there is no bundle or it is stale. Each rule's `file` is given relative to `cwd`, as the loader gives it.
 */
export function readRuleBundle(dir: string, cwd: string, file = RULE_BUNDLE_FILE): RuleSet | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const bundle = JSON.parse(text) as RuleBundle;
  // Unchanged names, sizes and times: the same files (a checkout or copy that touched them is hashed).
  if (bundle.stamp !== rulesStamp(dir) && bundle.key !== rulesKey(dir)) return undefined;
  // From outside the rules folder, each file's relative path is the folder's and then its own.
  const folder = relative(cwd, dir);
  const inside = folder === '' || folder.split(sep).every((step) => step === '..');
  const fileOf = inside ? (file: string) => relative(cwd, join(dir, file)) || join(dir, file) : (file: string) => `${folder}${sep}${file}`;
  const rules = bundle.rules.map((stored) => bundledRule(stored, fileOf));
  return ruleSetWorkedOut(rules, { anchorPlans: bundle.anchorPlans, hash: bundle.hash });
}

/**
 * A rule of the bundle, its pattern parsed when first read: a scan tries only the rules whose anchors
 * its document holds (the anchor plans, read as they are, say where without reading any pattern), and
 * a short text holds the anchors of a few. Its properties keep their stored order, which its hash reads.
 */
function bundledRule(stored: Record<string, unknown>, fileOf: (file: string) => string): CompiledRule {
  const rule: Record<string, unknown> = {};
  for (const key of Object.keys(stored)) {
    if (key === 'pattern') lazyPattern(rule, stored[key] as string);
    else rule[key] = key === 'file' ? fileOf(stored[key] as string) : decode(stored[key]);
  }
  return rule as unknown as CompiledRule;
}

function lazyPattern(rule: Record<string, unknown>, text: string): void {
  let pattern: unknown;
  Object.defineProperty(rule, 'pattern', {
    enumerable: true,
    configurable: true,
    get: () => (pattern ??= decode(JSON.parse(text))),
    set: (value: unknown) => {
      pattern = value;
    },
  });
}
