import type { Reader } from './reader.js';
import { startsWith } from './text-decode.js';

/**
 * A Word document, read from its XML parts: the main document, and the styles, numbering, footnotes
 * and endnotes it relates to (docx-package.ts). Headings and paragraphs become their own lines,
 * footnotes are kept at the end as numbered items (see docx-text.ts).
 */
export const docxReader: Reader = {
  format: 'docx',
  extensions: ['.docx'],
  label: 'a Word .docx file',
  sniff: isZip,
  recognise: (bytes) => isZip(bytes) && holdsWordDocument(bytes),
  async read(bytes, name) {
    const [{ docxParts, corruptDocx }, { docxText, MalformedPart }] = await loadDocxModules();
    const warnings: string[] = [];
    const lostNotes: string[] = [];
    const docx = docxParts(bytes, name, warnings);
    try {
      // No title from the first heading: drafts often style "Preamble" as Heading 1 and the title as plain text.
      const original = docxText(docx, warnings, lostNotes);
      return {
        original,
        ...(docx.cutShort ? { cutShort: true } : {}),
        ...(lostNotes.length > 0 ? { lostNotes } : {}),
        ...(warnings.length > 0 ? { warnings } : {}),
      };
    } catch (error) {
      if (error instanceof MalformedPart) throw corruptDocx(name, error.message);
      throw error;
    }
  },
};

function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, 'PK\x03\x04');
}

/**
 * Whether a zip holds Word's main document: entry names are stored as they are, in each entry's header
 * and in the directory at the end, so the name is in the bytes whatever the compression (a spreadsheet
 * or an OpenDocument zip has no such entry).
 */
function holdsWordDocument(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(WORD_MAIN_DOCUMENT);
}

const WORD_MAIN_DOCUMENT = Buffer.from('word/document.xml', 'latin1');

let docxModules: Promise<[typeof import('./docx-package.js'), typeof import('./docx-text.js')]> | undefined;

/** The package and Word XML readers (the archive's reader and zlib with them), loaded with the first .docx: a run that reads none does not load them. */
function loadDocxModules(): Promise<[typeof import('./docx-package.js'), typeof import('./docx-text.js')]> {
  return (docxModules ??= Promise.all([import('./docx-package.js'), import('./docx-text.js')]));
}
