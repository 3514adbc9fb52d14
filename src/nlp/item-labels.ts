/**
 * The labels of list items ("(a)", "ii)", "b.", "3.", a bullet) and the order they follow, so that an
 * item found after a nested list ("(c) ... including by: (i) ...; (ii) ...; (d) ...") can be given back
 * to the list it belongs to: "(d)" follows "(c)", not "(ii)".
 */

/** A list item's label: how it is written around its value ("(x)", "x)", "x.", or the bullet itself) and its value. */
export interface ItemLabel {
  frame: string;
  value: string;
}

/** OCR'd text may set a space inside the parentheses ("( a )", "(b )") or before a number's full stop ("2 ."): the same label. */
const LABEL = /^(?:\( ?(\w{1,5}) ?\)|(\w{1,5})\)|([a-z]|\d{1,3})\.(?!\d)|(\d{1,3}) \.(?!\d)|([•\-–—]))\s/i;

/** The label an item opens with, or undefined for text that opens with none. */
export function itemLabelOf(opening: string): ItemLabel | undefined {
  const m = LABEL.exec(opening);
  if (!m) return undefined;
  if (m[1] !== undefined) return { frame: '()', value: m[1] };
  if (m[2] !== undefined) return { frame: ')', value: m[2] };
  if (m[3] !== undefined) return { frame: '.', value: m[3] };
  if (m[4] !== undefined) return { frame: '.', value: m[4] };
  return { frame: m[5] as string, value: '' };
}

/**
 * Whether `next` is the label that comes right after `previous` in one list: same frame and case, and the
 * next number, letter ("z" → "aa" or "za"), doubled letter ("aa" → "bb") or Roman numeral. A letter
 * that is also a Roman numeral ("(i)" after "(h)", "(v)" after "(iv)") follows either way.
 */
export function follows(previous: ItemLabel, next: ItemLabel): boolean {
  if (previous.frame !== next.frame) return false;
  if (previous.value === '' && next.value === '') return true; // bullets: one kind of bullet is one list
  const [p, n] = [previous.value, next.value];
  if (/^\d+$/.test(p) && /^\d+$/.test(n)) return Number(n) === Number(p) + 1;
  if (sameCase(p, n) && romanValue(p) > 0 && romanValue(n) === romanValue(p) + 1) return true;
  return sameCase(p, n) && nextLetters(p.toLowerCase()).includes(n.toLowerCase());
}

/** Whether a list opens with the label: "(a)", "A.", "i)", "(1)", a bullet. */
export function opensList(label: ItemLabel): boolean {
  return label.value === '' || /^(?:a|i|1)$/i.test(label.value);
}

function sameCase(a: string, b: string): boolean {
  return (a === a.toLowerCase()) === (b === b.toLowerCase());
}

/** The labels that may follow a letter label: "b" after "a"; "aa" or "za" after "z"; "bb" or "ab" after "aa". */
function nextLetters(letters: string): string[] {
  if (!/^[a-z]{1,2}$/.test(letters)) return [];
  const last = letters.charCodeAt(letters.length - 1);
  if (letters.length === 1) return last < 122 ? [String.fromCharCode(last + 1)] : ['aa', 'za'];
  if (last === 122) return [];
  const bumped = String.fromCharCode(last + 1);
  return letters[0] === letters[1] ? [bumped + bumped, letters[0] + bumped] : [letters[0] + bumped];
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** The value of a Roman numeral of the letters i, v, x, l and c written the usual way, or 0. */
function romanValue(numeral: string): number {
  const letters = numeral.toLowerCase();
  if (!/^(?:c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/.test(letters) || letters === '') return 0;
  let value = 0;
  for (let i = 0; i < letters.length; i++) {
    const here = ROMAN[letters[i] as string] as number;
    const after = ROMAN[letters[i + 1] as string] ?? 0;
    value += here < after ? -here : here;
  }
  return value;
}

/** `text` without the label it opens with ("(b) seek to ..." → "seek to ..."). */
export function withoutItemLabel(text: string): string {
  const m = LABEL.exec(text);
  return m ? text.slice(m[0].length).trimStart() : text;
}
