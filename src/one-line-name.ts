import { asUnicodeEscape } from './unicode-escape.js';

/**
 * A file name as shown on one line: a line break in it (a name may hold one) becomes the text `\u000a`,
 * as control characters are shown, so an error stays one line and a report one entry per file.
 */
export function oneLineName(name: string): string {
  return name.replace(/[\n\r\u2028\u2029]/g, asUnicodeEscape);
}
