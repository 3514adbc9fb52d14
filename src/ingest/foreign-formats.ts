import { startsWith } from './text-decode.js';

/**
 * Document formats culturescan does not read, recognised from their first bytes whatever the file is
 * called, so that a draft in one of them — a Word 97–2003 file renamed .docx, an .odt, an RTF piped
 * in — is named for what it is, with the way to convert it, instead of being read as text or called
 * corrupt.
 */

/**
 * The endings of the document formats below. A folder walk hands their files to the reader all the
 * same, so that each is named with the way to convert it instead of being passed over in silence.
 */
export const FOREIGN_DOCUMENT_EXTENSIONS: readonly string[] = ['.doc', '.dot', '.odt', '.rtf'];

const SAVE_AS_DOCX = 'save it as .docx (in Word or LibreOffice, or soffice --headless --convert-to docx FILE)';

/** The signature of a Microsoft compound file (OLE), the container of .doc files and of password-protected Office files. */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The problem to report for a file in a format no reader takes, or undefined when it is none of them. */
export function foreignFormatProblem(bytes: Uint8Array): string | undefined {
  if (COMPOUND_FILE_SIGNATURE.every((byte, i) => bytes[i] === byte)) return compoundFileProblem(bytes);
  if (startsWith(bytes, '{\\rtf')) return `is a Rich Text Format (RTF) document, which culturescan does not read: ${SAVE_AS_DOCX}`;
  const openDocument = openDocumentType(bytes);
  if (openDocument === 'text') return `is an OpenDocument text (.odt), which culturescan does not read: ${SAVE_AS_DOCX}`;
  if (openDocument !== undefined) return `is an OpenDocument file (${openDocument}), not an agreement culturescan reads: save it as .docx, .pdf or .txt`;
  return undefined;
}

/**
 * A compound file is named by the streams its directory lists (names in UTF-16): Office's encryption
 * keeps the whole document in one stream, EncryptedPackage; a Word 97–2003 document has WordDocument.
 */
function compoundFileProblem(bytes: Uint8Array): string {
  const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (content.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
    return 'is password-protected (an encrypted Office file): open it, remove the password and save it again as .docx';
  }
  if (content.includes(Buffer.from('WordDocument', 'utf16le'))) return `is a Word 97–2003 document (.doc), which culturescan does not read: ${SAVE_AS_DOCX}`;
  return `is an older Microsoft Office file (a compound file, not .docx): ${SAVE_AS_DOCX}`;
}

/**
 * An OpenDocument package is a zip whose first entry is `mimetype`, stored uncompressed: its content
 * (`application/vnd.oasis.opendocument.text`) follows the entry's 30-byte header and name.
 */
function openDocumentType(bytes: Uint8Array): string | undefined {
  const mimetypeAt = 30 + 'mimetype'.length;
  if (!startsWith(bytes, 'PK\x03\x04') || !startsWith(bytes.subarray(30), 'mimetype')) return undefined;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset + mimetypeAt, Math.max(0, Math.min(80, bytes.length - mimetypeAt))).toString('latin1');
  return /^application\/vnd\.oasis\.opendocument\.([a-z-]+)/.exec(head)?.[1];
}
