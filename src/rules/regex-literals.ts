/**
 * Reads a rule regex's source for literal text that every match must contain: the prefilter's
 * anchors. The answer is a clause, a list of literals at least one of which occurs in any match,
 * or undefined when nothing is certain. Conservative by construction: optional parts, negative
 * lookarounds, classes and escapes never yield literals; a group counts when it is required and every
 * one of its alternatives has a literal. A positive lookaround counts like a group: what it looks for
 * is not part of the match, but it must be in the unit's text, which is all the prefilter asks.
 */

/** Words too common to be worth an anchor when the regex offers anything better. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'for', 'not', 'any', 'all', 'its', 'are', 'shall', 'party', 'parties', 'this', 'that', 'with', 'each', 'may', 'will', 'such', 'other', 'des', 'les', 'las', 'los', 'del', 'une', 'por', 'con', 'que', 'para', 'par']);

/**
 * Words that head or fill nearly every article of an agreement ("Article 12", "this Chapter"): a clause of
 * them lets a regex through the prefilter almost everywhere, so any other literal of the regex is preferred.
 */
export const STRUCTURAL_WORDS: ReadonlySet<string> = new Set(['article', 'articles', 'chapter', 'section', 'annex', 'agreement', 'paragraph', 'provisions', 'measures', 'articulo', 'chapitre', 'part', 'parts', 'exception', 'exceptions', 'excepcion', 'excepciones']);

interface Cursor {
  src: string;
  i: number;
  /** Literals that continue a word begun by a class (`art[ií]culo` → "culo"): word tails, less selective than whole words. */
  tails: Set<string>;
  /** Every clause found in each top-level alternative, before `best` picks one. */
  topBranches: string[][][];
}

export function regexLiterals(source: string): string[] | undefined {
  const cursor: Cursor = { src: source, i: 0, tails: new Set(), topBranches: [] };
  const clause = alternation(cursor, true);
  return clause ? [...new Set(clause)] : undefined;
}

/**
 * The clauses of a regex without top-level alternatives other than the one regexLiterals picks: each is
 * necessary too (every match holds one of its literals), so a prefilter may ask for all of them.
 * "\\bpromot\\w+\\b[^.]{0,80}\\bcultural (?:goods|heritage)" → [["cultural"], ["goods", "heritage"]] beside ["promot"].
 */
export function otherRegexClauses(source: string): string[][] {
  const cursor: Cursor = { src: source, i: 0, tails: new Set(), topBranches: [] };
  const picked = alternation(cursor, true);
  const [branch, ...more] = cursor.topBranches;
  if (!picked || !branch || more.length > 0) return [];
  const key = (clause: readonly string[]) => [...new Set(clause)].sort().join('|');
  const seen = new Set([key(picked)]);
  const others: string[][] = [];
  for (const clause of branch) {
    if (seen.has(key(clause))) continue;
    seen.add(key(clause));
    others.push([...new Set(clause)]);
  }
  return others;
}

/**
 * Per top-level alternative of a regex with several, every clause of that alternative: a match of the
 * alternative holds one literal of each, so a prefilter may ask, for some alternative, for all of its
 * clauses, which is stronger than one clause per alternative merged (what regexLiterals gives).
 * "\\bcultural\\s+co-?operation\\b|\\bexchanges?\\s+of\\s+artists" → [[["cultural"], ["operation"]], [["exchange"], ["artists"]]].
 * Undefined with one alternative (regexLiterals and otherRegexClauses say it all) or where an
 * alternative has no literal for certain.
 */
export function branchClauses(source: string): string[][][] | undefined {
  const cursor: Cursor = { src: source, i: 0, tails: new Set(), topBranches: [] };
  if (!alternation(cursor, true) || cursor.topBranches.length < 2) return undefined;
  return cursor.topBranches.map((clauses) => {
    const seen = new Set<string>();
    return clauses.map((clause) => [...new Set(clause)]).filter((clause) => {
      const key = [...clause].sort().join('|');
      return !seen.has(key) && seen.add(key);
    });
  });
}

