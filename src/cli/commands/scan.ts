import { resolve } from 'node:path';
import { CATEGORIES, type AgreementDocument, type Detections, type Finding } from '../../model.js';
import type { InputFile } from '../paths-expand.js';
import { SCAN_FORCE_PRINTED, SCAN_FORMAT_NAMES, SCAN_STREAMS, type ScanFormatName } from '../../report/scan/index.js';
import { formatOfOutput, oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { checkOutput, openOutput, reportFileProblem, type OutputKind } from '../files.js';
import type { Io } from '../io.js';
import { listAndStartScan, scanEach, stoppingWorkersOnError } from '../scan-files.js';
import { forceDecision, type ForceDecision } from '../kept-detections.js';
import { checkNames, EXTENSIONS, inputFiles, JOBS_HELP, parseJobs, QUIET_HELP, ruleDirs, splitList } from '../scan-options.js';
import { STDIN_HELP, STDIN_OPTIONS, stdinSpec } from '../stdin-input.js';
import { startProgress } from '../progress.js';
import { gateChecker, GATE_NAMES, type GateFailure } from '../scan-gates.js';
import { partiesHelp, PARTIES_SPEC, partiesOption } from '../parties-option.js';

const OUTPUT_KINDS: Record<ScanFormatName, OutputKind> = { text: 'text', markdown: 'markdown', json: 'data', jsonl: 'data', csv: 'data' };


/** What `--out FILE` without `--format` writes, by the file's ending. */
const SCAN_FORMAT_BY_EXTENSION = { '.csv': 'csv', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.md': 'markdown', '.markdown': 'markdown', '.txt': 'text' } as const;

const usage = `Usage: culturescan scan [options] [PATH...]

Finds cultural clauses, e-commerce provisions and Convention references in agreements.
PATH: files, folders (searched recursively; hidden files and READMEs skipped) or glob patterns
(*, ?, **; quote them). No PATH: the sample corpus. Folders and patterns yield the files ending in
${EXTENSIONS.join(' ')}.

Options:
  --format NAME        ${SCAN_FORMAT_NAMES.join(' | ')} (default: text)
  --out FILE           write the report to FILE instead of stdout; without --format, the format
                       follows its ending (.csv .json .jsonl .md .txt)
  --rules DIR          also load the rules in DIR, over the built-in ones (repeatable)
  --category C[,C]     keep only findings of these categories (signals, in json and jsonl, all stay)
  --fail-on GATE[,G]   exit 1 when a document fails a gate; the gates:
                       ${GATE_NAMES.join(', ')}
                       (each fails exactly when the brief, culturescan report, shows that item missing)
  --decisions FILE     the decisions of a review (culturescan review): the findings dismissed there
                       are left out of the output and of the gates, as the brief leaves them out
${partiesHelp(23)}
                       (read by the gates; once for all files, or once per file in their order)
  ${JOBS_HELP}
  ${STDIN_HELP}
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
  decisions: { type: 'string' },
  ...STDIN_OPTIONS,
  jobs: { type: 'string' },
  quiet: { type: 'boolean' },
  ...PARTIES_SPEC,
} as const;

/**
 * The findings a review kept: all of them without --decisions; the dismissed ones leave, as in the brief.
 * The decisions modules (and their schema library) load only when a decisions file is given.
 */
async function reviewedFindings(typed: string | undefined, io: Io): Promise<(findings: Finding[]) => Finding[]> {
  if (typed === undefined) return (findings) => findings;
  const [{ readDecisions }, { applyDecisions }] = await Promise.all([import('../decisions-file.js'), import('../../tui/decisions.js')]);
  const file = readDecisions(resolve(io.cwd, typed), typed, 'error');
  return (findings) => applyDecisions(findings, file, typed).findings;
}

function reportFailures(failures: readonly GateFailure[], io: Io): void {
  for (const f of failures) io.stderr(`culturescan: ${f.source}: fails gate ${f.gate}\n`);
}

export const scanCommand: Command = {
  name: 'scan',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('scan', args, options);
    const format = oneOf('format', values.format ?? formatOfOutput(values.out, SCAN_FORMAT_BY_EXTENSION), SCAN_FORMAT_NAMES, 'text');
    const kinds = splitList(values.category);
    checkNames('category', kinds, CATEGORIES);
    const gates = checkNames('fail-on', splitList(values['fail-on']), GATE_NAMES);
    const jobs = parseJobs(values.jobs);
    const reviewed = await reviewedFindings(values.decisions, io);
    const keptKinds = kinds.length > 0 ? new Set(kinds) : undefined;
    const workerOptions = { ruleDirs: ruleDirs(values.rules ?? [], io.cwd), cwd: io.cwd, cacheDir: io.cacheDir, jobs, wantDocument: gates.length > 0, kinds: keptKinds, legalForce: SCAN_FORCE_PRINTED[format] };
    let legalForce: ForceDecision | undefined;
    // Worker threads asked for with --jobs load their modules while this thread lists the files.
    const { files, start } = await listAndStartScan(workerOptions, async () => {
      const listed = await inputFiles(positionals, io, stdinSpec(values, positionals));
      checkOutput(values.out, listed.map((f) => f.absolute), io);
      // The data formats carry each finding's legal force; its language library loads only for them.
      legalForce = await forceDecision(workerOptions.legalForce);
      return listed;
    });
    const inputs = files.map((f) => f.absolute);
    const stated = partiesOption(values.parties, files.length);
    const gateCheck = await gateChecker(gates, new Map(files.map((f, i) => [f.display, stated[i]])));
    const inspect = gates.length > 0 ? (doc: AgreementDocument, detections: Detections, file: InputFile) => gateCheck.inspect(doc, { ...detections, findings: reviewed(detections.findings) }, file) : undefined;
    const output = stoppingWorkersOnError(start.workers, () => openOutput(values.out, io, { kind: OUTPUT_KINDS[format], inputs }));
    // Each document is written as soon as it and the ones before it are done: the run keeps no results.
    const writer = SCAN_STREAMS[format]();
    let anyRead = false;
    const progress = startProgress(io, files.length, values.quiet ?? false);
    try {
      output.write(writer.head);
      await scanEach(files, { ...start, progress, kinds: keptKinds, ...(legalForce ? { legalForce } : {}), inspect }, (result) => {
        anyRead ||= result.title !== null;
        output.write(writer.document({ ...result, findings: reviewed(result.findings) }));
        reportFileProblem(result, (line) => progress.say(line));
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
