/**
 * `npm run bench` (after a build): scans all of ../shared/tota the way `culturescan scan` does (worker
 * threads at the default --jobs) and sets the time next to a floor measured in the same run — read and
 * parse every XML with fast-xml-parser plus one regular-expression pass over its text, in one thread — so
 * that the ratio, not the machine, says whether the scan is slow. Each phase runs in its own child process
 * so that its peak RSS (worker threads included) is its own, three times, interleaved with the other.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { main } from '../cli/main.js';
import { memoryIo } from '../cli/io.js';
import { workerCount } from '../cli/scan-files.js';
import { tuneV8 } from '../cli/v8-tuning.js';
import { PACKAGE_ROOT } from '../paths.js';

const TOTA = join(PACKAGE_ROOT, '..', 'shared', 'tota');
const TARGET_RATIO = 3;
const RUNS = 3;

interface PhaseResult {
  seconds: number;
  maxRssMb: number;
  note: string;
}

const xmlFiles = () => readdirSync(TOTA).filter((f) => f.endsWith('.xml')).sort().map((f) => join(TOTA, f));

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
  for (const file of xmlFiles()) {
    const parts: string[] = [];
    collectText(parser.parse(readFileSync(file, 'utf8')), parts);
    hits += parts.join('\n').match(/\b(?:cultur\w*|audio-?visual|electronic commerce|unesco)\b/gi)?.length ?? 0;
  }
  return `${hits} keyword hits`;
}

async function scanPhase(): Promise<string> {
  const jobs = await workerCount(xmlFiles().map((f) => ({ display: f, absolute: f })), undefined);
  const io = memoryIo(PACKAGE_ROOT);
  const code = await main(['scan', '--format', 'jsonl', TOTA], io);
  if (code !== 0) throw new Error(`scan exited ${code}: ${io.err.split('\n')[0]}`);
  const docs = io.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { findings: unknown[]; errors: unknown[] });
  const findings = docs.reduce((n, d) => n + d.findings.length, 0);
  const failed = docs.filter((d) => d.errors.length > 0).length;
  return `${jobs} job(s); ${docs.length} documents, ${findings} findings, ${failed} unreadable`;
}

async function runPhase(phase: string): Promise<void> {
  tuneV8(); // as the bin does: both phases run with the CLI's V8 settings
  const started = performance.now();
  const note = phase === 'scan' ? await scanPhase() : floorPhase();
  const seconds = (performance.now() - started) / 1000;
  const result: PhaseResult = { seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, note };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function spawnPhase(phase: string): PhaseResult {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--phase', phase], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`bench ${phase} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as PhaseResult;
}

function fastest(runs: readonly PhaseResult[]): PhaseResult {
  return runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));
}

function spread(runs: readonly PhaseResult[]): string {
  const seconds = runs.map((r) => r.seconds);
  return `runs ${Math.min(...seconds).toFixed(2)}–${Math.max(...seconds).toFixed(2)} s`;
}

async function bench(): Promise<void> {
  if (!existsSync(TOTA)) {
    console.log(`bench: skipped, no corpus at ${TOTA}`);
    return;
  }
  const files = xmlFiles();
  const megabytes = files.reduce((n, f) => n + statSync(f).size, 0) / 1e6;
  for (const f of files) readFileSync(f); // warm the page cache so that neither phase pays for the disk
  // Interleaved runs, so that a change in the machine's load touches both phases; each phase's fastest
  // run (the least disturbed) is the figure, and the spread is printed beside it.
  const floors: PhaseResult[] = [];
  const scans: PhaseResult[] = [];
  for (let run = 0; run < RUNS; run++) {
    floors.push(spawnPhase('floor'));
    scans.push(spawnPhase('scan'));
  }
  const floor = fastest(floors);
  const scan = fastest(scans);
  const ratio = scan.seconds / floor.seconds;
  console.log(`corpus: ${files.length} files, ${megabytes.toFixed(1)} MB; ${RUNS} interleaved runs of each phase, the fastest counts`);
  console.log(`scan: ${scan.seconds.toFixed(2)} s (${spread(scans)}), ${(megabytes / scan.seconds).toFixed(1)} MB/s; floor: ${floor.seconds.toFixed(2)} s (${spread(floors)}); ratio ${ratio.toFixed(2)}x`);
  console.log(`scan:  peak RSS ${scan.maxRssMb.toFixed(0)} MB; ${scan.note}`);
  console.log(`floor: peak RSS ${floor.maxRssMb.toFixed(0)} MB, ${(megabytes / floor.seconds).toFixed(1)} MB/s; ${floor.note}`);
  console.log(ratio < TARGET_RATIO ? `ok: under the ${TARGET_RATIO}x target` : `SLOW: above the ${TARGET_RATIO}x target`);
}

/** One command of the format bench: its wall time and the peak RSS GNU time reports for it. */
interface CommandRun {
  seconds: number;
  maxRssMb: number;
}

