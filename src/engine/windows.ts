import { prefixLength } from '../prefix-length.js';
import type { Within } from '../rules/schema.js';
import type { Span, UnitContext } from './context.js';

/** Where sub-patterns must all match: one or more ranges of the text (a list item with its lead-in has two). */
export interface Window {
  ranges: Span[];
}

function contains(window: Window, span: Span): boolean {
  return window.ranges.some((range) => span.start >= range.start && span.end <= range.end);
}

/*
 * A unit's occurrences of a pattern (terms, regex matches, citations) are sorted by start. A window
 * (a sentence, a stretch of words) finds its own among them by binary search instead of reading the
 * unit's whole list: on a text with no structure (one unit of megabytes, thousands of sentences) a
 * pass over the list per window made a scan quadratic in its matches.
 */

/** The index of the first span that starts at or after `offset`. */
function firstStartingAt(spans: readonly Span[], offset: number): number {
  return prefixLength(spans, (span) => span.start < offset);
}

/** The spans (sorted by start) that lie inside the window, in their order. */
export function spansInside(spans: readonly Span[], window: Window): Span[] {
  const at: number[] = [];
  for (const range of window.ranges) {
    for (let i = firstStartingAt(spans, range.start); i < spans.length && (spans[i] as Span).start < range.end; i++) {
      if ((spans[i] as Span).end <= range.end) at.push(i);
    }
  }
  // The ranges of a window never overlap (a lead-in and its item are two sentences), so no span is taken twice.
  if (window.ranges.length > 1) at.sort((a, b) => a - b);
  return at.map((i) => spans[i] as Span);
}

/** The largest end among spans[0..i], for each i: what says, by binary search, whether an earlier span reaches past an offset. */
const reaches = new WeakMap<readonly Span[], Int32Array>();

function furthestEnds(spans: readonly Span[]): Int32Array {
  let ends = reaches.get(spans);
  if (!ends) {
    ends = new Int32Array(spans.length);
    let furthest = -1;
    spans.forEach((span, i) => ((ends as Int32Array)[i] = furthest = Math.max(furthest, span.end)));
    reaches.set(spans, ends);
  }
  return ends;
}

/**
 * Whether a span of the whole unit (sorted by start) overlaps the window without lying inside it: it
 * runs across an edge. The window's ranges never overlap, so a span that starts before a range and
 * reaches into it lies in no range of the window.
 */
export function crossesEdge(spans: readonly Span[], window: Window): boolean {
  for (const range of window.ranges) {
    const first = firstStartingAt(spans, range.start);
    if (first > 0 && (furthestEnds(spans)[first - 1] as number) > range.start) return true;
    for (let i = first; i < spans.length && (spans[i] as Span).start < range.end; i++) {
      if ((spans[i] as Span).end > range.end && !contains(window, spans[i] as Span)) return true;
    }
  }
  return false;
}

/** The windows of a kind that lie inside `outer` (a window never grows past the one it is evaluated in). */
export function subWindows(within: Within, outer: Window, ctx: UnitContext): Window[] {
  if (within === 'article' || typeof within === 'object') return [outer];
  const segments = within === 'sentence' ? ctx.sentences() : ctx.paragraphs();
  const windows: Window[] = [];
  for (const segment of segmentsOverlapping(segments, outer)) {
    const own = clip(segment, outer);
    if (own.length === 0) continue;
    const lead = segment.leadIn ? clip(segment.leadIn, outer) : [];
    windows.push({ ranges: [...lead, ...own] });
  }
  return windows;
}

/** The segments (in text order, never overlapping) that overlap the window, in their order: a sentence inside a paragraph looks up its own. */
function segmentsOverlapping<S extends Span>(segments: readonly S[], window: Window): S[] {
  if (window.ranges.length === 1 && segments.length > 0) {
    const range = window.ranges[0] as Span;
    const first = segments[0] as S;
    const last = segments[segments.length - 1] as S;
    if (range.start <= first.start && range.end >= last.end) return segments as S[]; // the whole unit: the usual case
  }
  const at = new Set<number>();
  for (const range of window.ranges) {
    // Segments never overlap, so their ends ascend as their starts do: the first that ends after the range starts.
    for (let i = prefixLength(segments, (segment) => segment.end <= range.start); i < segments.length && (segments[i] as Span).start < range.end; i++) at.add(i);
  }
  return [...at].sort((a, b) => a - b).map((i) => segments[i] as S);
}

/** The parts of `span` inside the window's ranges. */
export function clip(span: Span, window: Window): Span[] {
  const parts: Span[] = [];
  for (const range of window.ranges) {
    const start = Math.max(span.start, range.start);
    const end = Math.min(span.end, range.end);
    if (end > start) parts.push({ start, end });
  }
  return parts;
}

/** The window of `words` consecutive words starting at word index `first`, clipped to `outer`. */
export function wordStretch(first: number, words: number, outer: Window, ctx: UnitContext): Window {
  const last = Math.min(first + words - 1, ctx.endToken - 1);
  const span = { start: ctx.tokens.starts[first] as number, end: ctx.tokens.ends[last] as number };
  return { ranges: clip(span, outer) };
}