function alternation(c: Cursor, top = false): string[] | undefined {
  const branches: Array<string[] | undefined> = [];
  let candidates: string[][] = [];
  let run = '';
  let afterClass = false; // the previous atom was a class, so a run starting now is a word's tail
  let runIsTail = false;
  const flush = () => {
    if (run.length >= 3) {
      candidates.push([run]);
      if (runIsTail) c.tails.add(run);
    }
    run = '';
  };
  const endBranch = () => {
    flush();
    if (top) c.topBranches.push(candidates);
    branches.push(best(candidates, c.tails));
    candidates = [];
  };
  while (c.i < c.src.length) {
    const ch = c.src[c.i] as string;
    if (ch === ')') break;
    if (ch === '|') {
      endBranch();
      c.i++;
    } else if (ch === '(') {
      flush();
      const lookaround = /^\(\?<?[=!]/.test(c.src.slice(c.i, c.i + 4));
      const negative = /^\(\?<?!/.test(c.src.slice(c.i, c.i + 4));
      c.i = c.src.startsWith('(?<', c.i) && !lookaround ? c.src.indexOf('>', c.i) + 1 : c.i + (c.src.startsWith('(?:', c.i) ? 3 : lookaround ? (c.src[c.i + 2] === '<' ? 4 : 3) : 1);
      const inner = alternation(c);
      c.i++; // the closing parenthesis
      const optional = skipQuantifier(c);
      if (!optional && !negative && inner) candidates.push(inner);
    } else if (ch === '\\' || ch === '[' || ch === '.') {
      flush();
      skipAtom(c);
      skipQuantifier(c);
      afterClass = ch === '[';
      continue;
    } else if (/[\p{L}\p{N}]/u.test(ch)) {
      c.i++;
      const at = c.i;
      const optional = skipQuantifier(c);
      if (optional) flush();
      else {
        if (run === '') runIsTail = afterClass;
        run += ch.toLowerCase();
        if (c.i > at) flush(); // "s+" or "e{2}": the letter is there, what follows is not certain
      }
    } else {
      flush();
      c.i++;
      skipQuantifier(c);
    }
    afterClass = false;
  }
  endBranch();
  return branches.some((b) => b === undefined) ? undefined : branches.flat() as string[];
}

/**
 * The clause that promises most: its weakest literal the strongest, by length, common words counting as
 * nothing, structural words as next to nothing, and a word's tail as two letters shorter than it is.
 */
function best(candidates: string[][], tails: ReadonlySet<string>): string[] | undefined {
  const strength = (lit: string) => (COMMON_WORDS.has(lit) ? 0 : STRUCTURAL_WORDS.has(lit) ? 1 : tails.has(lit) ? lit.length - 2 : lit.length);
  const score = (clause: string[]) => Math.min(...clause.map(strength)) - clause.length / 100;
  return [...candidates].sort((a, b) => score(b) - score(a))[0];
}

function skipAtom(c: Cursor): void {
  const ch = c.src[c.i];
  if (ch === '[') {
    c.i++;
    while (c.i < c.src.length && c.src[c.i] !== ']') c.i += c.src[c.i] === '\\' ? 2 : 1;
    c.i++;
  } else if (ch === '\\') {
    const kind = c.src[c.i + 1] ?? '';
    c.i += 2;
    if (/[pPuk]/.test(kind) && /[{<]/.test(c.src[c.i] ?? '')) c.i = c.src.indexOf(kind === 'k' ? '>' : '}', c.i) + 1;
    else if (kind === 'x') c.i += 2;
    else if (kind === 'u') c.i += 4;
    else if (kind === 'c') c.i += 1;
  } else c.i++;
}

/** Skips a quantifier after an atom; true when it allows zero repetitions. */
function skipQuantifier(c: Cursor): boolean {
  const m = /^(?:([?*+])|\{(\d+)(?:,\d*)?\})\??/.exec(c.src.slice(c.i, c.i + 12));
  if (!m) return false;
  c.i += m[0].length;
  return m[1] === '?' || m[1] === '*' || m[2] === '0';
}

/**
 * Whether every place the pattern writes `literal` begins a word: right after `\b`, after whitespace
 * that must be there (a space, `\s`, `\s+`), after a literal hyphen or apostrophe ("co-production"),
 * or at the start of a group alternative whose group so begins. Such a literal cannot match after a
 * letter, so the prefilter may ignore its occurrences inside words ("media" in "immediately").
 * Conservative: anything else answers false.
 */
export function literalStartsWord(source: string, literal: string): boolean {
  const lower = source.toLowerCase();
  let found = false;
  for (let at = lower.indexOf(literal); at >= 0; at = lower.indexOf(literal, at + 1)) {
    found = true;
    if (!startsWordAt(source, at)) return false;
  }
  return found;
}

function startsWordAt(source: string, at: number): boolean {
  const head = source.slice(0, at);
  if (/(?:^|[^\\])(?:\\\\)*\\b$/.test(head)) return true;
  if (/(?:^|[^\\])(?:\\\\)*(?: |\\s)\+?$/.test(head)) return true;
  if (/(?:^|[^\\[])(?:\\\\)*[-'’]$/.test(head) && !/\[[^\]]*$/.test(head)) return true;
  const opening = /\((?:\?:)?$/.exec(head);
  if (opening) return startsWordAt(source, opening.index);
  if (head.endsWith('|')) {
    const group = enclosingGroupStart(head);
    return group !== undefined && startsWordAt(source, group);
  }
  return false;
}

/** Where the group holding the end of `head` opens (its parenthesis), or undefined at top level. */
function enclosingGroupStart(head: string): number | undefined {
  let depth = 0;
  for (let i = head.length - 1; i >= 0; i--) {
    const c = head[i];
    if (i > 0 && head[i - 1] === '\\') continue;
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}
