/**
 * Where the rules' regular expressions spend their time over a corpus. The corpus is scanned once with
 * every call the engine makes to a rule regex (a pattern's `regex`, a `cites` or `inside` heading)
 * recorded; then each regex's calls are made again, the same texts from the same positions, three times
 * over, and the fastest round counts: its compilation, garbage collection and a busy machine's pauses
 * stay out of the figures. Listed costliest first, with the units each regex ran over, the characters it
 * read from and the matches it found. The command line's V8 settings, one thread.
 * Usage: node dist/src/scripts/regex-costs.js [dir] [--top N]   (default: ../shared/tota, the top 25)
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tuneV8 } from '../cli/v8-tuning.js';
import { scanDocument } from '../engine/index.js';
import { readAgreement } from '../ingest/index.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../paths.js';
import { patternNodes } from '../rules/compile.js';
import { openRuleSet } from '../rules/open.js';
import type { CompiledPattern } from '../rules/types.js';

tuneV8();

/** One regex's calls during the scan (the text and the position each started from) and what they found. */
interface Calls {
  regex: RegExp;
  texts: string[];
  from: number[];
  units: number;
  characters: number;
  matches: number;
  rules: Set<string>;
}

/** A rule regex that records each of its calls. */
class RecordingRegExp extends RegExp {
  constructor(
    regex: RegExp,
    private readonly calls: Calls,
  ) {
    super(regex.source, regex.flags);
  }

  override exec(text: string): RegExpExecArray | null {
    const calls = this.calls;
    if (text !== calls.texts.at(-1) || this.lastIndex === 0) {
      // A new run over a unit (a text, or the same text from its start again).
      calls.units++;
      calls.characters += text.length - this.lastIndex;
    }
    calls.texts.push(text);
    calls.from.push(this.lastIndex);
    const found = super.exec(text);
    if (found) calls.matches++;
    return found;
  }
}

/** The least time, in nanoseconds, of three rounds of making `calls` again (after one call that compiles the regex). */
function replay(calls: Calls): number {
  const regex = new RegExp(calls.regex.source, calls.regex.flags);
  regex.exec(calls.texts[0] ?? '');
  let least = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < calls.texts.length; i++) {
      regex.lastIndex = calls.from[i] as number;
      regex.exec(calls.texts[i] as string);
    }
    least = Math.min(least, Number(process.hrtime.bigint() - started));
  }
  return least;
}

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 25;
const dir = args[0] ?? join(PACKAGE_ROOT, '..', 'shared', 'tota');
if (!existsSync(dir)) {
  console.error(`regex-costs: ${dir}: no such folder (the ToTA corpus is expected in ../shared/tota)`);
  process.exit(2);
}

const ruleSet = await openRuleSet([BUILTIN_RULES_DIR]);
const recorded = new Map<string, Calls>();
/** The recording stand-in for a rule regex: one record per source and flags, shared by every rule that writes it. */
const recording = (regex: RegExp, rule: string): RegExp => {
  const key = `/${regex.source}/${regex.flags}`;
  let calls = recorded.get(key);
  if (!calls) recorded.set(key, (calls = { regex, texts: [], from: [], units: 0, characters: 0, matches: 0, rules: new Set() }));
  calls.rules.add(rule);
  return new RecordingRegExp(regex, calls);
};
for (const rule of ruleSet.rules) {
  for (const node of patternNodes(rule.pattern) as CompiledPattern[]) {
    if (node.op === 'regex') node.regex = recording(node.regex, rule.id);
    else if (node.op === 'cites' && node.heading) node.heading = recording(node.heading, rule.id);
    if (node.inside?.heading) node.inside.heading = recording(node.inside.heading, rule.id);
  }
}

let files = 0;
for (const file of readdirSync(dir).filter((f) => /\.(?:xml|txt|md|html?)$/.test(f) && f !== 'README.md').sort()) {
  scanDocument(await readAgreement(join(dir, file)), ruleSet);
  files++;
}

const rows = [...recorded.entries()].map(([source, calls]) => ({ source, calls, nanoseconds: calls.texts.length > 0 ? replay(calls) : 0 }));
rows.sort((a, b) => b.nanoseconds - a.nanoseconds);
const total = rows.reduce((sum, row) => sum + row.nanoseconds, 0);
const ms = (ns: number) => (ns / 1e6).toFixed(1);
console.log(`${files} files: ${rows.length} rule regexes, ${rows.filter((row) => row.calls.units > 0).length} of them run, ${ms(total)} ms of matching in all`);
console.log('      ms  share   units  M chars  matches  ns/char  regex (rules)');
for (const { source, calls, nanoseconds } of rows.slice(0, top)) {
  const perChar = calls.characters > 0 ? (nanoseconds / calls.characters).toFixed(1) : '-';
  console.log(
    `${ms(nanoseconds).padStart(8)} ${((100 * nanoseconds) / total).toFixed(1).padStart(5)}% ${String(calls.units).padStart(7)} ${(calls.characters / 1e6).toFixed(2).padStart(8)} ${String(calls.matches).padStart(8)} ${perChar.padStart(8)}  ${source.slice(0, 110)} (${[...calls.rules].join(', ')})`,
  );
}
