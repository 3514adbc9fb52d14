import { resolve } from 'node:path';
import { compareAgreements } from '../../compare/index.js';
import { UserError } from '../../errors.js';
import { COMPARISON_FORMAT_NAMES, COMPARISON_FORMATS } from '../../report/compare/index.js';
import { oneOf, parseCommandArgs } from '../args.js';
import { readAssessed } from '../assessed.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { checkOutput, writeOutput } from '../files.js';
import { categoriesOption, loadRules } from '../scan-options.js';

const USAGE = `Usage: culturescan compare LEFT RIGHT [--format markdown|json] [--category C] [--out FILE] [--rules DIR]

Two agreements side by side (two drafts of one agreement, or two agreements of one country): the
checklist against Convention Arts. 16 and 21 and guidelines paras. 18-19 for each, the e-commerce
verdicts, and every cultural clause aligned with its counterpart in the other text — same words
(wherever it now sits), reworded (with the words removed and added), or on one side only. How much
wording the two share tells whether they follow a common template.

Options:
  --format NAME   markdown (default) or json
  --category C    compare only the clauses of these categories (comma-separated or repeated)
  --out FILE      write the comparison to FILE instead of standard output
  --rules DIR     add the rules in DIR over the built-in ones, overriding by id (repeatable)`;

export const compareCommand: Command = {
  name: 'compare',
  summary: 'two agreements side by side: checklist, e-commerce verdict, each clause aligned with its counterpart',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('compare', args, {
      format: { type: 'string' },
      category: { type: 'string', multiple: true },
      out: { type: 'string' },
      rules: { type: 'string', multiple: true },
    });
    const format = oneOf('format', values.format, COMPARISON_FORMAT_NAMES, 'markdown');
    const categories = categoriesOption(values.category);
    if (positionals.length !== 2) throw new UserError(`compare: expected two files, LEFT and RIGHT, got ${positionals.length} (see culturescan compare --help)`);
    const inputs = positionals.map((p) => resolve(io.cwd, p));
    checkOutput(values.out, inputs, io);
    const ruleSet = loadRules(values.rules ?? [], io.cwd);
    const left = await readAssessed(positionals[0]!, ruleSet, io);
    const right = await readAssessed(positionals[1]!, ruleSet, io);
    const comparison = compareAgreements(left, right, categories);
    await writeOutput(COMPARISON_FORMATS[format](left.doc, right.doc, comparison), values.out, io, { kind: format === 'json' ? 'data' : 'markdown', inputs });
    return EXIT.ok;
  },
};
