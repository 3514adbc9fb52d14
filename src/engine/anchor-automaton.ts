import { foldCodeUnit } from '../nlp/index.js';
import { packLists, type PackedLists } from './packed-lists.js';

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
  readonly symbolOfChar: Uint8Array;
  /**
   * log2 of the row width of `next`: rows are padded to a power of two, so that the scan finds a
   * state's row with a shift, not a multiplication, and keeps states as their numbers.
   */
  readonly shift: number;
  /**
   * (state << shift) + symbol → next state. State 0 is the root. Two bytes a state where the states
   * fit (every rule set seen so far: a few thousand states): half the table, which the scan reads on
   * every character, stays in the processor's nearer caches.
   */
  readonly next: Uint16Array | Uint32Array;
  /** The first state at which some anchor ends: every state from it on has outputs, none before. */
  readonly firstFinal: number;
  /** State → the anchors that end there. */
  readonly outputs: PackedLists;
}

const UNLEARNED = 255;
/** Symbols fit a byte with UNLEARNED to spare; anchors are folded words, far below this. */
const MAX_SYMBOLS = 254;

/**
 * `wordStart[id]` marks the anchors that count only where a word starts: "media" for a pattern that
 * writes `\bmedia` is no hit in "immediately", which would let the pattern's rule be tried for nothing.
 */
export function buildAnchorAutomaton(anchors: readonly string[], wordStart: readonly boolean[] = []): AnchorAutomaton {
  // A table, not a Map: this runs on every start, mostly before V8 has compiled it, and looks up
  // every character of every anchor twice.
  const symbolOfChar = new Uint8Array(0x10000);
  let symbolCount = 0;
  for (const anchor of anchors) {
    for (let i = 0; i < anchor.length; i++) {
      const code = anchor.charCodeAt(i);
      if (symbolOfChar[code] !== 0) continue;
      if (++symbolCount > MAX_SYMBOLS) throw new Error(`anchors use more than ${MAX_SYMBOLS} distinct characters, more than the automaton can number`);
      symbolOfChar[code] = symbolCount;
    }
  }
  const width = symbolCount + 1;

  // The trie, one row of children per node (0 = none), plus each node's parent, symbol and children
  // as a list, so that the passes below visit edges, never whole rows: this runs once per language on
  // every start, mostly before V8 has compiled it, where every step counts.
  let stateBound = 1;
  for (const anchor of anchors) stateBound += anchor.length;
  const trie = new Int32Array(stateBound * width);
  const parent = new Int32Array(stateBound);
  const symbolIn = new Int32Array(stateBound);
  const depth = new Int32Array(stateBound);
  const firstChild = new Int32Array(stateBound);
  const nextSibling = new Int32Array(stateBound);
  const ending: number[][] = [[]];
  let stateCount = 1;
  let maxDepth = 0;
  for (let id = 0; id < anchors.length; id++) {
    const anchor = anchors[id] as string;
    let state = 0;
    for (let i = 0; i < anchor.length; i++) {
      const symbol = symbolOfChar[anchor.charCodeAt(i)] as number;
      let child = trie[state * width + symbol] as number;
      if (child === 0) {
        child = stateCount++;
        trie[state * width + symbol] = child;
        parent[child] = state;
        symbolIn[child] = symbol;
        depth[child] = i + 1;
        nextSibling[child] = firstChild[state] as number;
        firstChild[state] = child;
        ending.push([]);
        if (i + 1 > maxDepth) maxDepth = i + 1;
      }
      state = child;
    }
    (ending[state] as number[]).push(id);
  }

  // The states by depth (by number within one depth): a state's failure link is shallower than it.
  const depthStart = new Int32Array(maxDepth + 2);
  for (let state = 0; state < stateCount; state++) {
    const at = (depth[state] as number) + 1;
    depthStart[at] = (depthStart[at] as number) + 1;
  }
  for (let d = 1; d <= maxDepth + 1; d++) depthStart[d] = (depthStart[d] as number) + (depthStart[d - 1] as number);
  const byDepth = new Int32Array(stateCount);
  for (let state = 0; state < stateCount; state++) {
    const at = depth[state] as number;
    byDepth[depthStart[at] as number] = state;
    depthStart[at] = (depthStart[at] as number) + 1;
  }

  // Failure links (the longest proper suffix that is a trie state) and outputs, inherited along them
  // (anchors that end here as suffixes).
  const failure = new Int32Array(stateCount);
  const outputsOf: number[][] = new Array<number[]>(stateCount);
  outputsOf[0] = ending[0] as number[];
  for (let k = 1; k < stateCount; k++) {
    const state = byDepth[k] as number;
    const from = parent[state] as number;
    if (from !== 0) {
      const symbol = symbolIn[state] as number;
      let fallback = failure[from] as number;
      while (fallback !== 0 && trie[fallback * width + symbol] === 0) fallback = failure[fallback] as number;
      failure[state] = trie[fallback * width + symbol] as number;
    }
    const inherited = outputsOf[failure[state] as number] as number[];
    const own = ending[state] as number[];
    outputsOf[state] = inherited.length === 0 ? own : own.concat(inherited);
  }

  // Renumbered so that the states where anchors end come last (in their old order, as the others):
  // the scan tells them by number alone.
  let finalCount = 0;
  for (let state = 0; state < stateCount; state++) if ((outputsOf[state] as number[]).length > 0) finalCount++;
  const firstFinalState = stateCount - finalCount;
  const renamed = new Int32Array(stateCount);
  const order = new Int32Array(stateCount);
  for (let state = 0, plain = 0, final = firstFinalState; state < stateCount; state++) {
    const to = (outputsOf[state] as number[]).length > 0 ? final++ : plain++;
    renamed[state] = to;
    order[to] = state;
  }

  // The complete transition table, in the new numbering: a state's row is its failure state's
  // (already complete, being shallower), overwritten where the state has children.
  const shift = 32 - Math.clz32(width - 1);
  const table = stateCount <= 0x10000 ? new Uint16Array(stateCount << shift) : new Uint32Array(stateCount << shift);
  for (let k = 0; k < stateCount; k++) {
    const state = byDepth[k] as number;
    const row = (renamed[state] as number) << shift;
    if (state !== 0) {
      const fallbackRow = (renamed[failure[state] as number] as number) << shift;
      table.copyWithin(row, fallbackRow, fallbackRow + width);
    }
    for (let child = firstChild[state] as number; child !== 0; child = nextSibling[child] as number) {
      table[row + (symbolIn[child] as number)] = renamed[child] as number;
    }
  }
  const symbols = new Uint8Array(0x10000).fill(UNLEARNED);
  for (let code = 0; code < 0x80; code++) symbols[code] = symbolOfChar[foldCodeUnit(code)] as number;
  return {
    anchors,
    wordStartLength: Int32Array.from(anchors, (anchor, id) => (wordStart[id] ? anchor.length : 0)),
    symbols,
    symbolOfChar,
    shift,
    next: table,
    firstFinal: firstFinalState,
    outputs: packLists(Array.from(order, (state) => outputsOf[state] as number[])),
  };
}

