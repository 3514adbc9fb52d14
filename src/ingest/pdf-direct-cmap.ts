/**
 * A font's ToUnicode CMap (its `bfchar` and `bfrange` mappings) for the direct PDF reader: character
 * code → the text it stands for, decoded from UTF-16BE as pdf.js decodes it (an odd byte count padded
 * in front, surrogate pairs joined). A CMap that uses another (`usecmap`) or maps to CIDs is declined.
 */
import { decline, PdfKeyword, PdfLexer } from './pdf-direct-syntax.js';

/** Wider ranges than this are not real mappings (readers refuse them too). */
const MAX_RANGE = 2 ** 24 - 1;

/** A source code's bytes as one integer, big-endian. */
function codeOf(bytes: string): number {
  let code = 0;
  for (let i = 0; i < bytes.length; i++) code = code * 256 + bytes.charCodeAt(i);
  return code;
}

/** The UTF-16BE bytes of a destination as text. */
function decodeUtf16(bytes: string): string {
  const padded = bytes.length % 2 === 0 ? bytes : `\u0000${bytes}`;
  const points: number[] = [];
  for (let k = 0; k < padded.length; k += 2) {
    const unit = (padded.charCodeAt(k) << 8) | padded.charCodeAt(k + 1);
    if ((unit & 0xf800) !== 0xd800) {
      points.push(unit);
      continue;
    }
    k += 2;
    const low = (padded.charCodeAt(k) << 8) | padded.charCodeAt(k + 1);
    points.push(((unit & 0x3ff) << 10) + (low & 0x3ff) + 0x10000);
  }
  return String.fromCodePoint(...points);
}

/** The mappings of a ToUnicode CMap's data, by character code. */
export function readToUnicode(data: Uint8Array): Map<number, string> {
  const raw = new Map<number, string>();
  const lexer = new PdfLexer(data, 0, data.length, { refs: false });
  const expectString = () => {
    const token = lexer.token();
    return typeof token === 'string' ? token : decline('a ToUnicode mapping that is not a string');
  };
  for (;;) {
    const token = lexer.token();
    if (token === undefined) break;
    if (!(token instanceof PdfKeyword)) continue;
    if (token.word === 'usecmap' || token.word === 'begincidchar' || token.word === 'begincidrange') decline(`a ToUnicode CMap with ${token.word}`);
    if (token.word === 'beginbfchar') {
      for (;;) {
        const source = lexer.token();
        if (source instanceof PdfKeyword && source.word === 'endbfchar') break;
        if (typeof source !== 'string') return decline('a malformed bfchar');
        raw.set(codeOf(source), expectString());
      }
    } else if (token.word === 'beginbfrange') {
      for (;;) {
        const low = lexer.token();
        if (low instanceof PdfKeyword && low.word === 'endbfrange') break;
        if (typeof low !== 'string') return decline('a malformed bfrange');
        const from = codeOf(low);
        const to = codeOf(expectString());
        if (to - from > MAX_RANGE) decline('a bfrange too wide');
        const target = lexer.token();
        if (typeof target === 'string') {
          if (target.length === 0) decline('an empty bfrange target');
          mapRange(raw, from, to, target);
        } else if (target instanceof PdfKeyword && target.word === '[') {
          for (let code = from; ; code++) {
            const item = lexer.token();
            if (item instanceof PdfKeyword && item.word === ']') break;
            if (typeof item !== 'string') return decline('a malformed bfrange array');
            if (code <= to) raw.set(code, item);
          }
        } else {
          return decline('a malformed bfrange');
        }
      }
    }
  }
  const map = new Map<number, string>();
  for (const [code, bytes] of raw) map.set(code, decodeUtf16(bytes));
  return map;
}

/** A range whose targets count up from `first` in its last byte, carrying into the byte before as readers do. */
function mapRange(raw: Map<number, string>, from: number, to: number, first: string): void {
  const last = first.length - 1;
  let target = first;
  for (let code = from; code <= to; code++) {
    raw.set(code, target);
    const next = target.charCodeAt(last) + 1;
    if (next > 0xff) {
      if (last < 1) decline('a bfrange that carries past its one byte');
      target = `${target.substring(0, last - 1)}${String.fromCharCode(target.charCodeAt(last - 1) + 1)}\u0000`;
      continue;
    }
    target = target.substring(0, last) + String.fromCharCode(next);
  }
}
