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

/** A language's phrases by their first key, in their order: made once per list of phrases. */
const phrasesByFirstKey = new WeakMap<string[][], Map<string, string[][]>>();

function byFirstKey(phrases: string[][]): Map<string, string[][]> {
  let byFirst = phrasesByFirstKey.get(phrases);
  if (!byFirst) {
    byFirst = new Map();
    for (const phrase of phrases) {
      const list = byFirst.get(phrase[0] as string);
      if (list) list.push(phrase);
      else byFirst.set(phrase[0] as string, [phrase]);
    }
    phrasesByFirstKey.set(phrases, byFirst);
  }
  return byFirst;
}

/** Every place in the unit where one of the phrases stands, word after word. Sorted by offset. */
export function termOccurrences(node: TermsNode, ctx: UnitContext): Span[] {
  const key = occurrenceKey(node);
  const cached = ctx.occurrences.get(key);
  if (cached) return cached;
  const { starts, ends } = ctx.tokens;
  const keys = node.exact ? ctx.tokens.exacts : ctx.tokens.stems;
  const byFirst = byFirstKey(node.phrases.get(ctx.language) ?? []);
  const endToken = ctx.endToken;
  const text = ctx.doc.text;
  const spans: Span[] = [];
  // One pass over the unit's words, each looked up among the phrases' first words.
  for (let at = 0; at < endToken; at++) {
    const phrases = byFirst.get(keys[at] as string);
    if (phrases === undefined) continue;
    for (const phrase of phrases) {
      const rest = phrase.length - 1;
      let ok = at + rest < endToken;
      for (let k = 1; ok && k <= rest; k++) {
        const i = at + k;
        ok = keys[i] === phrase[k] && PHRASE_GAP.test(text.slice(ends[i - 1] as number, starts[i] as number));
      }
      if (ok) spans.push({ start: starts[at] as number, end: ends[at + rest] as number });
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