function learn(automaton: AnchorAutomaton, code: number): number {
  const symbol = automaton.symbolOfChar[foldCodeUnit(code)] as number;
  automaton.symbols[code] = symbol;
  return symbol;
}

/**
 * Where the anchors that a caller wants placed (`placed[id]` set: the word-start anchors of terms)
 * begin, every occurrence of them, in the order the scan finds them (by where they end).
 */
export class AnchorPlaces {
  readonly anchors: number[] = [];
  readonly starts: number[] = [];

  constructor(readonly placed: Uint8Array) {}

  get count(): number {
    return this.anchors.length;
  }

  add(anchor: number, start: number): void {
    this.anchors.push(anchor);
    this.starts.push(start);
  }
}

/**
 * The anchors (ids) that occur wholly inside text[start, end), each once, written to `found` from its
 * start (it needs room for every anchor); returns how many. `seen` remembers per anchor the last `mark`
 * it was reported under, so a caller that marks each range differently can reuse it (and `found`):
 * the scan allocates nothing. Given `places`, every occurrence of an anchor it asks for is also
 * added there.
 *
 * The loop over the characters calls nothing: a code unit not yet learned (the first of each kind
 * beyond ASCII) leaves it, is learned, and the loop resumes there. A call anywhere in the loop, taken
 * or not, costs every character (V8 keeps fewer of the loop's values in registers across it), and the
 * inner loop runs once per character of every unit.
 */
export function anchorsIn(automaton: AnchorAutomaton, text: string, start: number, end: number, seen: Int32Array, mark: number, found: Int32Array, places?: AnchorPlaces): number {
  const { wordStartLength, symbols, next, shift, firstFinal } = automaton;
  const { start: outputStart, items: outputs } = automaton.outputs;
  const placed = places?.placed;
  let count = 0;
  let state = 0;
  let i = start;
  for (;;) {
    for (; i < end; i++) {
      const symbol = symbols[text.charCodeAt(i)] as number;
      if (symbol === UNLEARNED) break;
      state = next[(state << shift) + symbol] as number;
      if (state < firstFinal) continue;
      const last = outputStart[state + 1] as number;
      for (let k = outputStart[state] as number; k < last; k++) {
        const anchor = outputs[k] as number;
        const wanted = placed !== undefined && placed[anchor] === 1;
        if (seen[anchor] === mark && !wanted) continue;
        const length = wordStartLength[anchor] as number;
        // A word-start anchor right after an ASCII letter (either case) is inside a word.
        if (length > 0 && i - length >= start && ((text.charCodeAt(i - length) | 0x20) - 0x61) >>> 0 < 26) continue;
        if (wanted) (places as AnchorPlaces).add(anchor, i - (automaton.anchors[anchor] as string).length + 1);
        if (seen[anchor] === mark) continue;
        seen[anchor] = mark;
        found[count++] = anchor;
      }
    }
    if (i >= end) return count;
    learn(automaton, text.charCodeAt(i));
  }
}
