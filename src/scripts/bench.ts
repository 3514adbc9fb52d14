/**
 * `npm run bench` (after a build): how close culturescan runs to the floor of its work, as ratios measured
 * in one run so that the machine's speed and load cancel out. The floor is read and parse every ToTA XML
 * with fast-xml-parser plus one regular-expression pass over its text, in one thread. Each phase runs in a
 * child process of its own (so that its CPU time and peak RSS, worker threads included, are its own),
 * several times, interleaved with the others; the fastest run of each counts, the spread is printed. The
 * scans are run as users run them: the packed bin (dist/bundle/cli/bin.js) and its packed worker.
 *
 * It also guards the findings: the digest of the whole corpus's jsonl output is compared with the one
 * recorded in bench-findings.sha256 (`npm run bench -- --record` writes it after an intended change).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { tuneV8 } from '../cli/v8-tuning.js';
import { BUILT_BIN, PACKAGE_ROOT, SAMPLE_CORPUS_DIR } from '../paths.js';
import { benchOverview } from './bench-overview.js';
import { runBuiltBin } from './built-bin-run.js';

/** The corpus as the scan sees it: relative to the package, so that the digest does not depend on where it lies. */
const TOTA = join('..', 'shared', 'tota');
const TOTA_ABSOLUTE = join(PACKAGE_ROOT, TOTA);
const BIN = BUILT_BIN; // as `npx culturescan` runs it
const DIGEST_FILE = join(PACKAGE_ROOT, 'src', 'scripts', 'bench-findings.sha256');
const SMALL_FILE = join(SAMPLE_CORPUS_DIR, 'aurelia-montaria-framework.txt');
const RUNS = 3;
const START_UP_RUNS = 11;
const COPIES = 8;

/** The targets: each ratio must stay at or under its figure. */
const TARGETS = {
  cpuOneJob: 2.0,
  wallTwoJobs: 1.2,
  rssCopies: 1.2,
  rssFloor: 1.5,
  help: 2,
  smallScan: 3,
};

interface PhaseResult {
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  note: string;
}

const xmlFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().map((f) => join(dir, f));

/** Every string inside a parsed XML value, so that the regex pass sees the text and not the markup. */
function collectText(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) collectText(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectText(v, into);
}

function floorPhase(): string {
  // The options of ingest/tota-xml.ts, so that the floor parses exactly as much as the reader does.
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  let hits = 0;
  for (const file of xmlFiles(TOTA_ABSOLUTE)) {
    const parts: string[] = [];
    collectText(parser.parse(readFileSync(file, 'utf8')), parts);
    hits += parts.join('\n').match(/\b(?:cultur\w*|audio-?visual|electronic commerce|unesco)\b/gi)?.length ?? 0;
  }
  return `${hits} keyword hits`;
}

/** What a jsonl report holds: its digest, and how many documents, findings and signals. */
function jsonlNote(output: string): string {
  let documents = 0;
  let findings = 0;
  let signals = 0;
  for (const line of output.split('\n')) {
    if (line === '') continue;
    const document = JSON.parse(line) as { findings: unknown[]; signals: unknown[] };
    documents++;
    findings += document.findings.length;
    signals += document.signals.length;
  }
  return `${documents} documents, ${findings} findings, ${signals} signals; digest ${createHash('sha256').update(output).digest('hex')}`;
}

/**
 * `scan --format jsonl` of `dir` with `jobs` (or the default), run as the packed bin in a process of its own;
 * the note is the output's digest. `text`: `--format text` instead, whose findings carry no legal force (the
 * note then counts lines).
 */
function scanPhase(dir: string, jobs: string | undefined, text = false): PhaseResult {
  const format = text ? 'text' : 'jsonl';
  const run = runBuiltBin(['scan', '--no-cache', '--format', format, ...(jobs ? ['--jobs', jobs] : []), dir], { cwd: PACKAGE_ROOT });
  const note = text ? `${run.output.split('\n').length - 1} lines of text` : jsonlNote(run.output);
  return { seconds: run.seconds, cpuSeconds: run.cpuSeconds, maxRssMb: run.maxRssMb, note };
}

/** A folder of COPIES folders, each linking every corpus file: a batch COPIES times the corpus. */
function copiesOfCorpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'culturescan-bench-'));
  for (let copy = 1; copy <= COPIES; copy++) {
    const dir = join(root, `copy-${copy}`);
    mkdirSync(dir);
    for (const file of xmlFiles(TOTA_ABSOLUTE)) symlinkSync(file, join(dir, file.slice(file.lastIndexOf('/') + 1)));
  }
  return root;
}

