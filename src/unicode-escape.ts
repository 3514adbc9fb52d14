/**
 * A character as the text `\u001b`: how a control character or a line break in a name or an agreement
 * is shown, visible on a terminal, valid inside a JSON string, and never obeyed.
 */
export function asUnicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
