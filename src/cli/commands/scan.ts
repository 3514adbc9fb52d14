import { CATEGORIES, INFO_KINDS } from '../../model.js';
import { SCAN_FORMAT_NAMES, SCAN_STREAMS, type ScanFormatName } from '../../report/scan/index.js';
import { oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { checkOutput, openOutput, type OutputKind } from '../files.js';
import type { Io } from '../io.js';
import { scanEach, startScan } from '../scan-files.js';
import { checkNames, EXTENSIONS, inputFiles, JOBS_HELP, parseJobs, QUIET_HELP, ruleDirs, splitList } from '../scan-options.js';
import { startProgress } from '../progress.js';
import { gateChecker, GATE_NAMES, type GateFailure } from '../scan-gates.js';
import { PARTIES_HELP, PARTIES_SPEC, partiesOption } from '../parties-option.js';

const KINDS: readonly string[] = [...CATEGORIES, ...INFO_KINDS];
const OUTPUT_KINDS: Record<ScanFormatName, OutputKind> = { text: 'text', markdown: 'markdown', json: 'data', jsonl: 'data', csv: 'data' };

const usage = `Usage: culturescan scan [options] [PATH...]

Finds cultural clauses, e-commerce provisions and Convention references in agreements.
PATH: files, folders (searched recursively; hidden files and READMEs skipped) or glob patterns
(*, ?, **; quote them). No PATH: the sample corpus. Folders and patterns yield the files ending in
${EXTENSIONS.join(' ')}.

Options:
  --format NAME        ${SCAN_FORMAT_NAMES.join(' | ')} (default: text)
  --out FILE           write the report to FILE instead of stdout
  --rules DIR          also load the rules in DIR, over the built-in ones (repeatable)
  --category C[,C]     keep only findings of these categories
  --fail-on GATE[,G]   exit 1 when a document fails a gate; the gates:
                       ${GATE_NAMES.join(', ')}
  ${PARTIES_HELP.replace(/\n {18}/g, '\n                       ').replace('--parties LIST  ', '--parties LIST       ')}
                       (read by the gates; once for all files, or once per file in their order)
  ${JOBS_HELP}
  ${QUIET_HELP}

Exit: 0 scanned, 1 a --fail-on gate failed, 2 bad arguments or nothing could be scanned.
Files that cannot be read are named on stderr; the others are still scanned.
`;

const options = {
  format: { type: 'string' },
  out: { type: 'string' },
  rules: { type: 'string', multiple: true },
  category: { type: 'string', multiple: true },
  'fail-on': { type: 'string', multiple: true },
  jobs: { type: 'string' },
  quiet: { type: 'boolean' },
  ...PARTIES_SPEC,
} as const;

function reportFailures(failures: readonly GateFailure[], io: Io): void {
  for (const f of failures) io.stderr(`culturescan: ${f.source}: fails gate ${f.gate}\n`);
}

export const scanCommand: Command = {
  name: 'scan',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('scan', args, options);
    const format = oneOf('format', values.format, SCAN_FORMAT_NAMES, 'text');
    const kinds = splitList(values.category);
    checkNames('category', kinds, KINDS);
    const gates = checkNames('fail-on', splitList(values['fail-on']), GATE_NAMES);
    const jobs = parseJobs(values.jobs);
    const files = await inputFiles(positionals, io);
    const inputs = files.map((f) => f.absolute);
    checkOutput(values.out, inputs, io);
    const keptKinds = kinds.length > 0 ? new Set(kinds) : undefined;
    const start = await startScan(files, { ruleDirs: ruleDirs(values.rules ?? [], io.cwd), cwd: io.cwd, cacheDir: io.cacheDir, jobs, wantDocument: gates.length > 0, kinds: keptKinds });
    const stated = partiesOption(values.parties, files.length);
    const gateCheck = await gateChecker(gates, new Map(files.map((f, i) => [f.display, stated[i]])));
    let output;
    try {
      output = openOutput(values.out, io, { kind: OUTPUT_KINDS[format], inputs });
    } catch (error) {
      start.workers?.pool.stop();
      throw error;
    }
    // Each document is written as soon as it and the ones before it are done: the run keeps no results.
    const writer = SCAN_STREAMS[format]();
    let anyRead = false;
    const progress = startProgress(io, files.length, values.quiet ?? false);
    try {
      output.write(writer.head);
      await scanEach(files, { ...start, progress, kinds: keptKinds, inspect: gates.length > 0 ? gateCheck.inspect : undefined }, (result) => {
        anyRead ||= result.title !== null;
        output.write(writer.document(result));
        for (const warning of result.warnings ?? []) progress.say(`culturescan: ${result.source}: warning: ${warning}\n`);
        for (const error of result.errors) progress.say(`culturescan: ${result.source}: ${error}\n`);
      });
      output.write(writer.tail());
    } catch (error) {
      progress.finish();
      output.abandon();
      throw error;
    }
    output.close();
    reportFailures(gateCheck.failures(), io);
    if (!anyRead) return EXIT.usage;
    return gateCheck.failures().length > 0 ? EXIT.gateFailed : EXIT.ok;
  },
};
