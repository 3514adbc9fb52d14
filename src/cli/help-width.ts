/** The width the help is set in: a terminal of 100 columns shows every line whole. */
const HELP_WIDTH = 100;

/** The width of what is printed for a terminal to read (help, a comparison's table): the help's. */
export const TERMINAL_WIDTH = HELP_WIDTH;

/**
 * The help text with every line longer than the width wrapped: an option's description goes on
 * under its first word, a usage line under its first argument (cut between bracketed options only),
 * any other line under its own start. A word longer than the line is left whole.
 */
export function fitHelp(text: string, width = HELP_WIDTH): string {
  return text
    .split('\n')
    .flatMap((line) => wrapped(line, width))
    .join('\n');
}

const USAGE = /^Usage: \S+ \S+ /;
/** An option or command and the gap of two spaces or more after it: "  --out FILE      ". */
const NAMED_LINE = /^ *\S(?:\S| (?! ))* {2,}/;

function wrapped(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const usage = USAGE.exec(line);
  const column = usage ? usage[0].length : (NAMED_LINE.exec(line)?.[0].length ?? /^ */.exec(line)![0].length);
  return cutLine(line, width, column, usage ? ' [' : ' ');
}

/** A line cut at `cut` (a space, or the space before a bracket) into lines of at most `width`, each after the first under `column`. */
function cutLine(line: string, width: number, column: number, cut: string): string[] {
  const indent = ' '.repeat(column);
  const lines: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const at = rest.lastIndexOf(cut, width);
    if (at <= column) break;
    lines.push(rest.slice(0, at).trimEnd());
    rest = indent + rest.slice(at + 1).trimStart();
  }
  lines.push(rest);
  return lines;
}

/** What opens a Markdown list item: its lines go on under its text. */
const LIST_ITEM = /^ *(?:[-*+]|\d+\.) /;

/**
 * Markdown printed to a terminal (a comparison, a lineage): each line longer than the width wrapped at
 * spaces rather than cut mid-word by the terminal, a list item's lines under its text; a table's rows,
 * fitted to the width already, are left whole.
 */
export function fitMarkdown(text: string, width = TERMINAL_WIDTH): string {
  return text
    .split('\n')
    .flatMap((line) => (line.length <= width || line.startsWith('|') ? [line] : cutLine(line, width, LIST_ITEM.exec(line)?.[0].length ?? 0, ' ')))
    .join('\n');
}
