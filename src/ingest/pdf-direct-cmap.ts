/**
 * A font's ToUnicode CMap (its `bfchar` and `bfrange` mappings) for the direct PDF reader: character
 * code → the text it stands for, decoded from UTF-16BE as pdf.js decodes it (an odd byte count padded
 * in front, surrogate pairs joined). A CMap that uses another (`usecmap`) or maps to CIDs is declined.
 */
import { decline, PdfKeyword, PdfLexer } from './pdf-direct-syntax.js';

/**
 * The most mappings a ToUnicode CMap may hold here: every two-byte code once, and as many again. A
 * larger one (a range of millions of codes, which pdf.js would build in its own thread under the memory
 * limit) is declined before it is built.
 */
const MAX_MAPPINGS = 2 * 65536;

/** The longest text (in UTF-16 bytes) one code may stand for here. */
const MAX_TARGET_BYTES = 64;

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
  // Mappings made, overlapping ones included: the bound on the work, not only on the map's size.
  let made = 0;
  const count = (codes: number) => {
    made += codes;
    if (made > MAX_MAPPINGS) decline('a ToUnicode CMap with too many mappings');
  };
  const lexer = new PdfLexer(data, 0, data.length, { refs: false });
  const expectString = () => {
    const token = lexer.token();
    return typeof token === 'string' ? token : decline('a ToUnicode mapping that is not a string');
  };
  /** A code's text: a character or a few (a ligature); a longer one is no text of one glyph, and a range of them would be a memory bomb. */
  const target = (bytes: string) => (bytes.length <= MAX_TARGET_BYTES ? bytes : decline('a ToUnicode target too long'));
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
        count(1);
        raw.set(codeOf(source), target(expectString()));
      }
    } else if (token.word === 'beginbfrange') {
      for (;;) {
        const low = lexer.token();
        if (low instanceof PdfKeyword && low.word === 'endbfrange') break;
        if (typeof low !== 'string') return decline('a malformed bfrange');
        const from = codeOf(low);
        const to = codeOf(expectString());
        if (to < from) decline('a bfrange that ends before it begins');
        count(to - from + 1);
        const first = lexer.token();
        if (typeof first === 'string') {
          if (first.length === 0) decline('an empty bfrange target');
          mapRange(raw, from, to, target(first));
        } else if (first instanceof PdfKeyword && first.word === '[') {
          for (let code = from; ; code++) {
            const item = lexer.token();
            if (item instanceof PdfKeyword && item.word === ']') break;
            if (typeof item !== 'string') return decline('a malformed bfrange array');
            if (code <= to) raw.set(code, target(item));
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
