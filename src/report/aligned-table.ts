import { cutToWidth } from './cut-to-width.js';

/**
 * A Markdown table aligned for a terminal: each cell padded to its column's width, a longer one cut
 * with `…`, under the header and its rule. The caller sizes the columns to fit the terminal.
 */
export function alignedTable(head: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map((text, column) => cutToWidth(text, widths[column]!).padEnd(widths[column]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)];
}
