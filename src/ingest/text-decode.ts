import { Buffer, isUtf8 } from 'node:buffer';
import { UserError } from '../errors.js';

/** Decodes a text file: UTF-8 (BOM dropped), UTF-16 with a BOM, else Windows-1252 for legacy files. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw new UserError('is not a text file (it holds binary data)', name);
  // isUtf8 + toString is the native fast path; a strict TextDecoder costs several times more on large files.
  if (!isUtf8(bytes)) return new TextDecoder('windows-1252').decode(bytes);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString('utf8');
}

/** NUL bytes never occur in text files; look at the first 8 KB only. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/** The first bytes as printable text, for messages ("it starts with …"). */
export function describeStart(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 24)).replace(/[^\x20-\x7e]/g, '.');
  return head.length ? `'${head}${bytes.length > 24 ? '…' : ''}'` : 'nothing';
}

/** Whether `bytes` begin with `prefix` (ASCII). */
export function startsWith(bytes: Uint8Array, prefix: string): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}
