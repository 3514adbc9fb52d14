/**
 * Word boundaries that know accented letters: the one way a pattern gets them, for the rules' regexes
 * (rules/regex.ts, which widens the `\b` and `\B` beside non-ASCII letters, classes and groups) and for
 * the Spanish and French legal-force and modality patterns (unicodeWords, which widens every `\b`).
 * JavaScript's own `\b` knows only ASCII letters, so "\bno" would match inside "añno".
 *
 * In full, a boundary asks about the characters on both sides with two lookbehinds and two lookaheads,
 * which V8 runs slowly. When the pattern itself puts a word character on one side (a literal letter or
 * digit, a class of letters only, or a group whose every alternative ends or starts with a letter),
 * only the other side is in question, and one lookaround says exactly the same.
 *
 * A word character is a letter, a digit or `_`. Without the `u` flag, the letters are those of the
 * Latin script (accented ones included): the languages culturescan reads (English, French, Spanish)
 * need no other, and a class written out needs no `u` flag, which V8 pays for dearly in a
 * case-insensitive pattern. A pattern that has the flag anyway (it writes `\p{L}`) gets every
 * script's letters and digits, so that its `\p{L}` is surely a word character.
 */
const LATIN_WORD_CHAR = '[0-9A-Z_a-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF]';
const UNICODE_WORD_CHAR = String.raw`[\p{L}\p{N}_]`;

/**
 * The replacement for the `\b` (or `\B` when `negated`) whose backslash is at `at` in `source`.
 * `unicodeMode`: the pattern is compiled with the `u` flag (then a case-insensitive ASCII letter may
 * match a non-ASCII one, such as "ſ" for "s", and JavaScript's own `\b` is no help).
 */
function unicodeBoundary(source: string, at: number, negated: boolean, unicodeMode: boolean): string {
  const word = unicodeMode ? UNICODE_WORD_CHAR : LATIN_WORD_CHAR;
  if (endsWithWordChar(source.slice(0, at))) return negated ? `(?=${word})` : `(?!${word})`;
  const next = startsWithWordChar(source.slice(at + 2), unicodeMode);
  if (next === undefined) return negated ? `(?:(?<=${word})(?=${word})|(?<!${word})(?!${word}))` : `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`;
  if (negated) return `(?<=${word})`;
  // Before an ASCII letter or digit, JavaScript's ASCII \b holds wherever the lookbehind does (it
  // asks only whether an ASCII word character precedes): V8 screens positions with it far faster.
  return next === 'ascii' && !unicodeMode ? `\\b(?<!${word})` : `(?<!${word})`;
}

/**
 * `source` with each `\b` and `\B` outside a class for which `widen` holds (given the position of its
 * backslash) replaced by its accent-aware stand-in. `unicodeMode`: the pattern has the `u` flag.
 */
export function widenWordBoundaries(source: string, widen: (at: number) => boolean, unicodeMode: boolean): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const pair = source.slice(i, i + 2);
      out += !inClass && (pair === '\\b' || pair === '\\B') && widen(i) ? unicodeBoundary(source, i, pair === '\\B', unicodeMode) : pair;
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/** `re` with every `\b` outside a class made accent-aware (for Spanish and French patterns); same flags. */
export function unicodeWords(re: RegExp): RegExp {
  return new RegExp(widenWordBoundaries(re.source, (at) => re.source[at + 1] === 'b', re.flags.includes('u')), re.flags);
}

/** What a pattern piece surely starts with: an ASCII word character, some word character, or unknown (undefined). */
type WordStart = 'ascii' | 'word' | undefined;

/** A pattern character that matches itself (or, case-insensitively, another letter): a word character. */
const WORD_LITERAL = /^[\p{L}\p{N}_]$/u;
/** The same, of ASCII: case-insensitively without the `u` flag it matches ASCII characters only. */
const ASCII_WORD_LITERAL = /^[0-9A-Z_a-z]$/;
/** A class of letters only, e.g. `[ée]` or `[a-záéí]`: whichever it matches is a word character. */
const LETTER_CLASS = /^\[(?:[a-z]-[a-z]|[A-Z]-[A-Z]|\p{L}(?!-))+\]/u;
/** The same class ending a pattern piece, with `+` or nothing after it. */
const TRAILING_LETTER_CLASS = /(?<!\\)\[(?:[a-z]-[a-z]|[A-Z]-[A-Z]|\p{L}(?!-))+\]\+?$/u;
/** `\w`, or `\w+`, ending a pattern piece (each character `\w` matches is a letter, a digit or `_`). */
const TRAILING_WORD_ESCAPE = /(?<!\\)\\w\+?$/;
/**
 * A word atom that may match nothing ending a pattern piece: a letter or digit, a class of letters or
 * `\w`, with `?` or `*` (not lazy). Not after a backslash, where the letter would be an escape.
 */
const TRAILING_OPTIONAL_WORD = /(?:(?<!\\)\[(?:[a-z]-[a-z]|[A-Z]-[A-Z]|\p{L}(?!-))+\]|(?<!\\)\\w|(?<!\\)[\p{L}\p{N}_])[?*]$/u;

