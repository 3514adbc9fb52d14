import type { Language } from '../model.js';
import { splitLines } from '../structure/lines.js';
import { findRunningLines } from '../structure/running-lines.js';
import { detectLanguage } from './language.js';
import { blankMarginLineNumbers } from './margin-line-numbers.js';
import { identityMap, MappedTextBuilder, type MappedText } from './offset-map.js';
import type { Reader } from './reader.js';
import { decodeText } from './text-decode.js';

/**
 * Plain text: read as it is; the structure stage finds the outline. A text with form feeds (a PDF's text
 * layer saved by pdftotext, a printer's file) has pages: each form feed starts one.
 */
export const textReader: Reader = {
  format: 'txt',
  extensions: ['.txt', '.text'],
  label: 'a plain-text file',
  async read(bytes, name) {
    const warnings: string[] = [];
    const original = decodeText(bytes, name, warnings);
    const pageStarts = original.includes('\f') ? formFeedPages(original) : [];
    // The running heads are read as headings in the language the outline reads the text in: one for both.
    const language = detectLanguage(original);
    // Line numbers in the margin are blanked one character for one: the offsets into the original hold.
    const unnumbered = blankMarginLineNumbers(original);
    const stripped = withoutRunningLines(unnumbered ?? original, pageStarts, language) ?? (unnumbered === undefined ? undefined : { text: unnumbered, map: identityMap() });
    return { original, ...(pageStarts.length > 0 ? { pageStarts } : {}), language, ...(stripped ? { stripped } : {}), warnings };
  },
};

/**
 * The text without its running heads and feet (running-lines.ts), each left as an empty line, so that
 * their words are read into no article; undefined when it has none.
 */
function withoutRunningLines(text: string, pageStarts: readonly number[], language: Language): MappedText | undefined {
  // A form feed breaks the line it stands in, as normalisation will read it (normalize.ts): the words
  // after it are the next page's first line, a running head among them. One character for one, the offsets hold.
  const lines = splitLines(pageStarts.length > 0 ? text.replaceAll('\f', '\n') : text);
  const running = findRunningLines(lines, pageStarts, language);
  if (running.size === 0) return undefined;
  const out = new MappedTextBuilder();
  let from = 0;
  for (const i of [...running].sort((a, b) => a - b)) {
    out.copy(text, from, lines[i]!.start);
    from = lines[i]!.end;
  }
  out.copy(text, from, text.length);
  return out.build();
}

/** Where each page of a text paginated by form feeds begins (a form feed ending the text starts no page). */
function formFeedPages(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\f'); at !== -1 && at + 1 < text.length; at = text.indexOf('\f', at + 1)) starts.push(at + 1);
  return starts;
}