function timedCommand(command: string, args: readonly string[]): CommandRun {
  const started = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`bench: ${command} ${args.join(' ')} failed:\n${child.stderr}`);
  return { seconds, maxRssMb: Number(child.stderr.trim().split('\n').at(-1)) / 1024 };
}

function fastestRun(runs: readonly CommandRun[]): CommandRun {
  return runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));
}

/**
 * PDF and Word reading against a floor each, in interleaved runs of whole processes: `inspect` of the
 * sample PDF against `pdftotext` on it (target ≤ 4×), and `inspect` of the sample .docx against
 * `inspect` of the text it was made from (target ≤ 1.5×), in time and peak memory.
 */
function formatsBench(): void {
  const canTime = existsSync('/usr/bin/time') && spawnSync('pdftotext', ['-v']).status === 0;
  if (!canTime) {
    console.log('formats: skipped (needs GNU time at /usr/bin/time and pdftotext from poppler-utils)');
    return;
  }
  const bin = join(PACKAGE_ROOT, 'dist', 'src', 'cli', 'bin.js');
  const pdf = join(PACKAGE_ROOT, 'corpus', 'aurelia-calderra-deca.pdf');
  const docx = join(PACKAGE_ROOT, 'corpus', 'valmontie-norlande-accord.docx');
  const docxText = join(PACKAGE_ROOT, 'test', 'corpus-src', 'valmontie-norlande-accord.txt');
  const pairs: [string, [string, string[]], [string, string[]], number][] = [
    ['PDF inspect vs pdftotext', [process.execPath, [bin, 'inspect', pdf]], ['pdftotext', [pdf, '-']], 4],
    ['Word inspect vs the same text', [process.execPath, [bin, 'inspect', docx]], [process.execPath, [bin, 'inspect', docxText]], 1.5],
  ];
  for (const [label, [command, args], [floorCommand, floorArgs], target] of pairs) {
    const runs: CommandRun[] = [];
    const floors: CommandRun[] = [];
    for (let run = 0; run < RUNS; run++) {
      runs.push(timedCommand(command, args));
      floors.push(timedCommand(floorCommand, floorArgs));
    }
    const best = fastestRun(runs);
    const floor = fastestRun(floors);
    const time = best.seconds / floor.seconds;
    const memory = best.maxRssMb / floor.maxRssMb;
    console.log(
      `${label}: ${best.seconds.toFixed(2)} s vs ${floor.seconds.toFixed(2)} s (${time.toFixed(2)}x), peak RSS ${best.maxRssMb.toFixed(0)} vs ${floor.maxRssMb.toFixed(0)} MB (${memory.toFixed(2)}x); target ≤ ${target}x: ${time <= target && memory <= target ? 'ok' : 'ABOVE'}`,
    );
  }
}

const phaseAt = process.argv.indexOf('--phase');
await (phaseAt > 0 ? runPhase(process.argv[phaseAt + 1] ?? '') : bench());
if (phaseAt < 0) formatsBench();
