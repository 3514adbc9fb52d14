/**
 * The built-in rules compiled once, at build time, into one file: a run that uses only them reads that
 * file instead of parsing YAML, validating the schema, rewriting regexes and stemming vocabularies. The
 * bundle carries a hash of the rule files it was compiled from; when the rules folder no longer hashes
 * the same (a rule edited since the build), the bundle is stale and is not used.
 *
 * No YAML or schema library is imported here: that is the point of the bundle.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import type { AnchorPlan, CompiledRule } from './types.js';
import type { Language } from '../model.js';

/** Where `npm run build` writes the bundle of the built-in rules. */
export const RULE_BUNDLE_FILE = join(PACKAGE_ROOT, 'dist', 'rules.bundle.json');

interface RuleBundle {
  /** rulesKey() of the folder the rules were compiled from. */
  key: string;
  /** rulesStamp() of that folder when the bundle was written: while it is the same, the key need not be computed. */
  stamp: string;
  /** The compiled rules without their definitions, their `file` relative to that folder, encoded by `encode`. */
  rules: unknown;
  /** Per language, the anchor plan of these rules (engine/anchors): plain JSON, read as parsed. */
  anchorPlans: Partial<Record<Language, AnchorPlan>>;
}

/** What a fresh bundle gives: the rules, and per language their anchor plan. */
export interface BundledRules {
  rules: CompiledRule[];
  anchorPlans: Partial<Record<Language, AnchorPlan>>;
}

/** Every file the rule loader may read under `dir` (rules, vocabularies, references), in a stable order. */
function ruleFolderFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:ya?ml|txt)$/.test(entry.name)) found.push(path);
    }
  };
  walk(dir);
  return found.sort();
}

/** The names, sizes and modification times of the rule files: a check of freshness that reads no file. */
function rulesStamp(dir: string): string {
  return ruleFolderFiles(dir)
    .map((file) => {
      const { size, mtimeMs } = statSync(file);
      return `${relative(dir, file)}:${size}:${mtimeMs}`;
    })
    .join('\n');
}

/** A hash of the names and contents of every file the rules of `dir` are made of. */
export function rulesKey(dir: string): string {
  const hash = createHash('sha256');
  for (const file of ruleFolderFiles(dir)) hash.update(`${relative(dir, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

// RegExp, Map and Set have no JSON form of their own: each is written as an object of one tagged key.
const REGEXP = '$RegExp';
const MAP = '$Map';
const SET = '$Set';

/** The source and flags of each regex of an object that decode made lazy (lazyRegExp), by property, until it is set anew. */
const lazySources = new WeakMap<object, Map<string, [string, string]>>();

/**
 * JSON.stringify's replacer for compiled rules. A regex made lazy by decode is written from its source and
 * flags without being built (reading the property would build it): hashing the bundle's rules builds none.
 */
export function encode(_key: string, value: unknown): unknown {
  if (value instanceof RegExp) return { [REGEXP]: [value.source, value.flags] };
  if (value instanceof Map) return { [MAP]: [...value.entries()] };
  if (value instanceof Set) return { [SET]: [...value] };
  const lazy = value !== null && typeof value === 'object' ? lazySources.get(value) : undefined;
  if (lazy && lazy.size > 0) {
    const record = value as Record<string, unknown>;
    const written: Record<string, unknown> = {};
    for (const key of Object.keys(record)) {
      const regex = lazy.get(key);
      written[key] = regex ? { [REGEXP]: regex } : record[key];
    }
    return written;
  }
  return value;
}

function tagged(value: unknown, tag: string): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && tag in value;
}

/**
 * `owner[key]` as a regex built when first read: V8 parses a pattern when the RegExp is made, and a scan
 * of one short text reads only the few regexes whose anchors it holds. Once made, it is the same object
 * on every read (the engine keys caches by it).
 */
function lazyRegExp(owner: Record<string, unknown>, key: string, [source, flags]: [string, string]): void {
  let regex: RegExp | undefined;
  let sources = lazySources.get(owner);
  if (!sources) lazySources.set(owner, (sources = new Map()));
  sources.set(key, [source, flags]);
  Object.defineProperty(owner, key, {
    enumerable: true,
    configurable: true,
    get: () => (regex ??= new RegExp(source, flags)),
    set: (value: RegExp) => {
      regex = value;
      lazySources.get(owner)?.delete(key);
    },
  });
}

/**
 * The inverse of `encode`, in place, depth first (a walk of the parsed value costs a fraction of
 * JSON.parse's reviver); the regexes of object properties are made on first use (lazyRegExp).
 */
function decode(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decode(value[i]);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    if (tagged(child, REGEXP)) lazyRegExp(record, key, child[REGEXP] as [string, string]);
    else record[key] = decode(child);
  }
  if (REGEXP in record) {
    const [source, flags] = record[REGEXP] as [string, string];
    return new RegExp(source, flags);
  }
  if (MAP in record) return new Map(record[MAP] as Array<[unknown, unknown]>);
  if (SET in record) return new Set(record[SET] as unknown[]);
  return value;
}

/** The bundle's text for rules compiled from `dir` (each rule's `file` as the loader gave it, relative to `dir`). */
export function bundleText(rules: readonly CompiledRule[], dir: string, anchorPlans: BundledRules['anchorPlans'] = {}): string {
  const scanned = rules.map(({ definition: _definition, ...rule }) => rule);
  const bundle: RuleBundle = { key: rulesKey(dir), stamp: rulesStamp(dir), rules: scanned, anchorPlans };
  return JSON.stringify(bundle, encode);
}

/**
 * The rules of the bundle at `file`, compiled from `dir`, or undefined when there is no bundle or it is
 * stale. Each rule's `file` is given relative to `cwd`, as the loader gives it.
 */
export function readRuleBundle(dir: string, cwd: string, file = RULE_BUNDLE_FILE): BundledRules | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const bundle = JSON.parse(text) as RuleBundle;
  // Unchanged names, sizes and times: the same files (a checkout or copy that touched them is hashed).
  if (bundle.stamp !== rulesStamp(dir) && bundle.key !== rulesKey(dir)) return undefined;
  const rules = (decode(bundle.rules) as CompiledRule[]).map((rule) => ({ ...rule, file: relative(cwd, join(dir, rule.file)) || join(dir, rule.file) }));
  return { rules, anchorPlans: bundle.anchorPlans };
}
