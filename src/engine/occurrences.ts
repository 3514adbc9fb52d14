import type { RegexNode, TermsNode } from '../rules/types.js';
import type { Span, UnitContext } from './context.js';

/** What may stand between two words of a phrase: spaces, line breaks, hyphens, apostrophes, a slash. */
const PHRASE_GAP = /^[\s\-\u2010-\u2014\u00ad'’/]*$/;

/** Every place in the unit where one of the phrases stands, word after word. Sorted by offset. */
export function termOccurrences(node: TermsNode, ctx: UnitContext): Span[] {
  const cached = ctx.occurrences.get(node.id);
  if (cached) return cached;
  const { starts, ends } = ctx.tokens;
  const keys = node.exact ? ctx.tokens.exacts : ctx.tokens.stems;
  const index = ctx.keyIndex(node.exact);
  const text = ctx.doc.text;
  const spans: Span[] = [];
  for (const phrase of node.phrases.get(ctx.language) ?? []) {
    const [first, ...rest] = phrase;
    for (const at of index.get(first as string) ?? []) {
      let ok = at + rest.length < ctx.endToken;
      for (let k = 0; ok && k < rest.length; k++) {
        const i = at + k + 1;
        ok = keys[i] === rest[k] && PHRASE_GAP.test(text.slice(ends[i - 1] as number, starts[i] as number));
      }
      if (ok) spans.push({ start: starts[at] as number, end: ends[at + rest.length] as number });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  ctx.occurrences.set(node.id, spans);
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
  const cached = ctx.occurrences.get(node.id);
  if (cached) return cached;
  const spans = ctx.mayMatch(node) ? nonEmptyMatches(node.regex, ctx.text, 0, ctx.unit.start) : [];
  ctx.occurrences.set(node.id, spans);
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
