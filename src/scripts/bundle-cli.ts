/**
 * Run by `npm run build`, after the compiler: packs the command line's modules (dist/src) into a few
 * files under dist/bundle/cli, which `npx culturescan` runs. A short scan spends much of its time
 * resolving, opening and compiling a hundred-odd small modules one by one; packed, the 110-odd modules of
 * a scan of one short text come from 6 files. Each module loaded with `await import()` (a command, a reader
 * of one format, the review) stays in a chunk of its own that loads when it is asked for.
 *
 * The layout keeps what the code finds next to itself: the two worker scripts are entries named as the
 * modules are, so that a chunk looks for `scan-worker.js` or `pdf-reader-worker.js` beside itself and
 * finds the packed one; the package's own files (rules, corpus, the rules bundle) are found from the
 * package root, which paths.ts looks for upwards from any folder; packages stay in node_modules.
 */
import { chmodSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type ChunkingContext } from 'rolldown';
import { BUILT_BIN, BUNDLE_DIR, PACKAGE_ROOT } from '../paths.js';

const compiled = join(PACKAGE_ROOT, 'dist', 'src');
const binModule = join(compiled, 'cli', 'bin.js');

/** Only the project's own modules are packed: a package or a built-in module is imported by name. */
const external = (id: string) => !id.startsWith('.') && !id.startsWith('/');

/** `id` and every module it imports, directly or not, by `import` declarations: what loads with it. */
function loadedWith(id: string, context: ChunkingContext, into = new Set<string>()): Set<string> {
  if (into.has(id) || external(id)) return into;
  into.add(id);
  for (const imported of context.getModuleInfo(id)?.importedIds ?? []) loadedWith(imported, context, into);
  return into;
}

/**
 * The modules that load in layers as a scan starts: the bin, then (with `await import`) the command
 * line's main, which `--help` stops at, then the scan command. Each layer's chunk holds what it loads
 * beyond the layers before it, so a scan of one short text opens a handful of files and `--help` none
 * of the scan's. Every other module is chunked as rolldown sees fit.
 */
const LAYERS = [
  { chunk: 'main', module: join(compiled, 'cli', 'main.js') },
  { chunk: 'scan', module: join(compiled, 'cli', 'commands', 'scan.js') },
];
let layerOf: Map<string, string> | undefined;

function chunkOf(id: string, context: ChunkingContext): string | null {
  if (!layerOf) {
    layerOf = new Map();
    const before = loadedWith(binModule, context);
    for (const { chunk, module } of LAYERS) {
      for (const loaded of loadedWith(module, context)) if (!before.has(loaded)) layerOf.set(loaded, chunk);
      loadedWith(module, context, before);
    }
  }
  return layerOf.get(id) ?? null;
}

// Written beside the folder and then put in its place: no chunk of an earlier build is left over, and the
// earlier set stays whole until the new one replaces it.
const next = `${BUNDLE_DIR}.next`;
rmSync(next, { recursive: true, force: true });
await build({
  input: {
    bin: binModule,
    'scan-worker': join(compiled, 'cli', 'scan-worker.js'),
    'pdf-reader-worker': join(compiled, 'ingest', 'pdf-reader-worker.js'),
  },
  platform: 'node',
  external,
  // The entries are run, never imported: they may export more than their modules did (which leaving a
  // layer's dependencies out of its chunk requires; the bundler would otherwise set it and warn).
  preserveEntrySignatures: 'allow-extension',
  logLevel: 'warn',
  output: {
    dir: next,
    format: 'esm',
    sourcemap: true, // also how a test tells which modules a loaded chunk holds
    chunkFileNames: '[name]-[hash].js',
    // A layer's chunk leaves out what an earlier layer loaded, though the layer imports it (the modules
    // have no effect on load that depends on their order; the packed bin's whole-corpus scan is the same).
    codeSplitting: { groups: [{ name: chunkOf, debugName: 'layers', includeDependenciesRecursively: false }] },
  },
});
rmSync(BUNDLE_DIR, { recursive: true, force: true });
renameSync(next, BUNDLE_DIR);
chmodSync(BUILT_BIN, 0o755); // package.json's bin, run by its #! line
