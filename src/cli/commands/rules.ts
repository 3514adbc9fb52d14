import { exampleResult, ruleExampleJobs, type CompiledRule, type ExampleResult } from '../../rules/index.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { UserError } from '../../errors.js';
import type { Io } from '../io.js';
import { loadRules } from '../scan-options.js';
import { scanDocuments, type CommandRules } from '../watched-scan.js';

const USAGE = `Usage: culturescan rules list [--rules DIR]...
       culturescan rules test [--rules DIR]...

  list            one line per rule: id, category, languages, references, title
  test            runs every rule's examples: a match example must fire the rule, a noMatch
                  example must not; exit 1 when any fails. Each example is a document with the
                  time budget of one (CULTURESCAN_DOCUMENT_SECONDS, 60 s): one whose scan runs past
                  it fails, naming the rule it was stuck in
  --rules DIR     also load the rules in DIR, over the built-in ones (repeatable)
`;

export const rulesCommand: Command = {
  name: 'rules',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('rules', args, { rules: { type: 'string', multiple: true } });
    const [action, ...extra] = positionals;
    if (extra.length > 0) throw new UserError(`rules: unexpected argument '${extra[0]}'`);
    if (action !== 'list' && action !== 'test') throw new UserError(`rules: expected 'list' or 'test'${action ? ` (got '${action}')` : ''}`);
    const rules = await loadRules(values.rules ?? [], io.cwd, action === 'test');
    return action === 'list' ? listRules(rules.ruleSet.rules, io) : testRules(await exampleResults(rules), io);
  },
};

/** Runs every rule's examples as scanDocuments runs documents: an example that hangs a rule of the user's is stopped at the time budget and fails. */
async function exampleResults(rules: CommandRules): Promise<ExampleResult[]> {
  const jobs = ruleExampleJobs(rules.ruleSet);
  const scans = await scanDocuments(jobs.map(({ doc, rules: places }) => ({ doc, rules: places })), rules);
  return jobs.map((job, i) => {
    const scan = scans[i] ?? { problem: 'internal error: no result from the scan' };
    return exampleResult(job, scan);
  });
}

function listRules(rules: readonly CompiledRule[], io: Io): number {
  const rows = [...rules]
    .sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id))
    .map((rule) => [rule.id, rule.category, rule.languages.join(','), rule.references.join(',') || '-', rule.title]);
  const table = [['ID', 'CATEGORY', 'LANGUAGES', 'REFERENCES', 'TITLE'], ...rows];
  const widths = [0, 1, 2, 3].map((col) => Math.max(...table.map((row) => (row[col] as string).length)));
  for (const row of table) io.stdout(`${row.map((cell, col) => (col < 4 ? cell.padEnd(widths[col] as number) : cell)).join('  ')}\n`);
  io.stdout(`${rules.length} rule${rules.length === 1 ? '' : 's'}\n`);
  return EXIT.ok;
}

function testRules(results: readonly ExampleResult[], io: Io): number {
  const failed = results.filter((r) => !r.passed);
  for (const result of failed) io.stdout(`${describeFailure(result)}\n`);
  io.stdout(`${results.length - failed.length} passed, ${failed.length} failed\n`);
  return failed.length > 0 ? EXIT.gateFailed : EXIT.ok;
}

/** `rules/x/id.yaml: id: match example 2 did not fire: "text"` */
function describeFailure(result: ExampleResult): string {
  const text = result.text.replace(/\s+/g, ' ').trim();
  const shown = text.length > 160 ? `${text.slice(0, 157)}...` : text;
  const what = result.problem ?? (result.expected === 'match' ? 'did not fire' : `fired on ${result.matched.map((m) => `«${m}»`).join(', ')}`);
  return `${result.file}: ${result.ruleId}: ${result.expected} example ${result.index} ${what}: "${shown}"`;
}
