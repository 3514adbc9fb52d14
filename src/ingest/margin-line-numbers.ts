/**
 * Line numbers printed in the margin, as a bill, a draft for a legislature or a court filing numbers
 * its lines ("12   Article 5" / "13   Scope"), every line or every fifth, afresh on each page or on
 * through the text. A PDF copied as text with its layout keeps them at the start of each line, where
 * they hide every heading and cut every sentence. They are blanked, each digit for a space, so that the
 * offsets of the text hold.
 */

/** A number at a line's start, set apart from the line's text by two spaces or more, or a tab. */
const NUMBERED_LINE = /^([ \t]*)(\d{1,4})(?: {2,}|\t[ \t]*)(?=\S)/gm;

/** Fewer numbered lines than this are no margin numbering. */
const MIN_NUMBERED_LINES = 8;
/** The share of numbered lines whose text starts at the margin's edge, and the share that counts on from the one before. */
const MOST = 0.8;
/** How high the numbers run on average before they start afresh: a page's lines, where a paragraph's numbers stop at a few. */
const MIN_RUN_HEIGHT = 20;
/** The share of the text's lines the numbering covers (every line, or every fifth with the four between). */
const MIN_COVERAGE = 0.6;

interface NumberedLine {
  /** Offset of the number's first digit. */
  at: number;
  digits: number;
  value: number;
  /** Where the line's text starts, from the line's start. */
  column: number;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

/**
 * The text with the line numbers of its margin blanked (same length), or undefined when it has none:
 * most numbered lines start their text at one column (the margin's edge), their numbers count on by one
 * step (1, or 5 where every fifth line is numbered) and start afresh only after a page's worth, and they
 * cover most of the text's lines.
 */
export function blankMarginLineNumbers(text: string): string | undefined {
  // A form feed starts a page's first line, as a line break does (same length: the offsets hold).
  const lines = text.includes('\f') ? text.replaceAll('\f', '\n') : text;
  const found: NumberedLine[] = [];
  for (const match of lines.matchAll(NUMBERED_LINE)) {
    found.push({ at: match.index + match[1]!.length, digits: match[2]!.length, value: Number(match[2]), column: match[0].length });
  }
  if (found.length < MIN_NUMBERED_LINES) return undefined;
  const column = mostCommon(found.map((line) => line.column));
  const aligned = found.filter((line) => line.column === column);
  if (aligned.length < found.length * MOST) return undefined;
  const steps = aligned.slice(1).map((line, i) => line.value - aligned[i]!.value).filter((step) => step > 0);
  const step = mostCommon(steps);
  if (step === 0) return undefined;
  let onward = 0;
  const runHeights: number[] = [];
  aligned.forEach((line, i) => {
    const before = aligned[i - 1];
    // A numbered line left blank, or dropped with the page furniture, skips its number.
    if (before !== undefined && line.value > before.value && (line.value - before.value) % step === 0) onward++;
    else if (before !== undefined) runHeights.push(before.value);
  });
  runHeights.push(aligned[aligned.length - 1]!.value);
  const averageRun = runHeights.reduce((sum, height) => sum + height, 0) / runHeights.length;
  const nonBlank = lines.split('\n').filter((line) => line.trim() !== '').length;
  if (onward < aligned.length * MOST || averageRun < MIN_RUN_HEIGHT || aligned.length * step < nonBlank * MIN_COVERAGE) return undefined;
  const parts: string[] = [];
  let from = 0;
  for (const line of aligned) {
    parts.push(text.slice(from, line.at), ' '.repeat(line.digits));
    from = line.at + line.digits;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
