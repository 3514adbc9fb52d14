import { resolve } from 'node:path';
import { changesOnly, COMPARE_GATES, compareAgreements, failedCompareGates } from '../../compare/index.js';
import { UserError } from '../../errors.js';
import { inputLimits, megabytes } from '../../input-limits.js';
import type { AgreementDocument } from '../../model.js';
import { COMPARISON_FORMAT_NAMES, COMPARISON_FORMATS } from '../../report/compare/index.js';
import { formatOfOutput, oneOf, parseCommandArgs } from '../args.js';
import { readAssessed } from '../assessed.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { fitMarkdown, TERMINAL_WIDTH } from '../help-width.js';
import { partiesHelp, PARTIES_SPEC, partiesOption } from '../parties-option.js';
import { checkOutput, writeOutput } from '../files.js';
import { STDIN_OPTIONS, stdinSpec } from '../stdin-input.js';
import { categoriesOption, checkNames, loadRules, splitList } from '../scan-options.js';

const COMPARISON_FORMAT_BY_EXTENSION = { '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.json': 'json' } as const;

const USAGE = `Usage: culturescan compare LEFT RIGHT [--format markdown|html|json] [--changes-only] [--fail-on GATE] [--category C] [--parties LIST] [--out FILE] [--rules DIR]

Two agreements side by side (two drafts of one agreement, or two agreements of one country): the
checklist against Convention Arts. 16 and 21 and guidelines paras. 18-19 for each, the e-commerce
verdicts, and every cultural clause aligned with its counterpart in the other text — same words
(wherever it now sits), reworded (with the words removed and added), or on one side only. How much
wording the two share tells whether they follow a common template. Three or more agreements side by
side, one row each with its checklist and verdict: culturescan overview FILE... --out overview.csv.

Options:
  --format NAME   markdown (default), html (one self-contained page in the brief's look) or json;
                  without it, --out FILE's ending chooses (.md .html .json)
  --changes-only  leave out the checklist items with the same status on both sides and the clauses
                  with the same words (moved or not): what a reviewer of the next draft reads
  --fail-on GATE  exit 1 when the two differ (comma-separated or repeated): verdict-changed (the
                  e-commerce verdict), status-changed (any checklist status), for a draft-to-draft
                  check in CI; each failed gate is named on stderr
  --category C    compare only the clauses of these categories (comma-separated or repeated)
  --out FILE      write the comparison to FILE instead of standard output
${partiesHelp(18)}
                  (once for both files, or twice: LEFT's, then RIGHT's)
  --name NAME     with LEFT or RIGHT '-' (standard input): the name shown for it; its ending tells the format
  --format-in F   with FILE '-': the format when the name does not tell it (txt, md, html, docx, pdf, xml)
  --rules DIR     add the rules in DIR over the built-in ones, overriding by id (repeatable)`;

/** Refuses a text too long to pair clause by clause in reasonable time (see InputLimits.compareTextChars). */
function notTooLong(doc: AgreementDocument): void {
  const limit = inputLimits().compareTextChars;
  if (doc.text.length <= limit) return;
  throw new UserError(`is too long to compare (${megabytes(doc.text.length)} of text; compare takes up to ${megabytes(limit)} a side, raised with CULTURESCAN_COMPARE_MAX_MB)`, doc.source);
}

export const compareCommand: Command = {
  name: 'compare',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('compare', args, {
      format: { type: 'string' },
      'changes-only': { type: 'boolean' },
      'fail-on': { type: 'string', multiple: true },
      category: { type: 'string', multiple: true },
      out: { type: 'string' },
      rules: { type: 'string', multiple: true },
      ...STDIN_OPTIONS,
      ...PARTIES_SPEC,
    });
    const format = oneOf('format', values.format ?? formatOfOutput(values.out, COMPARISON_FORMAT_BY_EXTENSION), COMPARISON_FORMAT_NAMES, 'markdown');
    const gates = checkNames('fail-on', splitList(values['fail-on']), COMPARE_GATES);
    const categories = categoriesOption(values.category);
    if (positionals.length > 2) {
      throw new UserError(`compare: expected two files, LEFT and RIGHT, got ${positionals.length}; to set three or more side by side, one row each with its checklist and verdict: culturescan overview FILE... --out overview.csv (or .html)`);
    }
    if (positionals.length !== 2) throw new UserError(`compare: expected two files, LEFT and RIGHT, got ${positionals.length} (see culturescan compare --help)`);
    const inputs = positionals.map((p) => resolve(io.cwd, p));
    checkOutput(values.out, inputs, io);
    const rules = await loadRules(values.rules ?? [], io.cwd);
    const stdin = stdinSpec(values, positionals);
    const [leftParties, rightParties] = partiesOption(values.parties, 2);
    const left = await readAssessed(positionals[0]!, rules, io, undefined, leftParties, stdin, notTooLong);
    const right = await readAssessed(positionals[1]!, rules, io, undefined, rightParties, stdin, notTooLong);
    const comparison = compareAgreements(left, right, categories);
    const shown = values['changes-only'] ? changesOnly(comparison) : comparison;
    // Read in a terminal, the Markdown fits its 100 columns (the table aligned, the prose wrapped at spaces); a file keeps it as it is.
    const layout = io.isTty && values.out === undefined ? { width: TERMINAL_WIDTH } : {};
    const text = COMPARISON_FORMATS[format](left.doc, right.doc, shown, layout);
    await writeOutput(format === 'markdown' && layout.width ? fitMarkdown(text, layout.width) : text, values.out, io, { kind: format === 'json' ? 'data' : format, inputs });
    const failed = failedCompareGates(comparison, gates);
    for (const gate of failed) io.stderr(`culturescan: ${positionals[0]} → ${positionals[1]}: fails gate ${gate}\n`);
    return failed.length > 0 ? EXIT.gateFailed : EXIT.ok;
  },
};
