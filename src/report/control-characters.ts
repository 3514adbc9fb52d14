import { asUnicodeEscape } from '../unicode-escape.js';

/**
 * Control characters a hostile agreement (or its file name) may carry to a terminal: C0 codes but
 * tab, line feed and the CR of a CRLF line end (CSV's), DEL, and the C1 range that some terminals also obey (CSI, OSC). ESC and OSC
 * sequences can set the window title, clear the screen, write the clipboard or hide text, so a
 * finding could vanish from the analyst's view.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

/**
 * Shows each control character as the text `\u001b` (and so on): visible on a terminal, a valid
 * escape inside a JSON string, and never obeyed. Line ends and tabs stay as they are.
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, asUnicodeEscape);
}

/** Drops control characters (typed ones included: a fast Backspace can deliver DEL), keeping line ends and tabs. */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL, '');
}
