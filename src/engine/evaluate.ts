import type { AllNode, CompiledPattern, RegexNode } from '../rules/types.js';
import type { Span, UnitContext } from './context.js';
import { cheapToFind, lookedFor, regexOccurrences, regexOccurrencesWithin, termOccurrences } from './occurrences.js';
import { crossesEdge, spansInside, subWindows, wordStretch, type Window } from './windows.js';

/** One way a pattern matched: the spans that support it (none for a bare `inside`). */
export interface Match {
  spans: Span[];
  /**
   * The spans that satisfied the pattern, one occurrence per part (for `all`: the rarest part's
   * match and, for each other part, its occurrence nearest to it). `spans` keeps every occurrence
   * (the evidence); `focus` is what an excerpt shows and marks. Absent: the same as `spans`.
   */
  focus?: Span[];
}

/** The spans of a match that an excerpt should show. */
export function focusOf(match: Match): Span[] {
  return match.focus ?? match.spans;
}

/**
 * One occurrence per part: the part with the fewest matches anchors (its first match), every other
 * part contributes the match nearest to it. "This Section" said five times in an article is marked
 * once, next to the words that made the rule fire.
 */
function nearestFocus(found: readonly Match[][]): Span[] {
  const placed = found.map((matches) => matches.filter((m) => focusOf(m).length > 0));
  const anchorPart = placed.filter((m) => m.length > 0).sort((a, b) => a.length - b.length)[0];
  const anchor = anchorPart?.[0];
  if (!anchor) return [];
  const at = focusOf(anchor)[0]!.start;
  const distance = (m: Match) => Math.min(...focusOf(m).map((s) => Math.abs(s.start - at)));
  return placed.flatMap((matches) => (matches === anchorPart ? focusOf(anchor) : matches.length === 0 ? [] : focusOf(matches.reduce((best, m) => (distance(m) < distance(best) ? m : best)))));
}

/** Every match of `pattern` inside `window` of the unit; none when there are fewer than its `atLeast`. */
export function evaluate(pattern: CompiledPattern, window: Window, ctx: UnitContext): Match[] {
  const matches = matchesOf(pattern, window, ctx);
  return pattern.atLeast !== undefined && distinctPlaces(matches) < pattern.atLeast ? NO_MATCHES : matches;
}

/** How many different places the matches stand at (two alternatives matching the same words count once). */
function distinctPlaces(matches: readonly Match[]): number {
  return new Set(matches.map((m) => m.spans.map((s) => `${s.start}:${s.end}`).join(' '))).size;
}

/**
 * What a pattern that matched nowhere returns. Shared: results are read, never changed, so most of a
 * scan's evaluations (a rule tried in a unit where it does not apply) allocate nothing.
 */
const NO_MATCHES: Match[] = [];

function matchesOf(pattern: CompiledPattern, window: Window, ctx: UnitContext): Match[] {
  if (pattern.inside && !ctx.holds(pattern.inside)) return NO_MATCHES;
  let matches: Match[];
  switch (pattern.op) {
    case 'terms':
      matches = occurrencesIn(termOccurrences(pattern, ctx), window, ctx);
      break;
    case 'regex': {
      const spans = regexOccurrences(pattern, ctx);
      matches = spans.length === 0 || coversUnit(window, ctx) || !crossesEdge(spans, window) ? occurrencesIn(spans, window, ctx) : matchesInRanges(pattern, window, ctx);
      break;
    }
    case 'any':
      matches = matchesOfAny(pattern.children, window, ctx);
      break;
    case 'cites':
      matches = occurrencesIn(ctx.citationsOf(pattern.category, pattern.heading), window, ctx);
      break;
    case 'inside':
      matches = [{ spans: [] }];
      break;
    case 'all':
      // A child that cannot match anywhere in the unit sinks the `all` before any child is run.
      // So does a part absent from the window that costs little to look for: one another rule has already
      // looked for in this unit (the vocabulary several rules share), or terms whose anchors the anchor
      // pass placed (a few words read around each). The parts tried before it then need not run.
      for (const child of pattern.children) if (cannotMatch(child, ctx)) return NO_MATCHES;
      for (const child of pattern.children) if (knownAbsent(child, window, ctx)) return NO_MATCHES;
      // `all` checks `not` in each of its own windows, not in the outer one.
      return typeof pattern.within === 'object' ? allWithinWords(pattern, pattern.within.words, window, ctx) : allWithinWindows(pattern, window, ctx);
  }
  if (matches.length > 0 && pattern.not && evaluate(pattern.not, window, ctx).length > 0) return NO_MATCHES;
  return matches;
}

