import { loadPdfParse, type PdfLibrary } from './pdf-library.js';

/**
 * The text of each page of a PDF through pdf-parse, in whichever thread calls it:
 * pdf-reader-worker.ts runs it in a thread of its own, under memory and time limits.
 */

/** A failure that crosses a thread boundary as plain data: pdf-parse's exception class name and message. */
export interface PdfFailure {
  kind: string;
  message: string;
}

export async function extractPageTexts(bytes: Uint8Array): Promise<string[] | PdfFailure> {
  const { parser, close } = await openForText(bytes);
  try {
    const result = await parser.getText();
    return result.pages.map((page) => page.text);
  } catch (error) {
    return { kind: error instanceof Error ? error.name : '', message: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) };
  } finally {
    await close();
  }
}

/** A parser of the PDF set up to read its text alone, in this thread; `close` ends it and its worker half. */
export async function openForText(bytes: Uint8Array): Promise<{ parser: InstanceType<PdfLibrary['PDFParse']>; close: () => Promise<void> }> {
  // Loaded on first use: pdf.js takes a tenth of a second to load, which every scan of XML or text
  // files (and every scan worker) would otherwise pay for nothing.
  const { PDFParse, VerbosityLevel, sameThreadWorker } = await loadPdfParse();
  const worker = sameThreadWorker(VerbosityLevel.ERRORS);
  const parser = new PDFParse({
    worker,
    data: new Uint8Array(bytes), // pdf.js may take over (detach) the buffer it is given, so it gets a copy
    verbosity: VerbosityLevel.ERRORS,
    // Only text is read: no font faces, font programs compiled to code, image decoders or canvases.
    disableFontFace: true,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
  });
  const close = async () => {
    await parser.destroy().catch(() => undefined);
    worker.destroy();
  };
  return { parser, close };
}
