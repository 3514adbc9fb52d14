import type { Reader } from './reader.js';
import { decodeText } from './text-decode.js';
import { htmlTitle, htmlToText } from './html-text.js';

/** An HTML page: its visible text, one block element per line; the text is the document's original. */
export const htmlReader: Reader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  label: 'an HTML page',
  sniff: (bytes) => /^\s*(?:<!doctype html|<html\b|<\?xml[^>]*>\s*<html\b)/i.test(new TextDecoder().decode(bytes.subarray(0, 512))),
  async read(bytes, name) {
    const html = decodeText(bytes, name);
    return { original: htmlToText(html), title: htmlTitle(html) };
  },
};