/**
 * The regex's matches in each range of the window, read as if it ended there (see regexOccurrencesWithin).
 * A function apart: the closure it makes would make matchesOf, which every pattern tried in every unit
 * goes through, allocate the variables it captures on each call.
 */
function matchesInRanges(pattern: RegexNode, window: Window, ctx: UnitContext): Match[] {
  return singleSpans(window.ranges.flatMap((range) => regexOccurrencesWithin(pattern, ctx, range)));
}

/** The matches of `any`: every child's, in the children's order (a lone child's list as it is). */
function matchesOfAny(children: readonly CompiledPattern[], window: Window, ctx: UnitContext): Match[] {
  let matches = NO_MATCHES;
  let own = false;
  for (const child of children) {
    const found = evaluate(child, window, ctx);
    if (found.length === 0) continue;
    if (matches.length === 0) {
      matches = found;
      continue;
    }
    if (!own) {
      matches = matches.slice();
      own = true;
    }
    for (const match of found) matches.push(match);
  }
  return matches;
}

/** Whether the window is the whole unit: every occurrence in the unit lies inside it, none across its edge. */
function coversUnit(window: Window, ctx: UnitContext): boolean {
  const range = window.ranges[0] as Span;
  return window.ranges.length === 1 && range.start <= ctx.unit.start && range.end >= ctx.unit.end;
}

/**
 * The occurrences of a unit (sorted by start) that lie inside the window, one match each. Over the
 * whole unit (how every rule is first tried) they are all of them, made into matches once per unit.
 */
function occurrencesIn(spans: readonly Span[], window: Window, ctx: UnitContext): Match[] {
  if (spans.length === 0) return NO_MATCHES;
  return coversUnit(window, ctx) ? ctx.matchesOf(spans, singleSpans) : singleSpans(spansInside(spans, window));
}

function singleSpans(spans: readonly Span[]): Match[] {
  return spans.length === 0 ? NO_MATCHES : spans.map((span) => ({ spans: [span] }));
}

/**
 * Whether the pattern surely has no match in the unit, known without running anything: a regex whose
 * literals do not occur there (prefilter mayMatch), an `inside` that does not hold. Terms are not
 * looked at (that would tokenise the unit), so false means only "maybe".
 */
function cannotMatch(pattern: CompiledPattern, ctx: UnitContext): boolean {
  if (pattern.inside && !ctx.holds(pattern.inside)) return true;
  switch (pattern.op) {
    case 'regex':
      return !ctx.mayMatch(pattern);
    case 'cites':
      return !ctx.mayCite(pattern.category, pattern.heading);
    case 'all':
      for (const child of pattern.children) if (cannotMatch(child, ctx)) return true;
      return false;
    case 'any':
      for (const child of pattern.children) if (!cannotMatch(child, ctx)) return false;
      return true;
    default:
      return false;
  }
}

/**
 * Whether a part surely has no match in the window, known at little cost: its occurrences in the unit
 * were looked for already, or are terms found by reading a few words around their anchors, and none
 * lies in the window. Every kind of `all` fails where one part fails in its whole window (see
 * allWithinWindows), so this asks nothing the trial of the parts would not.
 */
function knownAbsent(pattern: CompiledPattern, window: Window, ctx: UnitContext): boolean {
  const cheap = pattern.op === 'terms' ? cheapToFind(pattern, ctx) : pattern.op === 'regex' && lookedFor(pattern, ctx);
  return cheap && evaluate(pattern, window, ctx).length === 0;
}

function allWithinWindows(pattern: AllNode, outer: Window, ctx: UnitContext): Match[] {
  const children = pattern.children;
  const checks = checkOrder(pattern);
  // Cheap test first: unless every child matches somewhere in the outer window, no smaller window
  // can hold them all, and the unit need not be split into sentences.
  if (pattern.within !== 'article') for (const i of checks) if (evaluate(children[i] as CompiledPattern, outer, ctx).length === 0) return NO_MATCHES;
  const matches: Match[] = [];
  const found: Match[][] = new Array<Match[]>(children.length);
  for (const window of subWindows(pattern.within, outer, ctx)) {
    let everyChild = true;
    for (const i of checks) {
      const childMatches = evaluate(children[i] as CompiledPattern, window, ctx);
      if (childMatches.length === 0) {
        everyChild = false;
        break;
      }
      found[i] = childMatches;
    }
    if (!everyChild) continue;
    if (pattern.not && evaluate(pattern.not, window, ctx).length > 0) continue;
    // The parts' matches in one fixed order, whatever order they were checked in: which part's match an
    // excerpt centres on, when two parts match equally often, does not depend on the word counts.
    // Their spans in that order too: a finding's evidence is put in text order anyway.
    const spans: Span[] = [];
    const parts: Match[][] = [];
    for (const i of listingOrder(pattern)) {
      const childMatches = found[i] as Match[];
      parts.push(childMatches);
      for (const match of childMatches) spans.push(...match.spans);
    }
    matches.push({ spans, focus: nearestFocus(parts) });
  }
  return matches;
}

