/**
 * Notes marked by a symbol in place of a number: a few notes to a treaty (to its title, to a Party's
 * name, to a recital) or the notes of a page that restarts its marks. Typesetters take the symbols in
 * one of two orders: asterisks repeated ("*", "**", "***"), or the asterisk then the daggers and the
 * other reference marks ("*", "†", "‡", "§", "‖", "¶"); the Official Journal sets them in parentheses
 * ("(*)", "(**)").
 */

const REFERENCE_MARKS = ['*', '†', '‡', '§', '‖', '¶'];

/** A note's symbol as a pattern's source: up to three asterisks, or one other reference mark. */
export const NOTE_SYMBOL = '\\*{1,3}|[†‡§‖¶]';

/** Any character a note's symbol is made of: a symbol is read whole, never as the end of a longer run ("**" is no call of "*"). */
export const SYMBOL_CHARACTER = '[*†‡§‖¶]';

/** The symbol every series opens with. */
export const FIRST_SYMBOL = '*';

/** Whether `symbol` marks the note after the one marked `previous`, in either order. */
export function symbolFollows(previous: string, symbol: string): boolean {
  const asterisks = /^\*+$/;
  if (asterisks.test(previous) && asterisks.test(symbol) && symbol.length === previous.length + 1) return true;
  const at = REFERENCE_MARKS.indexOf(previous);
  return at !== -1 && REFERENCE_MARKS[at + 1] === symbol;
}

/** The symbol as a pattern that matches it alone. */
export function symbolPattern(symbol: string): string {
  return symbol.replace(/\*/g, '\\*');
}
