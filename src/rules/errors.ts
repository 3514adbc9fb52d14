import { UserError } from '../errors.js';

/** One problem in one rule file, located when it can be. */
export interface RuleProblem {
  file: string;
  line?: number;
  col?: number;
  /** The field, e.g. "match.all[0].regex"; empty for the file as a whole. */
  field: string;
  message: string;
}

export function formatProblem(problem: RuleProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.col ?? 1}`;
  return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** Every problem of every rule file, collected before anything is thrown, so one run shows them all. */
export class RuleLoadError extends UserError {
  constructor(readonly problems: RuleProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'RuleLoadError';
  }

  /** One line per problem (`file:line:col: field: message`), then a count. */
  override toLine(): string {
    const files = new Set(this.problems.map((p) => p.file)).size;
    const count = this.problems.length;
    return `${this.message}\nculturescan: ${count} problem${count === 1 ? '' : 's'} in ${files} rule file${files === 1 ? '' : 's'}`;
  }
}
