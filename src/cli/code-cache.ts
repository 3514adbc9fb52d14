import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { readInputFileSync } from '../input-file.js';
import { markUsed, pruneOtherBuilds } from './code-cache-prune.js';

/**
 * V8's compiled code for the packed bin's chunks, kept between runs. A scan of one short text otherwise
 * spends about a fifth of its time parsing and compiling the packed source (the scan's chunk alone is
 * several hundred kB), and a scan worker compiles it all again. Node 20 keeps no such cache for ES
 * modules, so the chunks are CommonJS (scripts/bundle-cli.ts) and compiled here, from V8's code cache
 * when one fits: each entry holds what the run that wrote it compiled, lazily compiled functions
 * included (V8 serialises them after the run).
 *
 * An entry is used only when its key (Node's and V8's versions, the processor, the SHA-256 of the chunk's
 * source) and the SHA-256 of its data check out, and V8 accepts it (V8 also rejects code cached under
 * other V8 flags): anything else is compiled from the source, as without a cache, and the entry is
 * rewritten. A damaged entry can therefore never change what a run does, only how fast it starts.
 * Entries of other builds are removed once unused for a day (code-cache-prune.ts).
 */

/** This module's own folder: the packed chunks when it runs from the bundle (dist/src/cli when not: nothing there is compiled here). */
const CHUNK_DIR = dirname(fileURLToPath(import.meta.url));

/** Raise when an entry's layout changes. */
const ENTRY_VERSION = 1;

/** Larger than any chunk's code cache (the scan's is about half a megabyte): a larger file is not read. */
const ENTRY_LIMIT = 32 * 1024 * 1024;

/** The key line and the data's SHA-256 (hex) head an entry, each on a line of its own, before V8's data. */
const HEAD_LINES = 2;

/** A chunk compiled without an entry that fits: its entry is (re)written at exit. */
interface Stale {
  script: Script;
  file: string;
  key: string;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** What an entry must carry to be used for `source`. */
function entryKey(source: string): string {
  return `culturescan code cache ${ENTRY_VERSION} node ${process.version} v8 ${process.versions.v8} ${process.arch} source ${sha256(source)}`;
}

/** The cached data of the entry at `file` when its key is `key` and its data is whole, else undefined. */
function readEntry(file: string, key: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readInputFileSync(file, { shown: file, limit: ENTRY_LIMIT });
  } catch {
    return undefined; // no entry yet, or no regular file: compiled from the source
  }
  let start = 0;
  const head: string[] = [];
  for (let line = 0; line < HEAD_LINES; line++) {
    const end = bytes.indexOf(0x0a, start);
    if (end < 0) return undefined;
    head.push(bytes.toString('latin1', start, end));
    start = end + 1;
  }
  const data = bytes.subarray(start);
  return head[0] === key && head[1] === sha256(data) ? data : undefined;
}

/** Writes an entry to a temporary file of this process and renames it into place; a cache that cannot be written is only a slower start. */
function writeEntry(file: string, key: string, data: Buffer): void {
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, Buffer.concat([Buffer.from(`${key}\n${sha256(data)}\n`, 'latin1'), data]));
    renameSync(temp, file);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was written
    }
  }
}

/** The packed chunks of this build, by file name. */
function chunkNames(): Set<string> {
  try {
    return new Set(readdirSync(CHUNK_DIR));
  } catch {
    return new Set();
  }
}

interface CompilingModule {
  exports: unknown;
  _compile(source: string, filename: string, ...rest: unknown[]): unknown;
}

/**
 * From here on, the packed chunks this thread loads are compiled through the code cache in `cacheDir`
 * (the folder of culturescan's caches; none: compiled as usual, `--no-cache`). With `write`, entries
 * missing or rejected are written as the process exits, when the run's functions have been compiled; a
 * scan worker only reads (the main thread loads the same chunks and writes them). Call before the
 * chunks load and after V8's flags are set (tuneV8): V8 rejects code cached under other flags.
 */
export function compileThroughCodeCache(cacheDir: string | undefined, options: { write: boolean }): void {
  if (cacheDir === undefined) return;
  const entryDir = join(cacheDir, 'code');
  const stale: Stale[] = [];
  const used: string[] = [];
  const prototype = (Module as unknown as { prototype: CompilingModule }).prototype;
  const compile = prototype._compile;
  prototype._compile = function compileChunk(this: CompilingModule, source: string, filename: string, ...rest: unknown[]) {
    // In Node 20, code that V8 takes from its cache loses the loader that import() needs (it throws "A
    // dynamic import callback was not specified"): a chunk that imports a package so (the PDF reader, the
    // review's terminal UI) is compiled as Node compiles it (the chunks load one another with require).
    if (dirname(filename) !== CHUNK_DIR || source.includes('import("')) return compile.call(this, source, filename, ...rest);
    const key = entryKey(source);
    const file = join(entryDir, `${basename(filename)}.v8`);
    const cachedData = readEntry(file, key);
    const script = new Script(Module.wrap(source), { filename, ...(cachedData ? { cachedData } : {}) });
    if (options.write && (!cachedData || script.cachedDataRejected === true)) stale.push({ script, file, key });
    else if (options.write) used.push(file);
    const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: CompilingModule, filename: string, dirname: string) => unknown;
    return wrapper.call(this.exports, this.exports, Module.createRequire(filename), this, filename, dirname(filename));
  };
  if (options.write) {
    process.once('exit', () => {
      for (const { script, file, key } of stale) writeEntry(file, key, script.createCachedData());
      // Pruning reads the folder: done by the runs that write entries or mark them used, about once an
      // hour of use, not by every run.
      const now = Date.now();
      if (markUsed(used, now) || stale.length > 0) pruneOtherBuilds(entryDir, chunkNames(), now);
    });
  }
}
