/**
 * The overview's lines of `npm run bench`: peak memory of `overview` on four copies of the ToTA corpus
 * against one copy (rows are streamed, so it should stay flat), and a second `overview` of a folder of
 * PDF and Word files against the first (the cache of read documents), with identical output. Each
 * measured run is a child process of its own, so that its peak RSS and its cache are its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../paths.js';

const SHARED = join(PACKAGE_ROOT, '..', 'shared');
const BIN = join(PACKAGE_ROOT, 'dist', 'src', 'cli', 'bin.js');
const MEMORY_TARGET = 1.2;
const CACHE_TARGET = 3;

interface OverviewRun {
  seconds: number;
  maxRssMb: number;
  output: string;
}

/** One `overview` in a child process (the bin's own V8 settings), timed, with its peak RSS (worker threads included). */
function overviewRun(args: readonly string[], env: NodeJS.ProcessEnv = process.env): OverviewRun {
  const probe = `const s=performance.now();process.on('exit',()=>process.stderr.write('\\n@@'+JSON.stringify({seconds:(performance.now()-s)/1000,maxRssMb:process.resourceUsage().maxRSS/1024})));await import(${JSON.stringify(BIN)});`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', probe, '--', 'bench', 'overview', ...args, '--quiet'], { encoding: 'utf8', env, maxBuffer: 1 << 28 });
  const marker = child.stderr.lastIndexOf('@@');
  if (child.status !== 0 || marker < 0) throw new Error(`overview ${args.join(' ')} failed:\n${child.stderr.slice(0, 2000)}`);
  return { ...(JSON.parse(child.stderr.slice(marker + 2)) as { seconds: number; maxRssMb: number }), output: child.stdout };
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
  const rows = (r: OverviewRun) => r.output.split('\r\n').length - 2;
  for (const jobs of ['1', '2']) {
    const one = overviewRun([join(root, 'copy-1'), '--format', 'csv', '--jobs', jobs]);
    const four = overviewRun([root, '--format', 'csv', '--jobs', jobs]);
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

/** A second overview of PDF and Word files against the first: the cache of read documents at work. */
function cacheLine(): void {
  const docs = pdfAndWordFolder();
  if (!docs) return console.log('overview cache: skipped, needs ../shared/texts and LibreOffice (soffice)');
  const env = { ...process.env, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'culturescan-bench-cache-')) };
  const first = overviewRun([docs, '--format', 'csv'], env);
  const second = overviewRun([docs, '--format', 'csv'], env);
  const ratio = first.seconds / second.seconds;
  const same = first.output === second.output;
  const count = readdirSync(docs).length;
  console.log(`overview cache: ${count} PDF and Word files, first run ${first.seconds.toFixed(1)} s, second ${second.seconds.toFixed(1)} s: ${ratio.toFixed(1)}x faster (${ratio >= CACHE_TARGET ? 'ok' : 'SLOW'}: target ≥ ${CACHE_TARGET}x); output ${same ? 'identical' : 'DIFFERENT'}`);
}

/** The overview's bench lines (after the scan's). */
export function benchOverview(): void {
  memoryLine();
  cacheLine();
}

// `node dist/src/scripts/bench-overview.js` runs these lines alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) benchOverview();
