import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { fileProblem, notRegularFile } from '../input-file.js';
import { firstNamed } from './first-named.js';
import { globToRegExp, isGlob, splitGlob } from './glob.js';
import { oneLineName } from '../one-line-name.js';

/** A file to scan: the path shown to the user (as typed, plus what a folder or pattern added) and where it is. */
export interface InputFile {
  display: string;
  absolute: string;
}

/** An argument that yielded nothing, reported as `culturescan: <path>: <message>`. */
export interface PathProblem {
  path: string;
  message: string;
  /**
   * True when the argument names nothing at all (a missing file or folder, a pattern that matches no
   * file): most likely a typo, which must stop the run rather than let a gate pass on the other files.
   */
  missing: boolean;
}

export interface Expansion {
  /** Sorted by display path, without duplicates, so that output order never depends on the disk. */
  files: InputFile[];
  problems: PathProblem[];
}

function hasExtension(name: string, extensions: readonly string[]): boolean {
  return extensions.includes(extname(name).toLowerCase());
}

/** A folder's README describes the folder; it is not an agreement (the sample corpus has one). */
const README = /^readme(\.[a-z]+)?$/i;

/** A folder below an argument that cannot be listed: reported, and the walk goes on without it. */
type Unlisted = (rel: string, message: string) => void;

/**
 * Relative '/'-separated paths of the files under `dir`, at most `depth` levels down, in name order.
 * A symlinked folder is followed unless its real folder was walked already (`walked`, by real path), so
 * a link back up the tree makes no loop and a folder linked twice is read once. Anything else is kept
 * as a file, for its reader to name what it is when it is no file to read (a link to nothing or one
 * that loops, a named pipe): a file with an agreement's ending is never passed over in silence. A folder walk skips hidden entries and
 * READMEs; a pattern decides for itself.
 */
async function walk(dir: string, depth: number, folderWalk: boolean, unlisted: Unlisted, walked: Set<string>, prefix = ''): Promise<string[]> {
  if (depth <= 0) return [];
  const real = await realpath(dir).catch(() => dir);
  if (walked.has(real)) return [];
  walked.add(real);
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    unlisted(prefix, `cannot list this folder: ${fileProblem(error)}`);
    return [];
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const unreadableNames = entries.some((entry) => entry.name.includes('\uFFFD')) ? await namesNotUtf8(dir) : new Set<string>();
  for (const entry of entries) {
    if (folderWalk && (entry.name.startsWith('.') || README.test(entry.name))) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (unreadableNames.has(entry.name)) {
      unlisted(rel, 'its name is not UTF-8 text, so culturescan cannot open it by name: rename it');
      continue;
    }
    const path = join(dir, entry.name);
    const target = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : entry;
    if (target?.isDirectory()) found.push(...(await walk(path, depth - 1, folderWalk, unlisted, walked, rel)));
    else found.push(rel);
  }
  return found;
}

/**
 * The names in `dir` whose bytes are not UTF-8, as Node shows them (each bad byte a U+FFFD): a path made
 * of that text names another file, or none, so such a file cannot be opened by it.
 */
async function namesNotUtf8(dir: string): Promise<Set<string>> {
  const raw = await readdir(dir, { encoding: 'buffer' }).catch(() => []);
  return new Set(raw.filter((name) => !Buffer.from(name.toString('utf8'), 'utf8').equals(name)).map((name) => name.toString('utf8')));
}

/** How many of a folder's files a message names before "and N more". */
const FILES_NAMED = 5;

/** Why a folder gave nothing to read, with what it holds, so that a folder of .csv or .png is seen for what it is. */
function noAgreementIn(files: readonly string[], extensions: readonly string[]): string {
  const reads = `culturescan reads ${extensions.join(' ')}`;
  if (files.length === 0) return `no supported files in this folder: it holds no file (${reads})`;
  return `no supported files in this folder: it holds ${firstNamed([...files].sort(), FILES_NAMED)} (${reads})`;
}

/** How a file found under `base` is shown: its path from there on one line (a name may hold a line break). */
function joinDisplay(base: string, rel: string): string {
  const shown = oneLineName(rel);
  if (base === '.') return shown;
  return base.endsWith('/') ? base + shown : `${base}/${shown}`;
}

/**
 * The files one argument names. `extensions` are those read; a folder or pattern also takes the files
 * ending in one of `named` (formats no reader takes), for the reader to say what each is.
 */
async function expandOne(arg: string, cwd: string, extensions: readonly string[], named: readonly string[], problems: PathProblem[]): Promise<InputFile[] | PathProblem> {
  const taken = (rel: string) => hasExtension(rel, extensions) || hasExtension(rel, named);
  const absolute = resolve(cwd, arg);
  let statProblem: unknown;
  const info = await stat(absolute).catch((error: unknown) => void (statProblem = error));
  if (info?.isFile()) return [{ display: oneLineName(arg), absolute }];
  const unlisted = (base: string): Unlisted => (rel, message) => problems.push({ path: rel ? joinDisplay(base, rel) : base, message, missing: false });
  if (info?.isDirectory()) {
    const found = await walk(absolute, Infinity, true, unlisted(arg), new Set());
    const files = found.filter(taken);
    if (files.length === 0) return { path: arg, message: noAgreementIn(found, extensions), missing: false };
    return files.map((rel) => ({ display: joinDisplay(arg, rel), absolute: join(absolute, rel) }));
  }
  if (info) return { path: arg, message: notRegularFile(info) ?? 'is not a regular file', missing: false };
  if (!isGlob(arg)) {
    const code = (statProblem as NodeJS.ErrnoException | undefined)?.code;
    // A link to nothing, or one that loops, is named as what it is; it still names no file (exit 2).
    const brokenLink = (code === 'ENOENT' || code === 'ELOOP') && (await lstat(absolute).catch(() => undefined))?.isSymbolicLink();
    return { path: arg, message: brokenLink ? fileProblem(statProblem, absolute) : 'no such file or directory', missing: true };
  }
  const { base, rest, depth } = splitGlob(arg);
  const baseAbsolute = resolve(cwd, base);
  if (!(await stat(baseAbsolute).catch(() => undefined))?.isDirectory()) return { path: arg, message: `no such folder: ${base}`, missing: true };
  const matcher = globToRegExp(rest);
  const files = (await walk(baseAbsolute, depth, false, unlisted(base), new Set())).filter((rel) => matcher.test(rel) && taken(rel));
  if (files.length === 0) return { path: arg, message: 'no supported file matches this pattern', missing: true };
  return files.map((rel) => ({ display: joinDisplay(base, rel), absolute: join(baseAbsolute, rel) }));
}

/**
 * Turns PATH arguments (files, folders searched recursively, glob patterns) into the files to scan: a
 * folder or pattern yields the files ending in one of `extensions`, and those ending in one of `named`,
 * formats no reader takes that the reader names with the way to convert them.
 */
export async function expandPaths(args: readonly string[], cwd: string, extensions: readonly string[], named: readonly string[] = []): Promise<Expansion> {
  const byAbsolute = new Map<string, InputFile>();
  const problems: PathProblem[] = [];
  for (const arg of args) {
    const result = await expandOne(arg, cwd, extensions, named, problems);
    if (!Array.isArray(result)) problems.push(result);
    else for (const file of result) if (!byAbsolute.has(file.absolute)) byAbsolute.set(file.absolute, file);
  }
  const files = [...byAbsolute.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, problems };
}

/** How a folder outside the user's arguments (the sample corpus) is shown: relative to cwd when below it. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith('..') ? rel : absolute;
}
