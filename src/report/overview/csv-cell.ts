/**
 * One CSV field for a spreadsheet: quoted (RFC 4180, quotes doubled), and a text that a spreadsheet
 * would take for a formula (it starts with = + - @, or a tab or carriage return before one) is
 * prefixed with an apostrophe, so that opening the file never runs what an agreement's title says.
 */
export function spreadsheetField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

/** A CSV line of spreadsheet fields, ended with CRLF as RFC 4180 asks. */
export const spreadsheetLine = (values: ReadonlyArray<string | number>) => `${values.map(spreadsheetField).join(',')}\r\n`;

/** The byte-order mark that tells Excel the file is UTF-8 (LibreOffice reads it too). */
export const UTF8_BOM = '\uFEFF';
