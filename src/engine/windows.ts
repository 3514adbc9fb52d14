import type { Within } from '../rules/schema.js';
import type { Span, UnitContext } from './context.js';

/** Where sub-patterns must all match: one or more ranges of the text (a list item with its lead-in has two). */
export interface Window {
  ranges: Span[];
}

export function contains(window: Window, span: Span): boolean {
  return window.ranges.some((range) => span.start >= range.start && span.end <= range.end);
}

/** Whether a span of the whole unit overlaps the window without lying inside it: it runs across an edge. */
export function crossesEdge(spans: readonly Span[], window: Window): boolean {
  return spans.some((span) => !contains(window, span) && window.ranges.some((range) => span.start < range.end && span.end > range.start));
}

/** The windows of a kind that lie inside `outer` (a window never grows past the one it is evaluated in). */
export function subWindows(within: Within, outer: Window, ctx: UnitContext): Window[] {
  if (within === 'article' || typeof within === 'object') return [outer];
  const segments = within === 'sentence' ? ctx.sentences() : ctx.paragraphs();
  const windows: Window[] = [];
  for (const segment of segments) {
    const own = clip(segment, outer);
    if (own.length === 0) continue;
    const lead = segment.leadIn ? clip(segment.leadIn, outer) : [];
    windows.push({ ranges: [...lead, ...own] });
  }
  return windows;
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
