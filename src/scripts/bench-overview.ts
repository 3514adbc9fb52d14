/**
 * The overview's lines of `npm run bench`: peak memory of `overview` on four copies of the ToTA corpus
 * against one copy (rows are streamed, so it should stay flat), and a second `overview` of a folder of
 * PDF and Word files against the first (the caches of rows and of read documents), with identical output.
 * Each measured run is a child process of its own, so that its peak RSS and its cache are its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../paths.js';
import { runBuiltBin, type BinRun } from './built-bin-run.js';

const SHARED = join(PACKAGE_ROOT, '..', 'shared');
const MEMORY_TARGET = 1.2;
const CACHE_TARGET = 3;
/** Pairs of a first and a second run, each pair with a cache of its own: the median ratio counts. */
const CACHE_PAIRS = 3;

/** One `overview` as the packed bin runs it, timed (wall and CPU), with its peak RSS (worker threads included). */
function overviewRun(args: readonly string[], env: NodeJS.ProcessEnv = process.env): BinRun {
  return runBuiltBin(['overview', ...args, '--quiet'], { env });
}

/**
 * Peak memory of the overview on 4 copies of the corpus (symbolic links to it) against one copy, with
 * `--jobs 1` and with `--jobs 2` (a worker thread beside the main thread): the default is one or the
 * other by the idle processors, so both must stay flat.
 */
function memoryLine(): void {
  const tota = join(SHARED, 'tota');
  if (!existsSync(tota)) return console.log('overview memory: skipped, no ToTA corpus');
  const root = mkdtempSync(join(tmpdir(), 'culturescan-bench-overview-'));
  const files = readdirSync(tota).filter((f) => f.endsWith('.xml'));
  for (let copy = 1; copy <= 4; copy++) {
    const dir = join(root, `copy-${copy}`);
    mkdirSync(dir);
    for (const f of files) symlinkSync(join(tota, f), join(dir, f));
  }
  const rows = (r: BinRun) => r.output.split('\r\n').length - 2;
  // Without the caches: the copies would otherwise take their rows from the first copy's.
  for (const jobs of ['1', '2']) {
    const one = overviewRun(['--no-cache', join(root, 'copy-1'), '--format', 'csv', '--jobs', jobs]);
    const four = overviewRun(['--no-cache', root, '--format', 'csv', '--jobs', jobs]);
    const ratio = four.maxRssMb / one.maxRssMb;
    console.log(`overview memory, --jobs ${jobs}: 1 copy ${rows(one)} rows, peak RSS ${one.maxRssMb.toFixed(0)} MB in ${one.seconds.toFixed(1)} s; 4 copies ${rows(four)} rows, peak RSS ${four.maxRssMb.toFixed(0)} MB in ${four.seconds.toFixed(1)} s; ratio ${ratio.toFixed(2)}x (${ratio <= MEMORY_TARGET ? 'ok' : 'HIGH'}: target ≤ ${MEMORY_TARGET}x)`);
  }
}

/** PDF and Word files made by LibreOffice from the plain-text agreements of ../shared/texts. */
function pdfAndWordFolder(): string | undefined {
  const texts = join(SHARED, 'texts');
  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
  if (!existsSync(texts) || !soffice) return undefined;
  const work = mkdtempSync(join(tmpdir(), 'culturescan-bench-docs-'));
  const out = join(work, 'docs');
  const sources = readdirSync(texts).filter((f) => f.endsWith('.txt') && !/^readme/i.test(f)).sort().slice(0, 12).map((f) => join(texts, f));
  const convert = (to: string, inputs: string[]) =>
    spawnSync(soffice, [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', to, '--outdir', out, ...inputs], { stdio: 'ignore', timeout: 900_000 });
  convert('pdf', sources.slice(0, 8));
  convert('docx:MS Word 2007 XML', sources.slice(8));
  return readdirSync(out).length > 0 ? out : undefined;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** The size of the cache's entries of each kind (rows, read documents), in KB. */
function cacheSizes(cache: string): { rowsKb: number; documentsKb: number; rows: number } {
  const names = readdirSync(cache);
  const kb = (kind: (name: string) => boolean) => names.filter(kind).reduce((sum, name) => sum + statSync(join(cache, name)).size, 0) / 1024;
  const isRow = (name: string) => name.startsWith('row-');
  return { rowsKb: kb(isRow), documentsKb: kb((name) => !isRow(name)), rows: names.filter(isRow).length };
}

/**
 * A second overview of PDF and Word files against the first: the caches at work. Several pairs, each with
 * a fresh cache (the first run of a pair reads and assesses everything); every output must be the same.
 */
function cacheLine(): void {
  const docs = pdfAndWordFolder();
  if (!docs) return console.log('overview cache: skipped, needs ../shared/texts and LibreOffice (soffice)');
  const args = [docs, '--format', 'csv'];
  const outputs: string[] = [];
  const pairs: Array<{ first: BinRun; second: BinRun }> = [];
  let sizes = { rowsKb: 0, documentsKb: 0, rows: 0 };
  for (let pair = 0; pair < CACHE_PAIRS; pair++) {
    const home = mkdtempSync(join(tmpdir(), 'culturescan-bench-cache-'));
    const env = { ...process.env, XDG_CACHE_HOME: home };
    const first = overviewRun(args, env);
    const second = overviewRun(args, env);
    outputs.push(first.output, second.output);
    pairs.push({ first, second });
    sizes = cacheSizes(join(home, 'culturescan'));
  }
  outputs.push(overviewRun(['--no-cache', ...args]).output);
  const ratios = pairs.map((p) => p.first.seconds / p.second.seconds);
  const cpuRatios = pairs.map((p) => p.first.cpuSeconds / p.second.cpuSeconds);
  const ratio = median(ratios);
  const same = outputs.every((output) => output === outputs[0]);
  const times = (key: 'first' | 'second', of: 'seconds' | 'cpuSeconds') => pairs.map((p) => p[key][of].toFixed(2)).join(', ');
  const list = (values: number[]) => values.map((r) => `${r.toFixed(1)}x`).join(', ');
  console.log(
    `overview cache: ${readdirSync(docs).length} PDF and Word files, ${CACHE_PAIRS} pairs of runs each with a fresh cache: first run ${times('first', 'seconds')} s, second ${times('second', 'seconds')} s;` +
      ` ${list(ratios)} faster, median ${ratio.toFixed(1)}x (${ratio >= CACHE_TARGET ? 'ok' : 'SLOW'}: target ≥ ${CACHE_TARGET}x);` +
      ` CPU ${times('first', 'cpuSeconds')} s against ${times('second', 'cpuSeconds')} s, ${list(cpuRatios)} (median ${median(cpuRatios).toFixed(1)}x);` +
      ` output ${same ? 'identical' : 'DIFFERENT'} in all ${outputs.length} runs (one without the cache);` +
      ` cache ${sizes.rows} rows in ${sizes.rowsKb.toFixed(1)} KB, read documents ${(sizes.documentsKb / 1024).toFixed(1)} MB`,
  );
}

/** The overview's bench lines (after the scan's). */
export function benchOverview(): void {
  memoryLine();
  cacheLine();
}

// `node dist/src/scripts/bench-overview.js` runs these lines alone; with `memory` or `cache`, that line alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.argv[2];
  if (only === 'memory') memoryLine();
  else if (only === 'cache') cacheLine();
  else benchOverview();
}
