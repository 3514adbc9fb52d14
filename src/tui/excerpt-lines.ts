/** A stretch of an excerpt's line: the rule's matched words, or the words around them. */
export interface ExcerptRun {
  text: string;
  matched: boolean;
}

/**
 * An excerpt whose matched words stand between « », as lines of at most `width` characters broken at
 * spaces (a word longer than a line is cut), each line a list of runs. Wrapped here rather than by the
 * terminal's renderer, which carries the space it breaks at to the start of the next line. With `marks`,
 * the « » stay in the text, for a screen that cannot show the matched words in bold (no colour).
 */
export function excerptLines(excerpt: string, width: number, marks: boolean): ExcerptRun[][] {
  const runs = marks ? [{ text: excerpt, matched: false }] : excerpt.split(/(«[^»]*»)/).map((part) => (part.startsWith('«') ? { text: part.slice(1, -1), matched: true } : { text: part, matched: false }));
  const text = runs.map((run) => run.text).join('');
  const matchedAt: boolean[] = runs.flatMap((run) => Array.from({ length: run.text.length }, () => run.matched));
  const lines: ExcerptRun[][] = [];
  const room = Math.max(1, width);
  let at = 0;
  while (at < text.length) {
    while (text[at] === ' ') at++;
    if (at >= text.length) break;
    let end = Math.min(text.length, at + room);
    if (end < text.length && text[end] !== ' ') {
      const space = text.lastIndexOf(' ', end);
      if (space > at) end = space;
    }
    lines.push(runsOf(text, matchedAt, at, end));
    at = end;
  }
  return lines;
}

/** text[start, end) cut into runs of matched and unmatched characters. */
function runsOf(text: string, matchedAt: readonly boolean[], start: number, end: number): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  for (let i = start; i < end; ) {
    const matched = matchedAt[i] === true;
    let j = i + 1;
    while (j < end && (matchedAt[j] === true) === matched) j++;
    runs.push({ text: text.slice(i, j), matched });
    i = j;
  }
  const last = runs[runs.length - 1];
  if (last) last.text = last.text.trimEnd();
  return runs.filter((run) => run.text !== '');
}