/** The order `all` checks its children in (by index): the one worked out with the rules (rules/check-order), else listingOrder. */
function checkOrder(pattern: AllNode): readonly number[] {
  return pattern.order ?? listingOrder(pattern);
}

const listingOrders = new WeakMap<AllNode, number[]>();

/**
 * The order in which `all` lists its children's matches (by index), and checks them when the rules
 * carry no order of their own: the specific ones before the generic ones ("promote", "cooperate" ...),
 * by the shape of their patterns (see trialCost).
 */
function listingOrder(pattern: AllNode): number[] {
  let order = listingOrders.get(pattern);
  if (!order) {
    const costs = pattern.children.map(trialCost);
    order = costs.map((_, i) => i).sort((a, b) => (costs[a] as number) - (costs[b] as number) || a - b);
    listingOrders.set(pattern, order);
  }
  return order;
}

interface Placed {
  child: number;
  match: Match;
  first: number;
  last: number;
}

/** `all` within N words: some stretch of N consecutive words holds a match of every child. */
function allWithinWords(pattern: AllNode, words: number, outer: Window, ctx: UnitContext): Match[] {
  // Every child must match somewhere before any word positions are worth computing: most units fail
  // here, and then they are never tokenised.
  const found: Match[][] = new Array<Match[]>(pattern.children.length);
  for (const i of checkOrder(pattern)) {
    const matches = evaluate(pattern.children[i] as CompiledPattern, outer, ctx);
    if (matches.length === 0) return NO_MATCHES;
    found[i] = matches;
  }
  const placed: Placed[] = [];
  const free = new Set<number>(); // children that matched without text (a bare inside) fit anywhere
  found.forEach((childMatches, i) => {
    for (const match of childMatches) {
      if (match.spans.length === 0) {
        free.add(i);
        continue;
      }
      const tokenSpans = match.spans.map((s) => ctx.tokenSpan(s));
      const first = Math.min(...tokenSpans.map((t) => t.first));
      const last = Math.max(...tokenSpans.map((t) => t.last));
      placed.push({ child: i, match, first, last });
    }
  });
  const matches: Match[] = [];
  // The placed matches by first word: the ones of each stretch are found by moving along them, not by
  // reading every match of the unit for every stretch (quadratic on a unit of megabytes).
  const byFirst = placed.map((_, i) => i).sort((a, b) => (placed[a] as Placed).first - (placed[b] as Placed).first || a - b);
  const starts = [...new Set(placed.map((p) => p.first))].sort((a, b) => a - b);
  let from = 0;
  for (const start of starts) {
    while ((placed[byFirst[from] as number] as Placed).first < start) from++;
    const at: number[] = [];
    for (let k = from; k < byFirst.length && (placed[byFirst[k] as number] as Placed).first < start + words; k++) {
      if ((placed[byFirst[k] as number] as Placed).last < start + words) at.push(byFirst[k] as number);
    }
    const inside = at.sort((a, b) => a - b).map((i) => placed[i] as Placed);
    const covered = new Set([...free, ...inside.map((p) => p.child)]);
    if (covered.size < pattern.children.length) continue;
    const stretch = wordStretch(start, words, outer, ctx);
    if (pattern.not && evaluate(pattern.not, stretch, ctx).length > 0) continue;
    matches.push({ spans: inside.flatMap((p) => p.match.spans), focus: inside.flatMap((p) => focusOf(p.match)) });
  }
  return matches;
}

/**
 * How generic a part looks, to try the specific ones first: a regex by its number of literal words
 * (one per alternative), `any` by the sum of its parts, `all` by its most specific part. Terms need the
 * unit's words read, so they come after the regexes; a regex without literals runs wherever it is
 * asked, so it comes last; a bare `inside` or `cites` is a test on the unit, so it comes first.
 */
function trialCost(pattern: CompiledPattern): number {
  switch (pattern.op) {
    case 'regex':
      return pattern.literals ? pattern.literals.length : 1000;
    case 'terms':
      return 100;
    case 'any':
      return pattern.children.reduce((sum, child) => sum + trialCost(child), 0);
    case 'all':
      return Math.min(...pattern.children.map(trialCost));
    case 'inside':
    case 'cites':
      return 0;
  }
}
