import type { Command } from '../command.js';

/**
 * A sub-command as `culturescan --help` lists it. Its module, and the libraries it needs, load only
 * when it is asked for: `--help` and each command start without the others' code.
 */
export interface CommandEntry {
  name: string;
  /** One line for `culturescan --help`. */
  summary: string;
  load(): Promise<Command>;
}

/** Every sub-command, in the order `--help` lists them. */
export const commands: CommandEntry[] = [
  { name: 'inspect', summary: 'show how an agreement is read: format, language, pages and its outline', load: async () => (await import('./inspect.js')).inspectCommand },
  { name: 'scan', summary: 'find cultural clauses, e-commerce provisions and Convention references', load: async () => (await import('./scan.js')).scanCommand },
  { name: 'overview', summary: 'the corpus at a glance: a row per agreement (checklist, verdict), tables per Party or year, charts', load: async () => (await import('./overview.js')).overviewCommand },
  { name: 'report', summary: 'the negotiator\'s brief for one agreement (markdown, html, json)', load: async () => (await import('./report.js')).reportCommand },
  { name: 'review', summary: 'walk through one agreement\'s findings in the terminal and record a decision on each', load: async () => (await import('./review.js')).reviewCommand },
  { name: 'compare', summary: 'two agreements side by side: checklist, e-commerce verdict, each clause aligned with its counterpart', load: async () => (await import('./compare.js')).compareCommand },
  { name: 'lineage', summary: 'for a corpus, the earlier agreement whose cultural clauses each one repeats (template lineage)', load: async () => (await import('./lineage.js')).lineageCommand },
  { name: 'eval', summary: 'score the findings against gold labels (precision, recall, F1)', load: async () => (await import('./eval.js')).evalCommand },
  { name: 'rules', summary: 'list the rules, or run every rule\'s own examples', load: async () => (await import('./rules.js')).rulesCommand },
];
