import { UserError } from '../errors.js';
import type { Reader } from './reader.js';
import { decodeText, headText } from './text-decode.js';

/** A page that opens as one: a doctype, or the html element after an XML declaration. */
const isHtmlPage = (bytes: Uint8Array) => /^\s*(?:<!doctype html|<html\b|<\?xml[^>]*>\s*<html\b)/i.test(headText(bytes, 512));

/** An HTML page: its visible text, one block element per line; the text is the document's original. */
export const htmlReader: Reader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  label: 'an HTML page',
  // No signature is required: a fragment of markup saved as .html is read all the same.
  recognise: isHtmlPage,
  async read(bytes, name) {
    const { framedPages, htmlTitle, htmlToText } = await loadHtmlText();
    const warnings: string[] = [];
    const html = decodeText(bytes, name, warnings);
    const original = htmlToText(html);
    const frames = framedPages(html);
    const shown = frames.slice(0, FRAMES_NAMED).join(', ') + (frames.length > FRAMES_NAMED ? ', …' : '');
    const visible = /\S/.test(original);
    if (!visible && frames.length > 0) throw new UserError(`has no text of its own: it shows other pages in frames (${shown}), which culturescan does not fetch: save and scan those`, name);
    // Said here, where the markup is known: the generic "contains no text" would suggest an empty file.
    if (!visible && /\S/.test(html)) throw new UserError('has no visible text (it is all markup: tags, scripts or styles)', name);
    if (frames.length > 0) warnings.push(`shows another page in a frame (${shown}), whose text culturescan does not fetch: save and scan it too`);
    return { original, title: htmlTitle(html), warnings };
  },
};

/** How many framed pages a message names. */
const FRAMES_NAMED = 3;

let htmlText: Promise<typeof import('./html-text.js')> | undefined;

/** The markup reader, loaded with the first HTML file: a run that reads none does not load it. */
function loadHtmlText(): Promise<typeof import('./html-text.js')> {
  return (htmlText ??= import('./html-text.js'));
}
