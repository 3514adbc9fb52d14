import type { Language, OutlineNode, PageSpan } from '../model.js';

/** Options for reading an outline out of plain text. */
export interface OutlineOptions {
  language: Language;
  /** Pages of a paginated source, to stamp each node with its page. */
  pages: PageSpan[];
}

/** Detects the outline (preamble, parts, chapters, sections, articles, paragraphs, annexes, footnotes) of normalised text. */
export function buildOutline(_text: string, _options: OutlineOptions): OutlineNode[] {
  return []; // placeholder until the detector lands
}