/** The floor in this process, with the CLI's V8 settings (as the bin runs); its figures printed as JSON. */
function runFloor(): void {
  tuneV8();
  const started = performance.now();
  const note = floorPhase();
  const seconds = (performance.now() - started) / 1000;
  const usage = process.resourceUsage();
  const result: PhaseResult = { seconds, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssMb: usage.maxRSS / 1024, note };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** One run of a phase in a process of its own: the floor in a child of this script, a scan as the packed bin (of `dir`, by default the corpus). */
function spawnPhase(phase: string, dir = TOTA): PhaseResult {
  if (phase === 'scan-text') return scanPhase(dir, '1', true);
  if (phase.startsWith('scan')) return scanPhase(dir, phase === 'scan' ? undefined : phase.replace('scan-jobs-', ''));
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--phase', phase], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`bench ${phase} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as PhaseResult;
}

function least<K extends 'seconds' | 'cpuSeconds' | 'maxRssMb'>(runs: readonly PhaseResult[], key: K): number {
  return Math.min(...runs.map((r) => r[key]));
}

function spread(runs: readonly PhaseResult[], key: 'seconds' | 'cpuSeconds'): string {
  const values = runs.map((r) => r[key]);
  return `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)} s`;
}

function verdict(ratio: number, target: number): string {
  return `${ratio.toFixed(2)}x (target ≤ ${target}x: ${ratio <= target ? 'ok' : 'ABOVE'})`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** GNU time, which gives a child's CPU time (user and system) where Node cannot. */
const GNU_TIME = '/usr/bin/time';

/** Wall seconds of a whole process, from spawn to exit, and its CPU seconds when GNU time is there to tell them. */
function timeProcess(args: readonly string[]): { wall: number; cpu?: number } {
  const timed = existsSync(GNU_TIME);
  const started = performance.now();
  const child = timed
    ? spawnSync(GNU_TIME, ['-f', '%U %S', process.execPath, ...args], { cwd: PACKAGE_ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    : spawnSync(process.execPath, args, { cwd: PACKAGE_ROOT, stdio: 'ignore' });
  const wall = (performance.now() - started) / 1000;
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} exited ${child.status}`);
  if (!timed) return { wall };
  const [user, system] = (String(child.stderr).trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { wall, cpu: (user ?? 0) + (system ?? 0) };
}

/**
 * Start-up: `--help` and a scan of one small text file, each against a bare `node -e 0`, the three
 * interleaved; medians of the ratios pair by pair, in wall time (the target) and, where GNU time is
 * there, in CPU time (which a busy machine disturbs less).
 */
function startUp(): void {
  const wall = { help: [] as number[], small: [] as number[] };
  const cpu = { help: [] as number[], small: [] as number[] };
  const bare: number[] = [];
  for (let run = 0; run < START_UP_RUNS; run++) {
    const node = timeProcess(['-e', '0']);
    const help = timeProcess([BIN, '--help']);
    const small = timeProcess([BIN, 'scan', SMALL_FILE]);
    bare.push(node.wall);
    wall.help.push(help.wall / node.wall);
    wall.small.push(small.wall / node.wall);
    if (node.cpu && help.cpu !== undefined && small.cpu !== undefined) {
      cpu.help.push(help.cpu / node.cpu);
      cpu.small.push(small.cpu / node.cpu);
    }
  }
  const inCpu = (ratios: number[]) => (ratios.length > 0 ? `; CPU time ${median(ratios).toFixed(2)}x` : '');
  const [load] = loadavg();
  console.log(`start-up (${START_UP_RUNS} interleaved runs, medians of the ratios pair by pair; node -e 0 takes ${(median(bare) * 1000).toFixed(0)} ms; load average ${load?.toFixed(1)}):`);
  console.log(`  --help: wall time ${verdict(median(wall.help), TARGETS.help)} a bare node${inCpu(cpu.help)}`);
  console.log(`  scan of one small text file: wall time ${verdict(median(wall.small), TARGETS.smallScan)} a bare node${inCpu(cpu.small)}`);
}

/** The findings of the whole corpus against the recorded digest: an unchanged scan finds exactly the same. */
function checkDigest(note: string, record: boolean): void {
  const digest = /digest ([0-9a-f]+)/.exec(note)?.[1] ?? '';
  if (record) writeFileSync(DIGEST_FILE, `${digest}\n`);
  const recorded = existsSync(DIGEST_FILE) ? readFileSync(DIGEST_FILE, 'utf8').trim() : '';
  console.log(digest === recorded ? `findings: identical to the recorded digest (${digest.slice(0, 12)})` : `findings: CHANGED (digest ${digest.slice(0, 12)}, recorded ${recorded.slice(0, 12) || 'none'}); if intended, record it: npm run bench -- --record`);
}

function bench(record: boolean): void {
  if (!existsSync(TOTA_ABSOLUTE)) {
    console.log(`bench: skipped, no corpus at ${TOTA_ABSOLUTE}`);
    return;
  }
  const files = xmlFiles(TOTA_ABSOLUTE);
  const megabytes = files.reduce((n, f) => n + statSync(f).size, 0) / 1e6;
  for (const f of files) readFileSync(f); // warm the page cache so that no phase pays for the disk
  const floors: PhaseResult[] = [];
  const oneJob: PhaseResult[] = [];
  const twoJobs: PhaseResult[] = [];
  const text: PhaseResult[] = [];
  for (let run = 0; run < RUNS; run++) {
    floors.push(spawnPhase('floor'));
    oneJob.push(spawnPhase('scan-jobs-1'));
    twoJobs.push(spawnPhase('scan-jobs-2'));
    text.push(spawnPhase('scan-text'));
  }
  console.log(`corpus: ${files.length} files, ${megabytes.toFixed(1)} MB; ${RUNS} interleaved runs of each phase, the fastest counts`);
  console.log(`floor: ${least(floors, 'seconds').toFixed(2)} s wall (${spread(floors, 'seconds')}), ${least(floors, 'cpuSeconds').toFixed(2)} s CPU; ${floors[0]?.note}`);
  console.log(`scan --jobs 1: ${least(oneJob, 'cpuSeconds').toFixed(2)} s CPU (${spread(oneJob, 'cpuSeconds')}): ${verdict(least(oneJob, 'cpuSeconds') / least(floors, 'cpuSeconds'), TARGETS.cpuOneJob)} the floor's CPU`);
  console.log(`scan --format text --jobs 1 (no legal force): ${least(text, 'cpuSeconds').toFixed(2)} s CPU (${spread(text, 'cpuSeconds')}): ${(least(text, 'cpuSeconds') / least(floors, 'cpuSeconds')).toFixed(2)}x the floor's CPU; the data formats' legal force adds ${((least(oneJob, 'cpuSeconds') / least(text, 'cpuSeconds') - 1) * 100).toFixed(0)}%`);
  console.log(`scan --jobs 2: ${least(twoJobs, 'seconds').toFixed(2)} s wall (${spread(twoJobs, 'seconds')}), ${least(twoJobs, 'cpuSeconds').toFixed(2)} s CPU: ${verdict(least(twoJobs, 'seconds') / least(floors, 'seconds'), TARGETS.wallTwoJobs)} the floor's wall time (on an idle machine)`);
  const [load] = loadavg();
  console.log(`  --jobs 2 against --jobs 1 in this run: ${(least(twoJobs, 'seconds') / least(oneJob, 'seconds')).toFixed(2)}x the wall time, ${(least(twoJobs, 'cpuSeconds') / least(oneJob, 'cpuSeconds')).toFixed(2)}x the CPU (under a load average of ${load?.toFixed(1)} on ${availableParallelism()} processors)`);
  checkDigest(oneJob[0]?.note ?? '', record);
  if (twoJobs.some((r) => r.note !== oneJob[0]?.note)) console.log('findings: --jobs 2 wrote a different report from --jobs 1');

  // Memory: one scan of COPIES times the corpus against one of the corpus, the output thrown away, with one
  // job and with two: the default picks by the idle processors, so a run on an idle and one on a busy machine
  // would otherwise measure different things. The floor is one thread: against it, one job is the like.
  const copies = copiesOfCorpus();
  try {
    const floorRss = least(floors, 'maxRssMb');
    console.log(`peak RSS: floor ${floorRss.toFixed(0)} MB`);
    for (const jobs of ['1', '2']) {
      const one = spawnPhase(`scan-jobs-${jobs}`, TOTA);
      const many = spawnPhase(`scan-jobs-${jobs}`, copies);
      console.log(`  --jobs ${jobs}: scan of the corpus ${one.maxRssMb.toFixed(0)} MB, of ${COPIES} copies ${many.maxRssMb.toFixed(0)} MB`);
      console.log(`    ${COPIES} copies against one: ${verdict(many.maxRssMb / one.maxRssMb, TARGETS.rssCopies)}; against the floor: ${verdict(many.maxRssMb / floorRss, TARGETS.rssFloor)}`);
    }
  } finally {
    rmSync(copies, { recursive: true, force: true });
  }
  startUp();
  benchOverview();
}

/** One command of the format bench: the CPU time (user and system, all threads) and the peak RSS that GNU time reports for it. */
interface CommandRun {
  cpuSeconds: number;
  maxRssMb: number;
}

type Command = readonly [string, readonly string[]];

function timedCommand([command, args]: Command): CommandRun {
  const child = spawnSync('/usr/bin/time', ['-f', '%U %S %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`bench: ${command} ${args.join(' ')} failed:\n${child.stderr}`);
  const [user, system, rssKb] = (child.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { cpuSeconds: (user ?? 0) + (system ?? 0), maxRssMb: (rssKb ?? 0) / 1024 };
}

/** The least CPU time and the least peak RSS of a command's runs (the machine's load only ever adds). */
function best(runs: readonly CommandRun[]): CommandRun {
  return { cpuSeconds: Math.min(...runs.map((r) => r.cpuSeconds)), maxRssMb: Math.min(...runs.map((r) => r.maxRssMb)) };
}

/** `inspect` without the cache of read documents, so that every run reads the file. */
const inspect = (file: string): Command => [process.execPath, [BIN, '--no-cache', 'inspect', file]];

/** Runs the commands RUNS times, interleaved, and returns the best of each. */
function interleaved(commands: readonly Command[]): CommandRun[] {
  const runs = commands.map((): CommandRun[] => []);
  for (let run = 0; run < RUNS; run++) commands.forEach((command, i) => runs[i]!.push(timedCommand(command)));
  return runs.map(best);
}

/** GNU time's resolution: a floor that reads 0.00 s took less than this, and a ratio to it is at least the one to this. */
const TIME_RESOLUTION_SECONDS = 0.01;

/** `a / b` in CPU time, "≥ …" where b is below the timer's resolution. */
function cpuRatio(run: CommandRun, floor: CommandRun): { ratio: number; text: string } {
  const ratio = run.cpuSeconds / Math.max(floor.cpuSeconds, TIME_RESOLUTION_SECONDS);
  return { ratio, text: `${floor.cpuSeconds < TIME_RESOLUTION_SECONDS ? '≥ ' : ''}${ratio.toFixed(2)}x` };
}

function ratioLine(label: string, [run, floor]: readonly CommandRun[], target: number): string {
  const time = cpuRatio(run!, floor!);
  const memory = run!.maxRssMb / floor!.maxRssMb;
  return `${label}: CPU ${run!.cpuSeconds.toFixed(2)} s vs ${floor!.cpuSeconds.toFixed(2)} s (${time.text}), peak RSS ${run!.maxRssMb.toFixed(0)} vs ${floor!.maxRssMb.toFixed(0)} MB (${memory.toFixed(2)}x); target ≤ ${target}x: ${time.ratio <= target && memory <= target ? 'ok' : 'ABOVE'}`;
}

/** One agreement as PDF, Word and text: the sample corpus's, and a long one rendered by LibreOffice when it can be. */
interface FormatSet {
  label: string;
  pdf: string;
  docx: string;
  text: string;
}

/** The longest agreement of ../shared/texts rendered to PDF and Word by LibreOffice, in `dir`; undefined without either. */
function longAgreement(dir: string): FormatSet | undefined {
  const texts = join(PACKAGE_ROOT, '..', 'shared', 'texts');
  if (!existsSync(texts) || spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).status !== 0) return undefined;
  const longest = readdirSync(texts)
    .filter((f) => f.endsWith('.txt') && f !== 'README.md')
    .map((f) => join(texts, f))
    .reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
  const text = join(dir, 'agreement.txt');
  writeFileSync(text, readFileSync(longest));
  for (const format of ['pdf', 'docx']) {
    spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', format, '--outdir', dir, text], { stdio: 'ignore', timeout: 600_000 });
  }
  const set = { label: `${longest.slice(longest.lastIndexOf('/') + 1)} (${(statSync(text).size / 1e3).toFixed(0)} kB of text, rendered by LibreOffice)`, pdf: join(dir, 'agreement.pdf'), docx: join(dir, 'agreement.docx'), text };
  return existsSync(set.pdf) && existsSync(set.docx) ? set : undefined;
}

/**
 * PDF and Word reading against a floor each, in CPU time and peak memory of whole processes, RUNS
 * interleaved runs, the best of each: `inspect` of a PDF against `pdftotext` on it (target ≤ 4×) and
 * against `inspect` of the same agreement as text (what reading the PDF adds); `inspect` of a .docx
 * against `inspect` of the text it was made from (target ≤ 1.5×). On the sample corpus's files, and on
 * a long agreement where LibreOffice can render one.
 */
function formatsBench(): void {
  const canTime = existsSync('/usr/bin/time') && spawnSync('pdftotext', ['-v']).status === 0;
  if (!canTime) {
    console.log('formats: skipped (needs GNU time at /usr/bin/time and pdftotext from poppler-utils)');
    return;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'culturescan-bench-formats-'));
  try {
    const sample: FormatSet = {
      label: 'the sample corpus',
      pdf: join(PACKAGE_ROOT, 'corpus', 'aurelia-calderra-deca.pdf'),
      docx: join(PACKAGE_ROOT, 'corpus', 'valmontie-norlande-accord.docx'),
      text: join(PACKAGE_ROOT, 'test', 'corpus-src', 'valmontie-norlande-accord.txt'),
    };
    const pdfText = join(PACKAGE_ROOT, 'test', 'corpus-src', 'aurelia-calderra-deca.txt');
    const long = longAgreement(scratch);
    console.log(`formats (CPU time and peak RSS of whole processes, ${RUNS} interleaved runs, the least of each):`);
    for (const set of long ? [sample, long] : [sample]) {
      const [pdf, pdftotext, pdfAsText, docx, docxAsText] = interleaved([
        inspect(set.pdf),
        ['pdftotext', [set.pdf, '-']],
        inspect(set === sample ? pdfText : set.text),
        inspect(set.docx),
        inspect(set.text),
      ]);
      console.log(`  ${set.label}:`);
      console.log(`    ${ratioLine('PDF inspect vs pdftotext', [pdf!, pdftotext!], 4)}`);
      console.log(`    PDF inspect vs inspect of the same text: ${(pdf!.cpuSeconds / pdfAsText!.cpuSeconds).toFixed(2)}x CPU, ${(pdf!.maxRssMb / pdfAsText!.maxRssMb).toFixed(2)}x peak RSS; reading the PDF adds ${(pdf!.cpuSeconds - pdfAsText!.cpuSeconds).toFixed(2)} s CPU, ${cpuRatio({ cpuSeconds: pdf!.cpuSeconds - pdfAsText!.cpuSeconds, maxRssMb: 0 }, pdftotext!).text} pdftotext's`);
      console.log(`    ${ratioLine('Word inspect vs the same text', [docx!, docxAsText!], 1.5)}`);
    }
    if (!long) console.log('  (no long agreement: needs ../shared/texts and LibreOffice)');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const phaseAt = process.argv.indexOf('--phase');
if (process.argv.includes('--help')) {
  console.log('Usage: npm run bench [-- --record | --formats | --start-up]\n\nCPU, wall time, memory and start-up against their floors, measured in one run (needs ../shared).\n  --record   write the digest of the corpus findings after an intended change\n  --formats  the PDF and Word lines alone\n  --start-up the start-up lines alone (--help and a small scan against a bare node)\n  --phase P [DIR]  run one phase and print its figures as JSON (floor; scan, scan-jobs-N, scan-text of DIR, by default the corpus, as the packed bin)');
  process.exit(0);
}
const formatsOnly = process.argv.includes('--formats'); // `npm run bench -- --formats`: the PDF and Word lines alone
const startUpOnly = process.argv.includes('--start-up'); // `npm run bench -- --start-up`: the start-up lines alone
const phase = phaseAt > 0 ? (process.argv[phaseAt + 1] ?? '') : undefined;
if (startUpOnly) startUp();
else if (phase === 'floor') runFloor();
else if (phase !== undefined) console.log(JSON.stringify(spawnPhase(phase, process.argv[phaseAt + 2])));
else {
  if (!formatsOnly) bench(process.argv.includes('--record'));
  formatsBench();
}