/** An escape ending a pattern piece whose last character is a letter or digit: `\d`, `\x41`, `\u00e9`, `\12`. */
const TRAILING_ESCAPE = /\\(?:[A-Za-z]|u[\da-fA-F]{1,4}|x[\da-fA-F]{1,2}|c[A-Za-z]|\d+)$/;

/** Whether `piece` ends with a literal word character, a class of letters, or `\w` (none of them optional). */
function endsWithWordLiteral(piece: string): boolean {
  if (TRAILING_LETTER_CLASS.test(piece) || TRAILING_WORD_ESCAPE.test(piece)) return true;
  return WORD_LITERAL.test(piece[piece.length - 1] ?? '') && !TRAILING_ESCAPE.test(piece);
}

/**
 * What `piece` surely starts with: a word character that must be there (a letter, digit or `_`, a class
 * of letters, `\w`, or in Unicode mode `\p{L}`).
 */
function startsWithWordLiteral(piece: string, unicodeMode: boolean): WordStart {
  if (unicodeMode && piece.startsWith(String.raw`\p{L}`)) return optional(piece.slice(5)) ? undefined : 'word';
  // `\w` knows ASCII word characters only, in Unicode mode too unless it ignores case (then also ſ and K).
  if (piece.startsWith(String.raw`\w`)) return optional(piece.slice(2)) ? undefined : unicodeMode ? 'word' : 'ascii';
  const first = piece[0] ?? '';
  if (WORD_LITERAL.test(first)) return optional(piece.slice(1)) ? undefined : ASCII_WORD_LITERAL.test(first) ? 'ascii' : 'word';
  const letters = LETTER_CLASS.exec(piece);
  if (letters === null || optional(piece.slice(letters[0].length))) return undefined;
  return /^[\x00-\x7f]*$/.test(letters[0]) ? 'ascii' : 'word';
}

/**
 * Whether whatever `head` matches last is surely a word character: it ends with one, or with a group
 * each of whose alternatives does, or with a word atom or group that may match nothing, each of whose
 * alternatives ends so, after such an ending.
 */
function endsWithWordChar(head: string): boolean {
  if (endsWithWordLiteral(head)) return true;
  const optionalTail = TRAILING_OPTIONAL_WORD.exec(head);
  if (optionalTail) return endsWithWordChar(head.slice(0, head.length - optionalTail[0].length));
  if (/[^\\]\)[?*]$/.test(head)) {
    // An optional group ("(?:es)?"): what it or, when it matches nothing, what comes before it ends with.
    const body = head.slice(0, -1);
    const group = groupEndingAt(body);
    const alternatives = groupAlternatives(group);
    return alternatives !== undefined && alternatives.every(endsWithWordChar) && endsWithWordChar(body.slice(0, body.length - group.length));
  }
  if (!head.endsWith(')') || head.endsWith('\\)')) return false;
  const alternatives = groupAlternatives(groupEndingAt(head));
  return alternatives !== undefined && alternatives.every(endsWithWordChar);
}

/** What whatever `tail` matches first surely is (see WordStart). */
function startsWithWordChar(tail: string, unicodeMode: boolean): WordStart {
  if (tail[0] !== '(') return startsWithWordLiteral(tail, unicodeMode);
  const group = groupStartingAt(tail);
  if (group === undefined) return undefined;
  const alternatives = groupAlternatives(group);
  if (alternatives === undefined) return undefined;
  const starts = alternatives.map((alternative) => startsWithWordChar(alternative, unicodeMode));
  // A group that may match nothing ("(?:treatment of )?digital"): what follows it may start the match too.
  const skip = OPTIONAL_QUANTIFIER.exec(tail.slice(group.length));
  if (skip) starts.push(startsWithWordChar(tail.slice(group.length + skip[0].length), unicodeMode));
  if (starts.includes(undefined)) return undefined;
  return starts.every((start) => start === 'ascii') ? 'ascii' : 'word';
}

/** A quantifier that lets the atom before it match nothing, lazy or not. */
export const OPTIONAL_QUANTIFIER = /^(?:[?*]|\{0(?:,\d*)?\})\??/;

/** Whether a quantifier at the start of `rest` lets the atom before it match nothing. */
function optional(rest: string): boolean {
  return OPTIONAL_QUANTIFIER.test(rest);
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
 * or when an escaped parenthesis, an unclosed class or unbalanced parentheses make the split uncertain.
 * A `|` inside a class or a nested group does not split.
 */
function groupAlternatives(group: string): string[] | undefined {
  if (!group.startsWith('(') || !group.endsWith(')') || /^\(\?<?[=!]/.test(group)) return undefined;
  const body = group.slice(group.startsWith('(?:') ? 3 : group.startsWith('(?<') ? group.indexOf('>') + 1 : 1, -1);
  const alternatives: string[] = [];
  let from = 0;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      if (/[()|[\]]/.test(body[i + 1] ?? '')) return undefined;
      i++;
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === ']') return undefined;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return undefined;
    else if (c === '|' && depth === 0) {
      alternatives.push(body.slice(from, i));
      from = i + 1;
    }
  }
  if (inClass || depth !== 0) return undefined;
  alternatives.push(body.slice(from));
  return alternatives;
}
