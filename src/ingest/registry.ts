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
const READERS: readonly Reader[] = [pdfReader, docxReader, totaReader, htmlReader, markdownReader, textReader];

/** File-name endings culturescan reads, lower case with the dot. */
export const SUPPORTED_EXTENSIONS: readonly string[] = READERS.flatMap((reader) => reader.extensions);

/** The reader whose format the bytes show, if any: beyond doubt, or by a signature. */
export function sniffReader(bytes: Uint8Array): Reader | undefined {
  return READERS.find((reader) => reader.recognise?.(bytes) || reader.sniff?.(bytes));
}

/** The reader whose format the bytes are beyond doubt, whatever the file is called. */
export function recognisedReader(bytes: Uint8Array): Reader | undefined {
  return READERS.find((reader) => reader.recognise?.(bytes));
}

/**
 * The reader for a file. A format no reader takes is named from its content first, whatever the file
 * is called (foreign-formats); so is a format a reader takes when its bytes say it beyond doubt (a
 * .docx saved as .doc, a PDF downloaded as .txt): the content, not the name, says how to read it.
 * Otherwise the reader is chosen by its extension and checked against its content: a binary format
 * must carry its signature rather than be read as garbage.
 */
export function chooseReader(bytes: Uint8Array, name: string): Reader {
  const foreign = foreignFormatProblem(bytes);
  if (foreign) throw new UserError(foreign, name);
  const reader = recognisedReader(bytes) ?? readerOfName(name);
  const refusal = reader.refusal?.(bytes);
  if (refusal) throw new UserError(refusal, name);
  if (reader.sniff && !reader.sniff(bytes) && bytes.length > 0) {
    throw new UserError(`is not ${reader.label} (it starts with ${describeStart(bytes)})`, name);
  }
  return reader;
}

function readerOfName(name: string): Reader {
  const extension = extname(name).toLowerCase();
  const reader = READERS.find((r) => r.extensions.includes(extension));
  if (reader) return reader;
  const known = SUPPORTED_EXTENSIONS.join(', ');
  const what = extension ? `unsupported file type '${extension}'` : 'has no file extension to tell its format';
  throw new UserError(`${what}; culturescan reads ${known}`, name);
}
