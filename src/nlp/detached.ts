/**
 * A copy of `text` that shares no memory with the string it came from. V8 makes a slice or a regex
 * match of 13 characters or more a view into its parent, so a word or sentence kept in a long-lived
 * memo would keep its whole document alive. The JSON round trip builds a fresh flat string, one byte
 * a character where the text allows, and restores every code unit (lone surrogates included).
 */
export function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
