import { keyPrefix, NOT_PLAIN, PACKED_LENGTH, packedLength, packedStart, plainStart, stretchAround, type Words } from '../nlp/index.js';
import type { KeyedPhrase, RegexNode, TermsNode } from '../rules/types.js';
import type { Span, UnitContext } from './context.js';
import type { TermPlaces } from './prefilter.js';
import { fitsPartyRole } from './party-roles.js';

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
        : JSON.stringify(['regex', node.regex.source, node.regex.flags, node.literals, node.moreLiterals, node.wordStartLiterals, node.party]);
    key = keyOfContent.get(content);
    if (key === undefined) keyOfContent.set(content, (key = keyOfContent.size));
    sharedKeys.set(node, key);
  }
  return key;
}

/** Whether the pattern's occurrences in this unit are already known (looked for by this or another rule). */
export function lookedFor(node: TermsNode | RegexNode, ctx: UnitContext): boolean {
  return ctx.occurrencesOf(occurrenceKey(node)) !== undefined;
}

/** A phrase with what every written form of the word it is looked for at begins with. */
interface AnchoredPhrase extends KeyedPhrase {
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

const phraseIndexes = new WeakMap<KeyedPhrase[], PhraseIndex>();
/** The first two code units of a packed start (see nlp plainStart). */
const FIRST_TWO = (1 << 14) - 1;

function phraseIndex(phrases: KeyedPhrase[], exact: boolean): PhraseIndex {
  let index = phraseIndexes.get(phrases);
  if (!index) {
    index = { byStart: new Map(), startLengths: [], byKey: new Map() };
    for (const { keys, anchor } of phrases) {
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
 * A phrase is tried only at a word that begins, folded, with its rarest word's prefix (see keyPrefix):
 * where the anchor pass placed those prefixes (UnitContext termPlaces), only the few words
 * around each place are read; else every word of the unit is, and a plain ASCII word's first letters
 * are read from the text first, so most words are never stemmed.
 *
 * Both ways find the same occurrences. Each one has its rarest word at a place where the anchor pass
 * found the word-start prefix: the pass folds the text code unit by code unit, as beginsWith does, and
 * reports a prefix at every word start (none follows a letter). The phrase's other words are at most
 * `wordsBefore` before that word and `wordsAfter` after it (AnchorIndex.termAnchors), and the stretch
 * read around the place holds as many whole words on each side; its words are the unit's own there
 * (nlp stretchAround). Stretches that overlap are read as one, and the words of all of them as one
 * list: a phrase is tried only at a word where an anchor begins, whose stretch holds all its words, so
 * none is found twice, nor across two stretches.
 */
export function termOccurrences(node: TermsNode, ctx: UnitContext): Span[] {
  const key = occurrenceKey(node);
  const cached = ctx.occurrencesOf(key);
  if (cached) return cached;
  const index = phraseIndex(node.phrases.get(ctx.language) ?? [], node.exact);
  const spans: Span[] = [];
  const places = ctx.termPlaces(node);
  const words = places === undefined ? ctx.tokens : places.starts.length === 0 ? undefined : ctx.wordsIn(stretchesAround(places, ctx));
  if (words !== undefined) phrasesIn(words, index, node.exact, ctx.doc.text, spans);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  ctx.keepOccurrences(key, spans);
  return spans;
}

/** Whether the terms' occurrences in the unit cost little to find: they were looked for already, or only the words around their anchors need reading. */
export function cheapToFind(node: TermsNode, ctx: UnitContext): boolean {
  return lookedFor(node, ctx) || ctx.termPlaces(node) !== undefined;
}

/** The stretches of words read around the places where the terms' anchors begin (ascending): those that overlap or touch, merged. */
function stretchesAround({ starts, wordsBefore, wordsAfter }: TermPlaces, ctx: UnitContext): Span[] {
  const text = ctx.doc.text;
  const { start, end } = ctx.unit;
  const stretches: Span[] = [];
  for (const at of starts) {
    const stretch = stretchAround(text, at, wordsBefore, wordsAfter, start, end);
    const last = stretches[stretches.length - 1];
    if (last !== undefined && stretch.start <= last.end) last.end = Math.max(last.end, stretch.end);
    else stretches.push(stretch);
  }
  return stretches;
}

/** The occurrences of the phrases among `words`, added to `spans` in the order of their rarest words. */
function phrasesIn(words: Words, index: PhraseIndex, exact: boolean, text: string, spans: Span[]): void {
  const { starts, ends, plainStarts } = words;
  const count = words.count;
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
  const { byStart, startLengths, firstTwo } = index;
  for (let i = 0; i < count; i++) {
    const plain = plainStarts[i] as number;
    if (plain === NOT_PLAIN) {
      for (const phrase of index.byKey.get(words.key(i, exact)) ?? []) if (words.beginsWith(i, phrase.prefix)) tryPhrase(phrase, i - phrase.anchor);
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
        if (phrase.prefix.length === length || words.beginsWith(i, phrase.prefix)) {
          if (words.key(i, exact) === phrase.keys[phrase.anchor]) tryPhrase(phrase, i - phrase.anchor);
        }
      }
    }
  }
}

/**
 * The regex's matches in one window of the unit, read as if the text ended where the window ends and
 * starting where it starts (the text before stays visible to lookbehinds). A match over the whole
 * unit that runs across the window's edge consumes the text it covers, and can hide a shorter match
 * that lies wholly inside the window: this finds it.
 */
export function regexOccurrencesWithin(node: RegexNode, ctx: UnitContext, window: { start: number; end: number }): Span[] {
  const base = ctx.unit.start;
  return inPartyRole(node, ctx, nonEmptyMatches(node.regex, ctx.text.slice(0, window.end - base), Math.max(0, window.start - base), base));
}

/** Every non-empty match of the regex in the unit's text. */
export function regexOccurrences(node: RegexNode, ctx: UnitContext): Span[] {
  const key = occurrenceKey(node);
  const cached = ctx.occurrencesOf(key);
  if (cached) return cached;
  const spans = ctx.mayMatch(node) ? inPartyRole(node, ctx, nonEmptyMatches(node.regex, ctx.text, 0, ctx.unit.start)) : [];
  ctx.keepOccurrences(key, spans);
  return spans;
}

/** The matches whose named Party can hold the role the regex gives it (engine/party-roles); all of them when it gives none. */
function inPartyRole(node: RegexNode, ctx: UnitContext, spans: Span[]): Span[] {
  const role = node.party;
  return role === undefined || spans.length === 0 ? spans : spans.filter((span) => fitsPartyRole(role, ctx.doc, span));
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
