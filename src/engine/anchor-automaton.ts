import { foldCodeUnit } from '../nlp/index.js';

/**
 * A matcher for a fixed set of folded anchors (Aho–Corasick, as a complete transition table) that
 * reads the document through a folding table instead of a folded copy of it. One pass finds every
 * occurrence of every anchor, overlapping ones included; a regex alternation of the same few hundred
 * literals costs several times as much, and folding the text first costs a copy of it.
 */
export interface AnchorAutomaton {
  /** The anchors, by id. */
  readonly anchors: readonly string[];
  /** By anchor id, how far back from its last character a word-start anchor begins (its length); 0 for an anchor that counts anywhere. */
  readonly wordStartLength: Int32Array;
  /** Code unit → its symbol after folding; UNLEARNED until first seen (non-ASCII units are learned lazily). */
  readonly symbols: Uint8Array;
  /** Folded character → symbol, for learning; symbol 0 stands for every character in no anchor. */
  readonly symbolOfChar: ReadonlyMap<number, number>;
  /** Symbols per state: the row width of `next`. */
  readonly width: number;
  /**
   * state + symbol → next state, where a state is written as the offset of its row (its number times
   * `width`): the scan then adds, where it would multiply, on every character. State 0 is the root.
   */
  readonly next: Int32Array;
  /** The first state (as a row offset) at which some anchor ends: every state from it on has outputs, none before. */
  readonly firstFinal: number;
  /** The anchors ending at state number s are outputs[outputStart[s]] … outputs[outputStart[s + 1] - 1]. */
  readonly outputStart: Int32Array;
  readonly outputs: Int32Array;
}

const UNLEARNED = 255;
/** Symbols fit a byte with UNLEARNED to spare; anchors are folded words, far below this. */
const MAX_SYMBOLS = 254;

/**
 * `wordStart[id]` marks the anchors that count only where a word starts: "media" for a pattern that
 * writes `\bmedia` is no hit in "immediately", which would let the pattern's rule be tried for nothing.
 */
export function buildAnchorAutomaton(anchors: readonly string[], wordStart: readonly boolean[] = []): AnchorAutomaton {
  const symbolOfChar = new Map<number, number>();
  for (const anchor of anchors) {
    for (let i = 0; i < anchor.length; i++) {
      const code = anchor.charCodeAt(i);
      if (!symbolOfChar.has(code)) symbolOfChar.set(code, symbolOfChar.size + 1);
    }
  }
  if (symbolOfChar.size > MAX_SYMBOLS) throw new Error(`anchors use ${symbolOfChar.size} distinct characters; at most ${MAX_SYMBOLS} fit the automaton`);
  const width = symbolOfChar.size + 1;

  // The trie: children by symbol (0 = none yet), the anchor ids ending at each node.
  const children: number[][] = [new Array<number>(width).fill(0)];
  const ending: number[][] = [[]];
  anchors.forEach((anchor, id) => {
    let state = 0;
    for (let i = 0; i < anchor.length; i++) {
      const symbol = symbolOfChar.get(anchor.charCodeAt(i)) as number;
      let child = (children[state] as number[])[symbol] as number;
      if (child === 0) {
        child = children.length;
        children.push(new Array<number>(width).fill(0));
        ending.push([]);
        (children[state] as number[])[symbol] = child;
      }
      state = child;
    }
    (ending[state] as number[]).push(id);
  });

  // Breadth first: each state's failure link is already final when its children are reached, so
  // missing transitions are borrowed from it and outputs inherited along it (anchors that end here as suffixes).
  const next = new Int32Array(children.length * width);
  const outputsOf: number[][] = ending.map((ids) => [...ids]);
  const failure = new Int32Array(children.length);
  const queue: number[] = [];
  for (let symbol = 1; symbol < width; symbol++) {
    const child = (children[0] as number[])[symbol] as number;
    next[symbol] = child;
    if (child !== 0) queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    const fallback = failure[state] as number;
    (outputsOf[state] as number[]).push(...(outputsOf[fallback] as number[]));
    for (let symbol = 0; symbol < width; symbol++) {
      const child = symbol === 0 ? 0 : ((children[state] as number[])[symbol] as number);
      if (child === 0) {
        next[state * width + symbol] = next[fallback * width + symbol] as number;
      } else {
        failure[child] = next[fallback * width + symbol] as number;
        next[state * width + symbol] = child;
        queue.push(child);
      }
    }
  }

  // Renumbered so that the states where anchors end come last: the scan tells them by number alone.
  const order = [...outputsOf.keys()].sort((a, b) => Number((outputsOf[a] as number[]).length > 0) - Number((outputsOf[b] as number[]).length > 0) || a - b);
  const renamed = new Int32Array(order.length);
  order.forEach((old, state) => (renamed[old] = state));
  const table = new Int32Array(next.length);
  order.forEach((old, state) => {
    for (let symbol = 0; symbol < width; symbol++) table[state * width + symbol] = (renamed[next[old * width + symbol] as number] as number) * width;
  });
  const firstFinal = order.findIndex((old) => (outputsOf[old] as number[]).length > 0);
  const outputStart = new Int32Array(order.length + 1);
  order.forEach((old, state) => (outputStart[state + 1] = (outputStart[state] as number) + (outputsOf[old] as number[]).length));
  const symbols = new Uint8Array(0x10000).fill(UNLEARNED);
  for (let code = 0; code < 0x80; code++) symbols[code] = symbolOfChar.get(foldCodeUnit(code)) ?? 0;
  return {
    anchors,
    wordStartLength: Int32Array.from(anchors, (anchor, id) => (wordStart[id] ? anchor.length : 0)),
    symbols,
    symbolOfChar,
    width,
    next: table,
    firstFinal: (firstFinal < 0 ? order.length : firstFinal) * width,
    outputStart,
    outputs: Int32Array.from(order.flatMap((old) => outputsOf[old] as number[])),
  };
}

function learn(automaton: AnchorAutomaton, code: number): number {
  const symbol = automaton.symbolOfChar.get(foldCodeUnit(code)) ?? 0;
  automaton.symbols[code] = symbol;
  return symbol;
}

/**
 * The anchors (ids) that occur wholly inside text[start, end), each once: `seen` remembers per anchor
 * the last `mark` it was reported under, so a caller that marks each range differently can reuse it.
 */
export function anchorsIn(automaton: AnchorAutomaton, text: string, start: number, end: number, seen: Int32Array, mark: number): number[] {
  const { wordStartLength, symbols, next, width, firstFinal, outputStart, outputs } = automaton;
  const found: number[] = [];
  let state = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    let symbol = symbols[code] as number;
    if (symbol === UNLEARNED) symbol = learn(automaton, code);
    state = next[state + symbol] as number;
    if (state < firstFinal) continue;
    const row = (state / width) | 0; // an integer V8 indexes with: a plain quotient is a double
    const last = outputStart[row + 1] as number;
    for (let k = outputStart[row] as number; k < last; k++) {
      const anchor = outputs[k] as number;
      if (seen[anchor] === mark) continue;
      const length = wordStartLength[anchor] as number;
      if (length > 0 && i - length >= start && isAsciiLetter(text.charCodeAt(i - length))) continue;
      seen[anchor] = mark;
      found.push(anchor);
    }
  }
  return found;
}

/** Whether a code unit is an ASCII letter: before one, a word-start anchor is inside a word. */
function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}
