import { CATEGORIES, INFO_KINDS, type DocumentResult } from '../../model.js';
import { SCAN_FORMATS, SCAN_FORMAT_NAMES } from '../../report/scan/index.js';
import { oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { UserError } from '../../errors.js';
import { reportFileProblems, writeOutput } from '../files.js';
import type { Io } from '../io.js';
import { scanFiles, startScan } from '../scan-files.js';
import { checkNames, EXTENSIONS, inputFiles, JOBS_HELP, parseJobs, ruleDirs, splitList } from '../scan-options.js';
import { gateChecker, GATE_NAMES, type GateFailure } from '../scan-gates.js';

const KINDS: readonly string[] = [...CATEGORIES, ...INFO_KINDS];

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
  ${JOBS_HELP}

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
} as const;

function reportProblems(results: readonly DocumentResult[], failures: readonly GateFailure[], io: Io): void {
  reportFileProblems(results, io);
  for (const f of failures) io.stderr(`culturescan: ${f.source}: fails gate ${f.gate}\n`);
}

export const scanCommand: Command = {
  name: 'scan',
  summary: 'find cultural clauses, e-commerce provisions and Convention references',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('scan', args, options);
    const format = oneOf('format', values.format, SCAN_FORMAT_NAMES, 'text');
    const kinds = splitList(values.category);
    checkNames('category', kinds, KINDS);
    const gates = checkNames('fail-on', splitList(values['fail-on']), GATE_NAMES);
    const jobs = parseJobs(values.jobs);
    const files = await inputFiles(positionals, io);
    const start = await startScan(files, { ruleDirs: ruleDirs(values.rules ?? [], io.cwd), cwd: io.cwd, jobs, wantDocument: gates.length > 0 });
    const gateCheck = gateChecker(gates);
    const results = await scanFiles(files, {
      ...start,
      kinds: kinds.length > 0 ? new Set(kinds) : undefined,
      inspect: gates.length > 0 ? gateCheck.inspect : undefined,
    });
    await writeOutput(SCAN_FORMATS[format](results), values.out, io);
    reportProblems(results, gateCheck.failures(), io);
    if (results.every((r) => r.title === null)) return EXIT.usage;
    return gateCheck.failures().length > 0 ? EXIT.gateFailed : EXIT.ok;
  },
};
