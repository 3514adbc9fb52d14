import { UserError } from '../errors.js';
import { joinPages } from './pdf-furniture.js';
import type { Reader } from './reader.js';
import { startsWith } from './text-decode.js';

/** Fewer letters than this per page, on average, means the pages are pictures (a scan without OCR). */
const MIN_LETTERS_PER_PAGE = 20;

/** A PDF, page by page through pdf-parse (the only importer of it), without running headers, footers and page numbers. */
export const pdfReader: Reader = {
  format: 'pdf',
  extensions: ['.pdf'],
  label: 'a PDF',
  sniff: (bytes) => startsWith(bytes, '%PDF-'),
  async read(bytes, name) {
    const pageTexts = await extractPages(bytes, name);
    const letters = pageTexts.reduce((sum, text) => sum + (text.match(/\p{L}/gu)?.length ?? 0), 0);
    if (letters < MIN_LETTERS_PER_PAGE * Math.max(1, pageTexts.length)) {
      throw new UserError(
        `has no text layer (${pageTexts.length} page(s) of images, as a scanner makes them); run OCR on it first, e.g. ocrmypdf`,
        name,
      );
    }
    return joinPages(pageTexts);
  },
};

async function extractPages(bytes: Uint8Array, name: string): Promise<string[]> {
  // Loaded on first use: pdf.js and its canvas binding take a fifth of a second to load, which every
  // scan of XML or text files (and every scan worker) would otherwise pay for nothing.
  const { PDFParse, VerbosityLevel } = await import('pdf-parse');
  // pdf.js may take over (detach) the buffer it is given, so it gets a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS });
  try {
    const result = await parser.getText();
    return result.pages.map((page) => page.text);
  } catch (error) {
    throw new UserError(describeFailure(error), name);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** pdf-parse's exception classes, told apart by name (they cross a worker boundary). */
function describeFailure(error: unknown): string {
  const kind = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (kind === 'PasswordException') {
    return 'is encrypted (password-protected); remove the protection first, e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf';
  }
  return `is a corrupt or incomplete PDF (${detail || kind || 'unreadable'})`;
}
