import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assess } from '../../assess/index.js';
import { scanDocument } from '../../engine/index.js';
import { readAgreement } from '../../ingest/index.js';
import { BUILTIN_RULES_DIR } from '../../paths.js';
import { BRIEF_FORMAT_NAMES, BRIEF_FORMATS } from '../../report/brief/index.js';
import { loadRuleSet } from '../../rules/index.js';
import { oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT, UserError } from '../errors.js';

const USAGE = `Usage: culturescan report FILE [--format markdown|html|json] [--out FILE] [--rules DIR]

The negotiator's brief for one agreement: the checklist against Convention Arts. 16 and 21 and
guidelines paras. 18-19 at a glance, the e-commerce verdict (para. 19.4), then each item with
quotes, locations and a plain explanation.

Options:
  --format NAME   markdown (default), html (one self-contained printable page) or json (a stable contract)
  --out FILE      write the brief to FILE instead of standard output
  --rules DIR     use the rules in DIR instead of the built-in rules (repeatable)`;

export const reportCommand: Command = {
  name: 'report',
  summary: 'the negotiator\'s brief for one agreement (markdown, html, json)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('report', args, {
      format: { type: 'string' },
      out: { type: 'string' },
      rules: { type: 'string', multiple: true },
    });
    const format = oneOf('format', values.format, BRIEF_FORMAT_NAMES, 'markdown');
    if (positionals.length !== 1) throw new UserError(`report: expected one FILE, got ${positionals.length} (see culturescan report --help)`);
    const file = resolve(io.cwd, positionals[0]!);
    const rulesDirs = values.rules?.length ? values.rules.map((d) => resolve(io.cwd, d)) : [BUILTIN_RULES_DIR];
    const ruleSet = loadRuleSet(rulesDirs);
    const doc = await readAgreement(file);
    const brief = BRIEF_FORMATS[format](doc, assess(doc, scanDocument(doc, ruleSet)));
    if (values.out) {
      const out = resolve(io.cwd, values.out);
      try {
        writeFileSync(out, brief);
      } catch (error) {
        throw new UserError(`cannot write the brief: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, values.out);
      }
    } else io.stdout(brief);
    return EXIT.ok;
  },
};
