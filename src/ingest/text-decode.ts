import { Buffer, isAscii, isUtf8 } from 'node:buffer';
import { UserError } from '../errors.js';

/**
 * Decodes a text file: UTF-8 (BOM dropped), UTF-16 with a BOM or without one, else Windows-1252 for
 * legacy files. Bytes that are mostly UTF-8 stay UTF-8: a few stray bytes are replaced by U+FFFD and
 * told to `warnings`, rather than turning every accented letter of the file into two wrong ones; NUL
 * bytes strewn in a text (a careless tool, a damaged copy) are dropped and told too. Bytes that do not
 * decode to text (random data, a binary file) are refused.
 */
export function decodeText(bytes: Uint8Array, name: string, warnings?: string[]): string {
  const text = decodeBytes(bytes, warnings);
  const share = controlShare(text);
  if (share > MAX_CONTROL_SHARE) {
    throw new UserError(`is not a text file (${Math.round(share * 100)}% of its first characters are control codes or invalid bytes)`, name);
  }
  return holdsZeroByte(bytes) ? withoutNuls(text, warnings) : text;
}

/**
 * Whether any byte is 0: in every encoding read here a NUL character is written with a zero byte, so
 * bytes without one decode to a text without one. The bytes are searched natively (memchr), many
 * times faster than the decoded text, which is two bytes a character once it holds a curly quote.
 */
function holdsZeroByte(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) >= 0;
}

/** The text without its NUL characters, which no text holds and the readers would keep as letters. */
function withoutNuls(text: string, warnings: string[] | undefined): string {
  if (!text.includes('\0')) return text;
  const kept = text.replaceAll('\0', '');
  const dropped = text.length - kept.length;
  warnings?.push(`${dropped} NUL byte${dropped === 1 ? '' : 's'} dropped (no text holds one)`);
  return kept;
}

/** Above this share of control codes among the first characters, the bytes are not text. */
const MAX_CONTROL_SHARE = 0.01;
const SAMPLE_CHARS = 65_536;

function decodeBytes(bytes: Uint8Array, warnings: string[] | undefined): string {
  const bom = byteOrderMark(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return new TextDecoder(bom).decode(bytes.subarray(2));
  const unmarked = unmarkedUtf16(bytes);
  if (unmarked) return new TextDecoder(unmarked).decode(bytes);
  const start = bom === 'utf-8' ? 3 : 0;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start);
  // Bytes that are all ASCII read the same as Latin-1, which is copied where UTF-8 is decoded (five times faster).
  if (isAscii(body)) return body.toString('latin1');
  // isUtf8 + toString is the native fast path; a strict TextDecoder costs several times more on large files.
  if (isUtf8(body)) return body.toString('utf8');
  const { valid, invalid } = countUtf8Sequences(body);
  if (valid <= invalid) return decodeWindows1252(body);
  warnings?.push(`${invalid} byte${invalid === 1 ? ' is' : 's are'} not valid UTF-8; read as UTF-8 with ${invalid === 1 ? 'it' : 'each'} replaced by \uFFFD`);
  return body.toString('utf8');
}

export type ByteOrderMark = 'utf-8' | 'utf-16le' | 'utf-16be';

function byteOrderMark(bytes: Uint8Array): ByteOrderMark | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  return undefined;
}

/**
 * The first bytes as text, BOM honoured (UTF-16 included), for signatures that are text (XML, HTML).
 * Invalid bytes become U+FFFD, which no signature contains.
 */
export function headText(bytes: Uint8Array, length = 1024): string {
  const bom = byteOrderMark(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return new TextDecoder(bom).decode(bytes.subarray(2, 2 + 2 * length));
  return new TextDecoder().decode(bytes.subarray(bom ? 3 : 0, length));
}

/**
 * Well-formed multi-byte UTF-8 sequences and bytes that are not part of one. Latin-1 text has almost no
 * valid sequences (an accented letter is followed by an ASCII one); UTF-8 text with a stray byte has many.
 */
function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** Windows-1252's 0x80–0x9F (the rest is Latin-1); the five unassigned bytes stay C1 control codes. */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 by table: TextDecoder's 'windows-1252' is not the same on every Node build (small-ICU builds give C1 controls). */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}

/**
 * The characters up to the next control code (other than tab, line and page breaks) or U+FFFD. Sticky
 * and greedy: V8 reads a run of a class in one tight loop, where a search for the class starts a match
 * at each position (0.83x the instructions over the corpus's samples); texts hold almost none.
 */
const UP_TO_CONTROL = /[^\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]*/y;

/** The share of control codes (other than tab, line and page breaks) and U+FFFD among the first characters. */
function controlShare(text: string): number {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (sample.length === 0) return 0;
  let controls = 0;
  for (let at = 0; ; at++) {
    UP_TO_CONTROL.lastIndex = at;
    UP_TO_CONTROL.test(sample);
    at = UP_TO_CONTROL.lastIndex;
    if (at >= sample.length) break;
    controls++;
  }
  return controls / sample.length;
}

/** How many bytes from the start tell UTF-16 without a BOM. */
const UTF16_SAMPLE_BYTES = 8192;
/** Below this many two-byte units, a pattern of NULs tells nothing (four bytes of junk can show one). */
const UTF16_FEWEST_LETTERS = 32;

/**
 * UTF-16 written without a BOM: text in the Latin script has a NUL in every other byte (the high byte
 * of each letter: odd bytes in little-endian, even ones in big-endian) and almost none in the others.
 * A binary file's NULs fall on both sides; a text with a few stray NULs has them on neither.
 */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(Math.min(bytes.length, UTF16_SAMPLE_BYTES) / 2);
  if (pairs < UTF16_FEWEST_LETTERS) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNuls++;
    if (bytes[2 * i + 1] === 0) oddNuls++;
  }
  const most = pairs * 0.7;
  const few = pairs * 0.02;
  if (oddNuls >= most && evenNuls <= few) return 'utf-16le';
  if (evenNuls >= most && oddNuls <= few) return 'utf-16be';
  return undefined;
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
