import { extname } from 'node:path';
import { UserError } from '../errors.js';
import { docxReader } from './docx.js';
import { foreignFormatProblem } from './foreign-formats.js';
import { htmlReader } from './html.js';
import { markdownReader } from './markdown.js';
import { pdfReader } from './pdf.js';
import type { Reader } from './reader.js';
import { describeStart } from './text-decode.js';
import { textReader } from './text.js';
import { totaReader } from './tota-reader.js';

/** Every reader; the ones with a signature come first, so that sniffing tries them first. */
export const READERS: readonly Reader[] = [pdfReader, docxReader, totaReader, htmlReader, markdownReader, textReader];

/** File-name endings culturescan reads, lower case with the dot. */
export const SUPPORTED_EXTENSIONS: readonly string[] = READERS.flatMap((reader) => reader.extensions);

/** The reader whose signature the bytes carry, if any. */
export function sniffReader(bytes: Uint8Array): Reader | undefined {
  return READERS.find((reader) => reader.sniff?.(bytes));
}

/**
 * The reader for a file. A format no reader takes is named from its content first, whatever the file
 * is called (foreign-formats); then the reader is chosen by its extension and checked against its
 * content. A binary format must carry its signature, and a file whose content is plainly another
 * format is reported with both names, rather than read as garbage.
 */
export function chooseReader(bytes: Uint8Array, name: string): Reader {
  const foreign = foreignFormatProblem(bytes);
  if (foreign) throw new UserError(foreign, name);
  const extension = extname(name).toLowerCase();
  const reader = READERS.find((r) => r.extensions.includes(extension));
  if (!reader) {
    const known = SUPPORTED_EXTENSIONS.join(', ');
    const what = extension ? `unsupported file type '${extension}'` : 'has no file extension to tell its format';
    throw new UserError(`${what}; culturescan reads ${known}`, name);
  }
  const refusal = reader.refusal?.(bytes);
  if (refusal) throw new UserError(refusal, name);
  const sniffed = sniffReader(bytes);
  if (sniffed === reader) return reader;
  if (sniffed && sniffed.format !== 'html') {
    throw new UserError(`is named like ${reader.label} but its content is ${sniffed.label}; rename it to ${sniffed.extensions[0]}`, name);
  }
  if (reader.sniff && reader.format !== 'html' && bytes.length > 0) {
    throw new UserError(`is not ${reader.label} (it starts with ${describeStart(bytes)})`, name);
  }
  return reader;
}
