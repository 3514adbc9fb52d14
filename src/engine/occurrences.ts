import { keyPrefix, NOT_PLAIN, PACKED_LENGTH, packedLength, packedStart, plainStart, rarestWord } from '../nlp/index.js';
import type { RegexNode, TermsNode } from '../rules/types.js';
import type { Span, UnitContext } from './context.js';

/** What may stand between two words of a phrase: spaces, line breaks, hyphens, apostrophes, a slash. */
const PHRASE_GAP = /^[\s\-\u2010-\u2014\u00ad'’/]*$/;

/**
 * What a pattern's occurrences in a unit depend on, as a number: patterns alike in it (the same
 * vocabulary, the same regex with the same literals, in several rules) are looked for once per unit.
 */
const sharedKeys = new WeakMap<TermsNode | RegexNode, number>();
const keyOfContent = new Map<string, number>();

export function occurrenceKey(node: TermsNode | RegexNode): number {
  let key = sharedKeys.get(node);
  if (key === undefined) {
    const content =
      node.op === 'terms'
        ? JSON.stringify(['terms', node.exact, [...node.phrases]])
        : JSON.stringify(['regex', node.regex.source, node.regex.flags, node.literals, node.moreLiterals, node.wordStartLiterals]);
    key = keyOfContent.get(content);
    if (key === undefined) keyOfContent.set(content, (key = keyOfContent.size));
    sharedKeys.set(node, key);
  }
  return key;
}

/** Whether the pattern's occurrences in this unit are already known (looked for by this or another rule). */
export function lookedFor(node: TermsNode | RegexNode, ctx: UnitContext): boolean {
  return ctx.occurrences.has(occurrenceKey(node));
}

/** A phrase, by the word it is looked for at: its rarest, and what every written form of that word begins with. */
interface AnchoredPhrase {
  keys: string[];
  anchor: number;
  prefix: string;
}

/**
 * A language's phrases, found by their rarest word: `byStart` by the first (up to) three letters of
 * that word's prefix (packed as Words.plainStarts packs a word's), `byKey` by its key, for the words
 * whose start is not plain ASCII. Made once per list of phrases.
 */
interface PhraseIndex {
  byStart: Map<number, AnchoredPhrase[]>;
  /** The lengths packed into `byStart`'s keys: 3, and less for a prefix shorter than that. */
  startLengths: number[];
  /**
   * One bit per pair of first two letters (packed) that begins some prefix in `byStart`, when every
   * prefix has two letters or more: most words are passed over on this alone.
   */
  firstTwo?: Uint32Array;
  byKey: Map<string, AnchoredPhrase[]>;
}

const phraseIndexes = new WeakMap<string[][], PhraseIndex>();
/** The first two code units of a packed start (see nlp plainStart). */
const FIRST_TWO = (1 << 14) - 1;

function phraseIndex(phrases: string[][], exact: boolean): PhraseIndex {
  let index = phraseIndexes.get(phrases);
  if (!index) {
    index = { byStart: new Map(), startLengths: [], byKey: new Map() };
    for (const keys of phrases) {
      const anchor = rarestWord(keys);
      const prefix = keyPrefix(keys[anchor] as string, exact);
      const phrase: AnchoredPhrase = { keys, anchor, prefix };
      const length = Math.min(PACKED_LENGTH, prefix.length);
      if (!index.startLengths.includes(length)) index.startLengths.push(length);
      // A start beyond ASCII is no plain word's: such a phrase is found by key alone.
      const start = plainStart(prefix, 0, prefix.length);
      if (start !== NOT_PLAIN) append(index.byStart, start, phrase);
      append(index.byKey, keys[anchor] as string, phrase);
    }
    if (index.startLengths.every((length) => length >= 2)) {
      const firstTwo = new Uint32Array(1 << 9);
      for (const start of index.byStart.keys()) {
        const two = start & FIRST_TWO;
        firstTwo[two >>> 5] = (firstTwo[two >>> 5] as number) | (1 << (two & 31));
      }
      index.firstTwo = firstTwo;
    }
    phraseIndexes.set(phrases, index);
  }
  return index;
}

function append<K>(map: Map<K, AnchoredPhrase[]>, key: K, phrase: AnchoredPhrase): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

/**
 * Every place in the unit where one of the phrases stands, word after word. Sorted by offset.
 * A phrase is tried only at a word that begins as its rarest word's every written form does (see
 * keyPrefix): a plain ASCII word's first letters are read from the text, and its key is looked up
 * only where they fit, so most words of a unit are never stemmed. A word not plain ASCII where it
 * begins is compared by its key.
 */
export function termOccurrences(node: TermsNode, ctx: UnitContext): Span[] {
  const key = occurrenceKey(node);
  const cached = ctx.occurrences.get(key);
  if (cached) return cached;
  const words = ctx.tokens;
  const { starts, ends } = words;
  const exact = node.exact;
  const index = phraseIndex(node.phrases.get(ctx.language) ?? [], exact);
  const count = words.count;
  const text = ctx.doc.text;
  const spans: Span[] = [];
  const tryPhrase = (phrase: AnchoredPhrase, at: number) => {
    const last = at + phrase.keys.length - 1;
    if (at < 0 || last >= count) return;
    for (let k = 0; k < phrase.keys.length; k++) {
      const i = at + k;
      if (k !== phrase.anchor && words.key(i, exact) !== phrase.keys[k]) return;
      if (k > 0 && !PHRASE_GAP.test(text.slice(ends[i - 1] as number, starts[i] as number))) return;
    }
    spans.push({ start: starts[at] as number, end: ends[last] as number });
  };
  const { plainStarts } = words;
  const { byStart, startLengths, firstTwo } = index;
  for (let i = 0; i < count; i++) {
    const plain = plainStarts[i] as number;
    if (plain === NOT_PLAIN) {
      for (const phrase of index.byKey.get(words.key(i, exact)) ?? []) tryPhrase(phrase, i - phrase.anchor);
      continue;
    }
    const plainLength = packedLength(plain);
    if (firstTwo !== undefined) {
      const two = plain & FIRST_TWO;
      if (plainLength < 2 || ((firstTwo[two >>> 5] as number) & (1 << (two & 31))) === 0) continue;
    }
    for (const length of startLengths) {
      if (plainLength < length) continue;
      const phrases = byStart.get(plainLength === length ? plain : packedStart(plain, length));
      if (phrases === undefined) continue;
      for (const phrase of phrases) {
        if (phrase.prefix.length === length || words.mayBeginWith(i, phrase.prefix)) {
          if (words.key(i, exact) === phrase.keys[phrase.anchor]) tryPhrase(phrase, i - phrase.anchor);
        }
      }
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  ctx.occurrences.set(key, spans);
  return spans;
}

/**
 * The regex's matches in one window of the unit, read as if the text ended where the window ends and
 * starting where it starts (the text before stays visible to lookbehinds). A match over the whole
 * unit that runs across the window's edge consumes the text it covers, and can hide a shorter match
 * that lies wholly inside the window: this finds it.
 */
export function regexOccurrencesWithin(node: RegexNode, ctx: UnitContext, window: { start: number; end: number }): Span[] {
  const base = ctx.unit.start;
  return nonEmptyMatches(node.regex, ctx.text.slice(0, window.end - base), Math.max(0, window.start - base), base);
}

/** Every non-empty match of the regex in the unit's text. */
export function regexOccurrences(node: RegexNode, ctx: UnitContext): Span[] {
  const key = occurrenceKey(node);
  const cached = ctx.occurrences.get(key);
  if (cached) return cached;
  const spans = ctx.mayMatch(node) ? nonEmptyMatches(node.regex, ctx.text, 0, ctx.unit.start) : [];
  ctx.occurrences.set(key, spans);
  return spans;
}

/** The non-empty matches of a global regex in `text` from `from` on, as spans shifted by `base`. */
function nonEmptyMatches(regex: RegExp, text: string, from: number, base: number): Span[] {
  const spans: Span[] = [];
  regex.lastIndex = from;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    spans.push({ start: base + m.index, end: base + m.index + m[0].length });
  }
  return spans;
}
