/** A Markdown table cell: one line, backslashes and pipes escaped so that they do not split the row. */
export function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replaceAll('\\', '\\\\').replaceAll('|', '\\|');
}
