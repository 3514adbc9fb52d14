import { UserError } from '../errors.js';
import { inputLimits } from '../input-limits.js';
import type { Reader } from './reader.js';
import { startsWith } from './text-decode.js';
import { htmlToText } from './html-text.js';
import { zipBombProblem } from './zip-guard.js';

/**
 * A Word document, through mammoth's HTML (not its raw text): headings become their own lines and
 * footnotes are kept, at the end, as numbered items.
 */
export const docxReader: Reader = {
  format: 'docx',
  extensions: ['.docx'],
  label: 'a Word .docx file',
  sniff: (bytes) => startsWith(bytes, 'PK\x03\x04'),
  async read(bytes, name) {
    // Before mammoth, which would inflate a bomb's parts whole (and take the process down with them).
    const bomb = zipBombProblem(bytes, inputLimits());
    if (bomb) throw new UserError(bomb, name);
    // Loaded on first use, like pdf-parse: most scans never meet a .docx.
    const { default: mammoth } = await import('mammoth');
    let html: string;
    try {
      ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new UserError(`is not a readable .docx file (corrupt or not a Word document: ${reason})`, name);
    }
    // No title from the first <h1>: drafts often style "Preamble" as Heading 1 and the title as plain text.
    return { original: htmlToText(html) };
  },
};
