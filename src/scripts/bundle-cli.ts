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
 *
 * The chunks are CommonJS (a package.json in the folder says so), so that the bin can compile them
 * through V8's code cache (cli/code-cache.ts), which Node 20 offers for scripts and not for ES modules.
 */
import { chmodSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
 * of the scan's. Every other module is chunked as rolldown sees fit. What the bin imports is a layer of
 * its own ('start'), so that no chunk requires the bin for a module it holds (a worker would run it).
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
    for (const loaded of before) if (loaded !== binModule) layerOf.set(loaded, 'start');
    for (const { chunk, module } of LAYERS) {
      for (const loaded of loadedWith(module, context)) if (!before.has(loaded)) layerOf.set(loaded, chunk);
      loadedWith(module, context, before);
    }
  }
  return layerOf.get(id) ?? null;
}

/**
 * The review's view (tui/Review.tsx, the one module that imports ink) is packed apart as an ES module,
 * Review.mjs, which the review command imports: ink awaits at its top level, so CommonJS cannot require it.
 */
const reviewView = join(compiled, 'tui', 'Review.js');
const REVIEW_VIEW_FILE = 'Review.mjs';
const isReviewView = (id: string, importer?: string) => (id.startsWith('.') && importer !== undefined ? resolve(dirname(importer), id) : id) === reviewView;

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
  external: (id, importer) => external(id) || isReviewView(id, importer),
  // The entries are run, never imported: they may export more than their modules did (which leaving a
  // layer's dependencies out of its chunk requires; the bundler would otherwise set it and warn).
  preserveEntrySignatures: 'allow-extension',
  logLevel: 'warn',
  output: {
    dir: next,
    format: 'cjs',
    // A chunk's own chunks are required, so they compile through the code cache; a package's import()
    // stays one (ink cannot be required: it awaits at its top level), and so does the review view's.
    paths: (id) => (isReviewView(id) ? `./${REVIEW_VIEW_FILE}` : id),
    sourcemap: true, // also how a test tells which modules a loaded chunk holds
    chunkFileNames: '[name]-[hash].js',
    // A layer's chunk leaves out what an earlier layer loaded, though the layer imports it (the modules
    // have no effect on load that depends on their order; the packed bin's whole-corpus scan is the same).
    codeSplitting: { groups: [{ name: chunkOf, debugName: 'layers', includeDependenciesRecursively: false }] },
  },
});
await build({
  input: reviewView,
  platform: 'node',
  external,
  logLevel: 'warn',
  output: { dir: next, format: 'esm', sourcemap: true, entryFileNames: REVIEW_VIEW_FILE },
});
// An entry runs when required: a chunk that required one (for a module it holds) would run the bin, or a
// worker, a second time. The layers above keep shared modules out of the entries; this says if that changes.
const entries = ['bin.js', 'scan-worker.js', 'pdf-reader-worker.js'];
for (const chunk of readdirSync(next).filter((name) => name.endsWith('.js'))) {
  const requiresEntry = entries.find((entry) => readFileSync(join(next, chunk), 'utf8').includes(`require("./${entry}")`));
  if (requiresEntry) throw new Error(`bundle-cli: ${chunk} requires the entry ${requiresEntry}`);
}
// The package is ES modules; this folder's files are CommonJS.
writeFileSync(join(next, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
rmSync(BUNDLE_DIR, { recursive: true, force: true });
renameSync(next, BUNDLE_DIR);
chmodSync(BUILT_BIN, 0o755); // package.json's bin, run by its #! line
