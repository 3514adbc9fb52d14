import { resolve } from 'node:path';
import { BRIEF_FORMAT_NAMES, BRIEF_FORMATS } from '../../report/brief/index.js';
import { oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { partiesHelp, PARTIES_SPEC, partiesOption } from '../parties-option.js';
import { UserError } from '../../errors.js';
import { readAssessed } from '../assessed.js';
import { provenanceOf } from '../provenance.js';
import { readDecisions } from '../decisions-file.js';
import { checkOutput, writeOutput } from '../files.js';
import { loadRules } from '../scan-options.js';
import { STDIN_OPTIONS, stdinSpec } from '../stdin-input.js';

const USAGE = `Usage: culturescan report FILE [--format markdown|html|json] [--decisions FILE] [--parties LIST] [--out FILE] [--rules DIR]

The negotiator's brief for one agreement: the checklist against Convention Arts. 16 and 21 and
guidelines paras. 18-19 at a glance, the e-commerce verdict (para. 19.4), then each item with
quotes, locations and a plain explanation.

Options:
  --format NAME   markdown (default), html (one self-contained printable page) or json (a stable contract)
  --decisions FILE  the decisions of a review (culturescan review): findings dismissed there are
                    left out of the assessment and listed apart with their notes; the others show
                    their decision, and the clauses to discuss are gathered for the delegation
  --out FILE      write the brief to FILE instead of standard output
${partiesHelp(18)}
  --rules DIR     add the rules in DIR over the built-in ones, overriding by id (repeatable)
  --name NAME     with FILE '-' (standard input): the name shown for it; its ending tells the format
  --format-in F   with FILE '-': the format when the name does not tell it (txt, md, html, docx, pdf, xml)`;

export const reportCommand: Command = {
  name: 'report',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('report', args, {
      format: { type: 'string' },
      decisions: { type: 'string' },
      out: { type: 'string' },
      rules: { type: 'string', multiple: true },
      ...STDIN_OPTIONS,
      ...PARTIES_SPEC,
    });
    const format = oneOf('format', values.format, BRIEF_FORMAT_NAMES, 'markdown');
    if (positionals.length !== 1) throw new UserError(`report: expected one FILE, got ${positionals.length} (see culturescan report --help)`);
    const inputs = [resolve(io.cwd, positionals[0]!), ...(values.decisions === undefined ? [] : [resolve(io.cwd, values.decisions)])];
    checkOutput(values.out, inputs, io);
    const rules = await loadRules(values.rules ?? [], io.cwd);
    const decisions = values.decisions === undefined ? undefined : { file: readDecisions(resolve(io.cwd, values.decisions), values.decisions, 'error'), source: values.decisions };
    const { doc, assessment, review } = await readAssessed(positionals[0]!, rules, io, decisions, partiesOption(values.parties, 1)[0], stdinSpec(values, positionals));
    await writeOutput(BRIEF_FORMATS[format](doc, assessment, review, await provenanceOf(positionals[0]!, rules.ruleSet, io)), values.out, io, { kind: format === 'json' ? 'data' : format, inputs });
    return EXIT.ok;
  },
};
