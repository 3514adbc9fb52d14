/**
 * A user rule whose regex never returns on one text, of a kind the load-time checker does not see:
 * `(?:a|a)*` tries 2^n ways to fail on a run of n letters a that does not reach the end of the text.
 */
export const STUCK_REGEX = 'cultural (?:a|a)*$';

/** Sixty letters a and a b: 2^60 ways to fail, far past any budget. */
export const STUCK_TEXT = `The cultural ${'a'.repeat(60)}b`;

/** The rule file `stuck.yaml` (category cultural-exemption) with these match examples. */
export function stuckRuleYaml(matchExamples: string[] = ['cultural aaa']): string {
  return [
    'id: stuck',
    'category: cultural-exemption',
    'title: A rule that backtracks without end on a run of one letter',
    'rationale: Two alternatives that match the same letter, repeated, ahead of an anchor at the end.',
    'severity: info',
    'languages: [en]',
    'match:',
    `  regex: '${STUCK_REGEX}'`,
    'examples:',
    `  match: [${matchExamples.map((e) => JSON.stringify(e)).join(', ')}]`,
    '  noMatch: ["trade"]',
    '',
  ].join('\n');
}
