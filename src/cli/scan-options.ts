import { resolve } from 'node:path';
import { FOREIGN_DOCUMENT_EXTENSIONS, SUPPORTED_EXTENSIONS } from '../ingest/index.js';
import { BUILTIN_RULES_DIR, SAMPLE_CORPUS_DIR } from '../paths.js';
import { openRuleSet } from '../rules/open.js';
import type { CommandRules } from './watched-scan.js';
import { UserError } from '../errors.js';
import { CATEGORIES, type Category } from '../model.js';
import type { Io } from './io.js';
import { STDIN_ARG, stdinAsFile, type StdinSpec } from './stdin-input.js';
import { displayPath, expandPaths, type InputFile } from './paths-expand.js';

/** What a folder or a pattern is searched for: the endings the readers know. */
export const EXTENSIONS: readonly string[] = SUPPORTED_EXTENSIONS;

/** `--opt a,b --opt c` → [a, b, c]. */
export function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

/** Every name must be one the option knows; otherwise a usage error that lists them. */
export function checkNames<T extends string>(option: string, names: readonly string[], known: readonly T[]): T[] {
  const unknown = names.filter((n) => !(known as readonly string[]).includes(n));
  if (unknown.length > 0) {
    throw new UserError(`--${option}: unknown ${unknown.map((n) => `'${n}'`).join(', ')}; known: ${known.join(', ')}`);
  }
  return [...names] as T[];
}

/** `--category C`: the categories asked for, in their usual order, or all seven when none is. */
export function categoriesOption(values: readonly string[] | undefined): Category[] {
  const asked = checkNames('category', splitList(values), CATEGORIES);
  return asked.length > 0 ? CATEGORIES.filter((c) => asked.includes(c)) : [...CATEGORIES];
}

/** The rule folders of a run: the built-in rules, then the user's folders (resolved against cwd) over them. */
export function ruleDirs(userDirs: readonly string[], cwd: string): string[] {
  return [BUILTIN_RULES_DIR, ...userDirs.map((d) => resolve(cwd, d))];
}

/** Whether rule folders include one of the user's (any but the built-in rules' own). */
export function includesUserRules(dirs: readonly string[]): boolean {
  return dirs.some((dir) => resolve(dir) !== BUILTIN_RULES_DIR);
}

/** The built-in rules, then the user's folders (resolved against cwd) over them; `withDefinitions` for the rules' examples. */
export async function loadRules(userDirs: readonly string[], cwd: string, withDefinitions = false): Promise<CommandRules> {
  const dirs = ruleDirs(userDirs, cwd);
  return { ruleSet: await openRuleSet(dirs, { cwd, withDefinitions }), userRules: includesUserRules(dirs) };
}

/** `--jobs N`: files scanned at once (this thread plus N - 1 worker threads; 1 = here alone); undefined = by CPUs and input size. */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UserError(`--jobs must be a whole number from 1 to 256 (got '${value}')`);
  return jobs;
}

export const QUIET_HELP = `--quiet              no progress line on stderr (shown only when stderr is a terminal)`;

export const JOBS_HELP = `--jobs N             scan N files at once, in this process and N-1 worker threads
                       (default: one per idle CPU for a large batch; 1 = no worker threads)`;

/**
 * The files to scan for PATH arguments (the sample corpus when there are none); prints a line per argument
 * that yields nothing. An argument that names nothing (a typo) is an argument error even beside good
 * ones, before any file is read: a CI gate must not pass because the draft it should check was never
 * scanned. Throws too when nothing at all is left to scan.
 */
export async function inputFiles(paths: readonly string[], io: Io, stdin: StdinSpec = {}): Promise<InputFile[]> {
  const args = paths.length > 0 ? paths.filter((p) => p !== STDIN_ARG) : [displayPath(SAMPLE_CORPUS_DIR, io.cwd)];
  const expanded = args.length > 0 ? await expandPaths(args, io.cwd, EXTENSIONS, FOREIGN_DOCUMENT_EXTENSIONS) : { files: [], problems: [] };
  const problems = expanded.problems;
  const files = paths.includes(STDIN_ARG) ? [await stdinAsFile(io, stdin), ...expanded.files] : expanded.files;
  for (const problem of problems) io.stderr(`culturescan: ${problem.path}: ${problem.message}\n`);
  const missing = problems.filter((p) => p.missing).length;
  if (missing > 0) throw new UserError(`nothing was scanned: ${missing === 1 ? 'one path names' : `${missing} paths name`} no file (see above)`);
  if (files.length === 0) throw new UserError('nothing to scan: no readable agreement among the given paths');
  return files;
}
