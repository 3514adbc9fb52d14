import { mkdirSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { GroupTally, GROUPINGS, type Grouping } from '../../report/overview/aggregate.js';
import { GROUP_FORMAT_NAMES, groupTable, ROW_FORMAT_NAMES, ROW_FORMATS, type GroupFormatName, type RowFormatName } from '../../report/overview/formats.js';
import type { AgreementRow } from '../../report/overview/row.js';
import { UserError } from '../../errors.js';
import { oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { distinctFiles } from '../distinct-files.js';
import { overviewRows } from '../overview-files.js';
import { SameAgreementRows } from '../same-agreement.js';
import { InOrder, startScan, stoppingWorkersOnError } from '../scan-files.js';
import { partiesHelp, PARTIES_SPEC, partiesOption, type StatedParties } from '../parties-option.js';
import type { RowJob } from '../overview-row.js';
import { checkOutput, openOutput, reportFileProblem, type OutputKind } from '../files.js';
import { formatOfPath } from '../output-format.js';
import type { InputFile } from '../paths-expand.js';
import { startProgress } from '../progress.js';
import { inputFiles, JOBS_HELP, parseJobs, QUIET_HELP, ruleDirs } from '../scan-options.js';

const usage = `Usage: culturescan overview [options] [PATH...]

The corpus at a glance: one row per agreement — id, title, source file, Parties (developed or
developing), date of signature, language, findings per category, the nine checklist statuses, the
e-commerce verdict, missing parts and errors. PATH as for scan; no PATH: the sample corpus.

Options:
  --format NAME        ${ROW_FORMAT_NAMES.join(' | ')} (default: from the --out file's
                       extension, else text); text fits a terminal of 100 columns with the key
                       columns (year, Parties, findings per category, e-commerce verdict); the
                       others carry every column: csv opens in Excel and LibreOffice; html is one
                       page with charts and a sortable table
  --out FILE           write to FILE instead of stdout
  --by party|year      instead of the rows, a table per Party (an agreement counts for each of its
                       Parties) or per year of signature: how many agreements, and the share with
                       each category and each e-commerce verdict, and per Party the first year of
                       signature with each category (text, csv, json, jsonl or markdown)
  --briefs DIR         also write each agreement's HTML brief (report --format html) into DIR; the
                       html page links each row to its brief
  --rules DIR          also load the rules in DIR, over the built-in ones (repeatable)
${partiesHelp(23)}
                       (once for every file, or once per file in their order)
  ${QUIET_HELP}
  ${JOBS_HELP}

A file that cannot be read is a row with its error (and a line on stderr); the others go on.
Rows are written as agreements finish, in the order of the files. Each row is kept in the cache
($XDG_CACHE_HOME/culturescan, else ~/.cache/culturescan): a later overview of the same file with the
same rules, --parties and version of culturescan takes it from there (not with --briefs);
--no-cache assesses every file afresh.
Exit: 0 done, 2 bad arguments or nothing could be read.
`;

const options = {
  format: { type: 'string' },
  out: { type: 'string' },
  by: { type: 'string' },
  briefs: { type: 'string' },
  rules: { type: 'string', multiple: true },
  jobs: { type: 'string' },
  quiet: { type: 'boolean' },
  ...PARTIES_SPEC,
} as const;

/** Text, Markdown and HTML carry the line that tells culturescan's readers a report from an agreement; data formats cannot. */
const OUTPUT_KINDS: Record<RowFormatName, OutputKind> = { text: 'text', csv: 'data', json: 'data', jsonl: 'data', html: 'html', markdown: 'markdown' };

const BY_EXTENSION: Record<string, RowFormatName> = { txt: 'text', csv: 'csv', json: 'json', jsonl: 'jsonl', ndjson: 'jsonl', html: 'html', htm: 'html', md: 'markdown', markdown: 'markdown' };

/** Where each file's brief goes: DIR/<id>.html, with a number added when two files share an id. */
function rowJobs(files: readonly InputFile[], briefsDir: string | undefined, stated: ReadonlyArray<StatedParties | undefined>): RowJob[] {
  const used = new Set<string>();
  return files.map((file, i) => {
    const parties = stated[i];
    if (briefsDir === undefined) return { absolute: file.absolute, display: file.display, parties };
    const id = file.display.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
    let name = `${id}.html`;
    for (let n = 2; used.has(name); n++) name = `${id}-${n}.html`;
    used.add(name);
    return { absolute: file.absolute, display: file.display, parties, brief: { path: resolve(briefsDir, name), name } };
  });
}

/** The link from the page (written to --out, or read from the working folder) to the briefs' folder. */
function briefBase(briefsDir: string, out: string | undefined, io: Io): string {
  const from = out === undefined ? io.cwd : dirname(resolve(io.cwd, out));
  const path = relative(from, briefsDir).split(sep).join('/');
  return path === '' ? '' : `${path}/`;
}

function chosenFormat(value: string | undefined, out: string | undefined): RowFormatName {
  return oneOf('format', value, ROW_FORMAT_NAMES, formatOfPath(out, BY_EXTENSION) ?? 'text');
}

export const overviewCommand: Command = {
  name: 'overview',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('overview', args, options);
    const format = chosenFormat(values.format, values.out);
    const by = values.by === undefined ? undefined : oneOf<Grouping>('by', values.by, GROUPINGS, 'party');
    if (by && !(GROUP_FORMAT_NAMES as readonly string[]).includes(format)) {
      throw new UserError(`--by gives a table: --format ${GROUP_FORMAT_NAMES.join(', ')} (got '${format}')`);
    }
    const jobs = parseJobs(values.jobs);
    const listed = await inputFiles(positionals, io);
    const stated = partiesOption(values.parties, listed.length);
    // A corpus gathered by hand often holds an agreement twice (a copy, a link): it counts once.
    const distinct = await distinctFiles(listed, (line) => io.stderr(`culturescan: ${line}\n`));
    const files = distinct.kept.map((i) => listed[i] as InputFile);
    const briefsDir = values.briefs === undefined ? undefined : resolve(io.cwd, values.briefs);
    if (briefsDir) {
      try {
        mkdirSync(briefsDir, { recursive: true });
      } catch (error) {
        throw new UserError(`cannot create the folder for the briefs (${(error as NodeJS.ErrnoException).code ?? String(error)})`, values.briefs);
      }
    }
    const jobsOfRows = rowJobs(files, briefsDir, distinct.kept.map((i) => stated[i]));
    const inputs = files.map((f) => f.absolute);
    checkOutput(values.out, inputs, io);
    const start = await startScan(files, { ruleDirs: ruleDirs(values.rules ?? [], io.cwd), cwd: io.cwd, cacheDir: io.cacheDir, jobs, wantDocument: false, rowJobs: jobsOfRows });
    const output = stoppingWorkersOnError(start.workers, () => openOutput(values.out, io, { kind: OUTPUT_KINDS[format], inputs }));
    const rowFormat = ROW_FORMATS[format];
    const streamed = !by && rowFormat.kind === 'stream' ? rowFormat : undefined;
    // Only the whole formats (a JSON document, the page's table) keep the rows; --by keeps its counts.
    const kept: AgreementRow[] = [];
    const tally = by ? new GroupTally(by) : undefined;
    const twice = new SameAgreementRows();
    let read = 0;
    const progress = startProgress(io, files.length, values.quiet ?? false);
    try {
      if (streamed) output.write(streamed.head());
      const inOrder = new InOrder<AgreementRow>((row) => {
        twice.add(row);
        reportFileProblem(row, (line) => progress.say(line));
        if (streamed) output.write(streamed.row(row));
        else if (tally) tally.add(row);
        else kept.push(row);
      });
      await overviewRows(jobsOfRows, start, (row, index) => {
        if (row.errors.length === 0) read++;
        progress.done(row.source);
        inOrder.put(index, row);
      });
      progress.finish();
      const twiceLine = twice.line();
      if (twiceLine) io.stderr(`culturescan: ${twiceLine}\n`);
      if (streamed) output.write(streamed.tail());
      else if (tally && by) output.write(groupTable(tally.groups(), by, format as GroupFormatName));
      else if (rowFormat.kind === 'whole') output.write(await rowFormat.render(kept, briefsDir ? { briefBase: briefBase(briefsDir, values.out, io) } : {}));
    } catch (error) {
      progress.finish();
      output.abandon();
      throw error;
    }
    output.close();
    return read === 0 ? EXIT.usage : EXIT.ok;
  },
};
