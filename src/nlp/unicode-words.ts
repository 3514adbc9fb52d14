const WORD_CHARACTER = String.raw`[\p{L}\p{N}_]`;
const UNICODE_BOUNDARY = `(?:(?<!${WORD_CHARACTER})(?=${WORD_CHARACTER})|(?<=${WORD_CHARACTER})(?!${WORD_CHARACTER}))`;
/** The half of the boundary that can hold before a letter: no word character before it. */
const WORD_START = `(?<!${WORD_CHARACTER})`;
/** The half that can hold after a letter: no word character after it. */
const WORD_END = `(?!${WORD_CHARACTER})`;

/**
 * JavaScript's \b knows only ASCII letters: Spanish and French patterns get a Unicode word boundary
 * instead. Where the pattern must match a letter right after the boundary, only its first half can
 * hold there (a letter, in any case, is a word character), and where it has just matched one, only
 * its second: that half alone compiles in a fraction of the time. The Unicode classes of a
 * case-insensitive pattern are what compiling it costs, and a scan compiles some forty of these.
 */
export function unicodeWords(re: RegExp): RegExp {
  const flags = re.flags.includes('u') ? re.flags : `${re.flags}u`;
  return new RegExp(parseAlternatives(new Tokens(re.source), false).map(render).join('|'), flags);
}

/** One atom of a pattern with its quantifier: a character or escape, a class, a group, or \b. */
type Item = Atom | Group | { kind: 'boundary' };
/** A character, an escape or a class; `letter` when it can match nothing but a letter. */
interface Atom { kind: 'atom'; text: string; letter: boolean; quantifier: string; optional: boolean }
/** `consuming` unless it is a lookaround (or a named group, left alone). */
interface Group { kind: 'group'; open: string; alternatives: Item[][]; consuming: boolean; quantifier: string; optional: boolean }

/** A pattern's source cut into what it matches one by one: an escape (\b, \p{L}, \u00e9) or one character. */
const TOKEN = /\\u\{[0-9a-fA-F]+\}|\\u[0-9a-fA-F]{4}|\\[pP]\{[^}]*\}|\\x[0-9a-fA-F]{2}|\\c[A-Za-z]|\\.|[^]/gu;
/** A letter, or the class of all letters. */
const LETTER = /^(?:\p{L}|\\p\{L\})$/u;

class Tokens {
  private readonly list: string[];
  private at = 0;
  constructor(source: string) {
    this.list = source.match(TOKEN) ?? [];
  }
  peek(): string | undefined {
    return this.list[this.at];
  }
  next(): string {
    return this.list[this.at++] ?? '';
  }
}

function parseSequence(tokens: Tokens, inGroup: boolean): Item[] {
  const items: Item[] = [];
  for (let token = tokens.peek(); token !== undefined && token !== '|' && !(inGroup && token === ')'); token = tokens.peek()) {
    tokens.next();
    if (token === String.raw`\b`) items.push({ kind: 'boundary' });
    else if (token === '(') items.push(withQuantifier(parseGroup(tokens), tokens));
    else if (token === '[') items.push(withQuantifier(parseClass(tokens), tokens));
    else items.push(withQuantifier({ kind: 'atom', text: token, letter: LETTER.test(token), quantifier: '', optional: false }, tokens));
  }
  return items;
}

function parseGroup(tokens: Tokens): Group {
  let open = '(';
  if (tokens.peek() === '?') {
    open += tokens.next();
    // (?: (?= (?! (?<= (?<! (?<name>
    for (let token = tokens.next(); ; token = tokens.next()) {
      open += token;
      if (token === ':' || token === '=' || token === '!' || token === '>' || token === '') break;
    }
  }
  const alternatives = parseAlternatives(tokens, true);
  tokens.next(); // ')'
  return { kind: 'group', open, alternatives, consuming: open === '(' || open === '(?:', quantifier: '', optional: false };
}

function parseAlternatives(tokens: Tokens, inGroup: boolean): Item[][] {
  const alternatives = [parseSequence(tokens, inGroup)];
  while (tokens.peek() === '|') {
    tokens.next();
    alternatives.push(parseSequence(tokens, inGroup));
  }
  return alternatives;
}

/** A class of literal letters alone ("[áa]") matches a letter; any other class might not. */
function parseClass(tokens: Tokens): Atom {
  let text = '[';
  let letter = tokens.peek() !== '^';
  for (let token = tokens.next(); token !== ']' && token !== ''; token = tokens.next()) {
    text += token;
    letter &&= LETTER.test(token);
  }
  return { kind: 'atom', text: `${text}]`, letter: letter && text.length > 1, quantifier: '', optional: false };
}

function withQuantifier<T extends Atom | Group>(item: T, tokens: Tokens): T {
  const first = tokens.peek();
  if (first === '?' || first === '*' || first === '+') item.quantifier = tokens.next();
  else if (first === '{') {
    while (!item.quantifier.endsWith('}') && tokens.peek() !== undefined) item.quantifier += tokens.next();
  }
  if (item.quantifier && tokens.peek() === '?') item.quantifier += tokens.next();
  item.optional = item.quantifier.startsWith('?') || item.quantifier.startsWith('*') || /^\{0[,}]/.test(item.quantifier);
  return item;
}

/** Whether whatever `items` match begins with a letter (ends with one, read backwards). */
function startsWithLetter(items: readonly Item[]): boolean {
  const [first, ...rest] = items;
  if (!first || first.kind === 'boundary') return false;
  const letter = first.kind === 'atom' ? first.letter : first.consuming && first.alternatives.every(startsWithLetter);
  return letter && (!first.optional || startsWithLetter(rest));
}

function endsWithLetter(items: readonly Item[]): boolean {
  const last = items.at(-1);
  if (!last || last.kind === 'boundary') return false;
  const letter = last.kind === 'atom' ? last.letter : last.consuming && last.alternatives.every(endsWithLetter);
  return letter && (!last.optional || endsWithLetter(items.slice(0, -1)));
}

function render(items: readonly Item[]): string {
  return items
    .map((item, i) => {
      if (item.kind === 'atom') return item.text + item.quantifier;
      if (item.kind === 'group') return `${item.open}${item.alternatives.map(render).join('|')})${item.quantifier}`;
      if (startsWithLetter(items.slice(i + 1))) return WORD_START;
      if (endsWithLetter(items.slice(0, i))) return WORD_END;
      return UNICODE_BOUNDARY;
    })
    .join('');
}
