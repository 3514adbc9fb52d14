import { MappedTextBuilder, type MappedText } from './offset-map.js';
import type { Reader } from './reader.js';
import { decodeText } from './text-decode.js';

/** Markdown: the markup is removed through the offset map, so excerpts map back into the .md file. */
export const markdownReader: Reader = {
  format: 'md',
  extensions: ['.md', '.markdown'],
  label: 'a Markdown file',
  async read(bytes, name) {
    const warnings: string[] = [];
    const original = decodeText(bytes, name, warnings);
    return { original, stripped: stripMarkdown(original), warnings };
  },
};

/** Whole lines that are only markup: code fences, rules, setext underlines, link definitions. */
const MARKUP_LINE = /^ {0,3}(?:`{3,}.*|~{3,}.*|(?:[-*_] *){3,}|=+ *|\[[^\]]+\]:\s+\S.*)$/;
/** Markup that opens a line: heading marks, quote marks, bullets. */
const LINE_PREFIX = /^ {0,3}(?:#{1,6}(?=\s|$)\s*|(?:> ?)+|[-*+]\s+)/;
/** Closing marks of an ATX heading: "## Title ##". */
const HEADING_CLOSE = /\s+#+\s*$/;

/**
 * Images (dropped), links (their text kept), code spans, strong and emphasis (their content kept),
 * backslash escapes. `_` counts only at word edges, so snake_case names survive. The content of
 * strong or emphasis never runs past its own delimiter: each opener looks only as far as the next
 * one, so a line of unclosed `**` costs linear time, not a scan to the line's end from each of them.
 */
const INLINE =
  /!\[[^\]]*\]\([^)]*\)|\[([^\]]+)\]\([^)]*\)|`([^`]+)`|(\*\*|__)(?=\S)((?:(?!\3).)*?\S)\3|(?<![\p{L}\p{N}_*])(\*|_)(?=\S)((?:(?!\5).)*?\S)\5(?![\p{L}\p{N}_])|\\([\\`*_{}[\]()#+\-.!>])/dgu;

/** The text of a Markdown document without its markup, mapped to the source. */
export function stripMarkdown(source: string): MappedText {
  const out = new MappedTextBuilder();
  let start = 0;
  while (start <= source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    const line = source.slice(start, end);
    if (!MARKUP_LINE.test(line)) {
      const prefix = LINE_PREFIX.exec(line)?.[0].length ?? 0;
      const heading = /^ {0,3}#/.test(line);
      const close = heading ? (HEADING_CLOSE.exec(line)?.index ?? line.length) : line.length;
      stripInline(source, start + prefix, start + Math.max(prefix, close), out);
    }
    if (newline < 0) break;
    out.copy(source, end, end + 1);
    start = end + 1;
  }
  return out.build();
}

function stripInline(source: string, from: number, to: number, out: MappedTextBuilder): void {
  let done = from;
  for (const m of source.slice(from, to).matchAll(INLINE)) {
    const at = from + m.index;
    out.copy(source, done, at);
    done = at + m[0].length;
    const content = [1, 2, 4, 6, 7].find((group) => m.indices![group]);
    if (content === undefined) continue; // an image
    const [s, e] = m.indices![content]!;
    if (content === 2 || content === 7) out.copy(source, from + s, from + e);
    else stripInline(source, from + s, from + e, out);
  }
  out.copy(source, done, to);
}
