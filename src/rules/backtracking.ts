import { analyse } from 'scslre';

/**
 * Why a compiled rule regex could hang a scan, or undefined when the checker finds no cause.
 *
 * A repeated group around a part that can match the same text in several ways (`(\w+\s?)+$`,
 * `(a+)+$`) makes the engine try exponentially many ways to fail on a line of words: one such rule
 * stalls a batch for ever. scslre finds these statically, with backreferences and lookarounds
 * understood, in a few milliseconds a pattern. Only exponential causes are refused: polynomial ones
 * (two adjacent `\w+`) are common in sound rules, and the engine's time per document bounds them.
 */
export function catastrophicBacktracking(regex: RegExp): string | undefined {
  const { reports } = analyse(regex, { reportTypes: { Move: false, Self: true, Trade: false } });
  const report = reports.find((r) => r.exponential);
  if (!report) return undefined;
  const where = report.type === 'Self' ? `\`${report.quant.raw}\`` : 'a repeated group';
  return `catastrophic backtracking: ${where} can take exponential time on a run of '${report.character.pick}' (a repeated group around a part that can match the same text in more than one way); rewrite it so that each stretch of text matches one way only`;
}
