/**
 * The accent-aware stand-ins for `\b` and `\B` (see regex.ts), each as cheap as the pattern allows.
 * In full, a boundary asks about the characters on both sides with two lookbehinds and two lookaheads,
 * which V8 runs slowly. When the pattern itself puts a word character on one side (a literal letter or
 * digit, a class of letters only, or a group whose every alternative ends or starts with a letter),
 * only the other side is in question, and one lookaround says exactly the same.
 *
 * A word character is a letter of the Latin script (accented ones included), a digit or `_`: the
 * languages culturescan reads (English, French, Spanish) need no other, and a class written out needs
 * no `u` flag, which V8 pays for dearly in a case-insensitive pattern.
 */
const WORD_CHAR = '[0-9A-Z_a-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF]';
const BOUNDARY = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;
const NON_BOUNDARY = `(?:(?<=${WORD_CHAR})(?=${WORD_CHAR})|(?<!${WORD_CHAR})(?!${WORD_CHAR}))`;

/** The replacement for the `\b` (or `\B` when `negated`) whose backslash is at `at` in `source`. */
export function unicodeBoundary(source: string, at: number, negated: boolean): string {
  if (endsWithWordChar(source.slice(0, at))) return negated ? `(?=${WORD_CHAR})` : `(?!${WORD_CHAR})`;
  if (startsWithWordChar(source.slice(at + 2))) return negated ? `(?<=${WORD_CHAR})` : `(?<!${WORD_CHAR})`;
  return negated ? NON_BOUNDARY : BOUNDARY;
}

/** A pattern character that matches itself (or, case-insensitively, another letter): a word character. */
const WORD_LITERAL = /^[\p{L}\p{N}_]$/u;
/** A class of letters only, e.g. `[ée]` or `[a-záéí]`: whichever it matches is a word character. */
const LETTER_CLASS = /^\[(?:[a-z]-[a-z]|[A-Z]-[A-Z]|\p{L}(?!-))+\]/u;
/** The same class ending a pattern piece, with `+` or nothing after it. */
const TRAILING_LETTER_CLASS = /(?<!\\)\[(?:[a-z]-[a-z]|[A-Z]-[A-Z]|\p{L}(?!-))+\]\+?$/u;
/** `\w`, or `\w+`, ending a pattern piece (each character `\w` matches is a letter, a digit or `_`). */
const TRAILING_WORD_ESCAPE = /(?<!\\)\\w\+?$/;

/** An escape ending a pattern piece whose last character is a letter or digit: `\d`, `\x41`, `\u00e9`, `\12`. */
const TRAILING_ESCAPE = /\\(?:[A-Za-z]|u[\da-fA-F]{1,4}|x[\da-fA-F]{1,2}|c[A-Za-z]|\d+)$/;

/** Whether `piece` ends with a literal word character, a class of letters, or `\w` (none of them optional). */
function endsWithWordLiteral(piece: string): boolean {
  if (TRAILING_LETTER_CLASS.test(piece) || TRAILING_WORD_ESCAPE.test(piece)) return true;
  return WORD_LITERAL.test(piece[piece.length - 1] ?? '') && !TRAILING_ESCAPE.test(piece);
}

/** Whether `piece` starts with a word character that must be there: a letter, digit or `_`, or a class of letters. */
function startsWithWordLiteral(piece: string): boolean {
  if (WORD_LITERAL.test(piece[0] ?? '')) return !optional(piece.slice(1));
  const letters = LETTER_CLASS.exec(piece);
  return letters !== null && !optional(piece.slice(letters[0].length));
}

/** Whether whatever `head` matches last is surely a word character. */
function endsWithWordChar(head: string): boolean {
  if (endsWithWordLiteral(head)) return true;
  if (!head.endsWith(')') || head.endsWith('\\)')) return false;
  const alternatives = groupAlternatives(groupEndingAt(head));
  return alternatives !== undefined && alternatives.every(endsWithWordLiteral);
}

/** Whether whatever `tail` matches first is surely a word character. */
function startsWithWordChar(tail: string): boolean {
  if (tail[0] !== '(') return startsWithWordLiteral(tail);
  const group = groupStartingAt(tail);
  if (group === undefined || optional(tail.slice(group.length))) return false;
  const alternatives = groupAlternatives(group);
  return alternatives !== undefined && alternatives.every(startsWithWordLiteral);
}

/** Whether a quantifier at the start of `rest` lets the atom before it match nothing. */
function optional(rest: string): boolean {
  return /^(?:[?*]|\{0[,}])/.test(rest);
}

/** The group that closes at the end of `head`, from its opening parenthesis (escapes ignored: a hint; all of `head` when unbalanced). */
export function groupEndingAt(head: string): string {
  let depth = 0;
  for (let i = head.length - 1; i >= 0; i--) {
    if (head[i] === ')') depth++;
    else if (head[i] === '(' && --depth === 0) return head.slice(i);
  }
  return head;
}

/** The group that opens at the start of `tail`, up to its closing parenthesis; undefined when it never closes. */
export function groupStartingAt(tail: string): string | undefined {
  let depth = 0;
  for (let i = 0; i < tail.length; i++) {
    if (tail[i] === '\\') i++;
    else if (tail[i] === '(') depth++;
    else if (tail[i] === ')' && --depth === 0) return tail.slice(0, i + 1);
  }
  return undefined;
}

/**
 * The top-level alternatives of a plain group `(…)`, `(?:…)` or `(?<name>…)`; undefined for a lookaround,
 * or when a nested group or an escaped parenthesis makes the split uncertain. A `|` inside a class does not split.
 */
function groupAlternatives(group: string): string[] | undefined {
  if (!group.startsWith('(') || !group.endsWith(')') || /^\(\?<?[=!]/.test(group)) return undefined;
  const body = group.slice(group.startsWith('(?:') ? 3 : group.startsWith('(?<') ? group.indexOf('>') + 1 : 1, -1);
  const alternatives: string[] = [];
  let from = 0;
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      if (/[()|[\]]/.test(body[i + 1] ?? '')) return undefined;
      i++;
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' || c === ')' || c === ']') return undefined;
    else if (c === '|') {
      alternatives.push(body.slice(from, i));
      from = i + 1;
    }
  }
  if (inClass) return undefined;
  alternatives.push(body.slice(from));
  return alternatives;
}
