import { clausePrints, lineage, type LineageAgreement } from '../../compare/index.js';
import { LINEAGE_FORMAT_NAMES, LINEAGE_FORMATS } from '../../report/compare/index.js';
import { fitMarkdown, TERMINAL_WIDTH } from '../help-width.js';
import { oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { checkOutput, reportFileProblems, writeOutput } from '../files.js';
import { distinctFiles } from '../distinct-files.js';
import { listAndStartScan, scanFiles } from '../scan-files.js';
import type { InputFile } from '../paths-expand.js';
import { STDIN_HELP, STDIN_OPTIONS, stdinSpec } from '../stdin-input.js';
import { categoriesOption, inputFiles, JOBS_HELP, parseJobs, QUIET_HELP, ruleDirs } from '../scan-options.js';
import { startProgress } from '../progress.js';
import { rowYear } from '../../report/overview/year.js';

const usage = `Usage: culturescan lineage [options] [PATH...]

For a corpus of agreements, which earlier agreement each one repeats its cultural clauses from:
the one it shares most clauses with nearly word for word (same category, at least 80% of three-word
runs in common), signed before it, when they are at least 2 clauses and a third of its cultural
clauses. An agreement whose text states no date is placed by the year its file name gives (shown
with ?, compared with agreements of other years only); with neither, it is listed as undated, without
a template. JSON also lists
the shared clause pairs and the runners-up. PATH as for scan; no PATH: the sample corpus.

Options:
  --format NAME        ${LINEAGE_FORMAT_NAMES.join(' | ')} (default: markdown)
  --category C[,C]     compare only the clauses of these categories
  --out FILE           write the table to FILE instead of stdout
  --rules DIR          also load the rules in DIR, over the built-in ones (repeatable)
  ${JOBS_HELP}
  ${STDIN_HELP}
  ${QUIET_HELP}
`;

export const lineageCommand: Command = {
  name: 'lineage',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('lineage', args, {
      format: { type: 'string' },
      category: { type: 'string', multiple: true },
      out: { type: 'string' },
      rules: { type: 'string', multiple: true },
      jobs: { type: 'string' },
      ...STDIN_OPTIONS,
      quiet: { type: 'boolean' },
    });
    const format = oneOf('format', values.format, LINEAGE_FORMAT_NAMES, 'markdown');
    const categories = new Set<string>(categoriesOption(values.category));
    const jobs = parseJobs(values.jobs);
    // Worker threads asked for with --jobs load their modules while this thread lists the files.
    const { files, start } = await listAndStartScan({ ruleDirs: ruleDirs(values.rules ?? [], io.cwd), cwd: io.cwd, cacheDir: io.cacheDir, jobs, wantDocument: true }, async () => {
      const listed = await inputFiles(positionals, io, stdinSpec(values, positionals));
      checkOutput(values.out, listed.map((f) => f.absolute), io);
      // An agreement given twice (a copy, a link) would be its own template: it counts once.
      const { kept } = await distinctFiles(listed, (line) => io.stderr(`culturescan: ${line}\n`));
      return kept.map((i) => listed[i] as InputFile);
    });
    const inputs = files.map((f) => f.absolute);
    const agreements: LineageAgreement[] = [];
    // Only the clauses' three-word runs are kept from each document, so a whole corpus fits in memory.
    const progress = startProgress(io, files.length, values.quiet ?? false);
    const results = await scanFiles(files, {
      ...start,
      progress,
      inspect: (doc, { findings }) =>
        agreements.push({
          documentId: doc.id,
          title: doc.title,
          ...lineageDating(doc.meta.dateSigned, doc.id),
          clauses: clausePrints(doc, findings, categories),
        }),
    }).finally(() => progress.finish());
    reportFileProblems(results, io);
    if (agreements.length === 0) return EXIT.usage;
    // Read in a terminal, the Markdown fits its 100 columns (the table aligned, the prose wrapped at spaces); a file keeps it as it is.
    const layout = io.isTty && values.out === undefined ? { width: TERMINAL_WIDTH } : {};
    const text = LINEAGE_FORMATS[format](lineage(agreements), layout);
    await writeOutput(format === 'markdown' && layout.width ? fitMarkdown(text, layout.width) : text, values.out, io, { kind: format === 'json' ? 'data' : 'markdown', inputs });
    return EXIT.ok;
  },
};

/** When an agreement was signed, for its place in the lineage: its date, else the year its file name gives. */
function lineageDating(dateSigned: string | undefined, fileId: string): Pick<LineageAgreement, 'dateSigned' | 'yearFromFileName'> {
  if (dateSigned) return { dateSigned };
  const { year } = rowYear(undefined, fileId);
  return year === null ? {} : { yearFromFileName: year };
}
