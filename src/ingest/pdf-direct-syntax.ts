/**
 * PDF's object syntax (numbers, strings, names, arrays, dictionaries, references, keywords), read from
 * bytes for the direct PDF reader (pdf-direct.ts): the file's objects, content streams and ToUnicode
 * CMaps. Each value reads as pdf.js reads it, to the bit: numbers are built digit by digit and divided
 * once, as pdf.js builds them, so that positions computed from them are the same doubles. Anything
 * pdf.js would read with a repair or a guess (a malformed number, an unterminated string, a stray
 * byte) is refused with `Declined`, and the PDF goes to pdf.js.
 */

/** Why the direct reader leaves a PDF to pdf.js: something it does not read exactly as pdf.js does. */
export class Declined extends Error {
  override readonly name = 'Declined';
}

export function decline(reason: string): never {
  throw new Declined(reason);
}

export class PdfName {
  constructor(readonly name: string) {}
}

/** A bare keyword: an operator of a content stream, or `obj`, `R`, `stream` and the like in the file. */
export class PdfKeyword {
  constructor(readonly word: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export type PdfValue = number | string | boolean | null | PdfName | PdfRef | PdfValue[] | PdfDict | PdfStream;

export class PdfDict {
  readonly entries = new Map<string, PdfValue>();
}

/** A stream's dictionary and where its raw bytes lie in the file. */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly start: number,
    readonly end: number,
  ) {}
}

/** A closing bracket or other delimiter keyword, told apart from values while reading. */
const CLOSE_ARRAY = new PdfKeyword(']');
const CLOSE_DICT = new PdfKeyword('>>');

/** 1: white space, 2: delimiter (PDF 32000, 7.2.2). */
const CHAR_CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CHAR_CLASS[c] = 1;
for (const c of '()<>[]{}/%') CHAR_CLASS[c.charCodeAt(0)] = 2;

export const isWhiteSpace = (c: number) => CHAR_CLASS[c] === 1;

/** Each byte's value as a hexadecimal digit, -1 where it is none. */
const HEX = new Int8Array(256).fill(-1);
for (let c = 0; c < 10; c++) HEX[0x30 + c] = c;
for (let c = 0; c < 6; c++) HEX[0x41 + c] = HEX[0x61 + c] = 10 + c;
const hexDigit = (c: number): number => HEX[c] ?? -1;

/** Bytes as a string of char codes 0–255, as pdf.js hands strings to its font code. */
export function byteString(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
}

/** Where a string's bytes are gathered before they become one string: strings longer than this are declined. */
const SCRATCH = Buffer.alloc(65536) as Buffer & { latin1Slice(start: number, end: number): string };

/** One object for each keyword: content streams repeat a few dozen operators hundreds of thousands of times. */
const KEYWORDS = new Map<string, PdfKeyword>();
function keyword(word: string): PdfKeyword {
  let found = KEYWORDS.get(word);
  if (!found) {
    found = new PdfKeyword(word);
    if (KEYWORDS.size < 1024) KEYWORDS.set(word, found);
  }
  return found;
}

/** A reader of tokens and values from `bytes`, starting at `pos`. */
export class PdfLexer {
  /** Whether `num gen R` reads as a reference (in the file's objects; content streams and CMaps have none). */
  readonly refs: boolean;

  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
    readonly end = bytes.length,
    options: { refs?: boolean } = {},
  ) {
    this.refs = options.refs ?? true;
  }

  /** Skips white space and comments; the next byte, or -1 at the end. */
  skipSpace(): number {
    const { bytes, end } = this;
    while (this.pos < end) {
      const c = bytes[this.pos]!;
      if (c === 0x25) {
        while (this.pos < end && bytes[this.pos] !== 0x0a && bytes[this.pos] !== 0x0d) this.pos++;
      } else if (CHAR_CLASS[c] === 1) {
        this.pos++;
      } else {
        return c;
      }
    }
    return -1;
  }

  /** The next token: a value other than an array or dictionary, or a keyword (`[`, `<<`, `]`, `>>`, operators); undefined at the end. */
  token(): PdfValue | PdfKeyword | undefined {
    const c = this.skipSpace();
    if (c < 0) return undefined;
    const { bytes } = this;
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) return this.number();
    switch (c) {
      case 0x28:
        return this.literalString();
      case 0x2f:
        return this.nameToken();
      case 0x5b:
        this.pos++;
        return keyword('[');
      case 0x5d:
        this.pos++;
        return CLOSE_ARRAY;
      case 0x3c:
        if (bytes[this.pos + 1] === 0x3c) {
          this.pos += 2;
          return keyword('<<');
        }
        return this.hexString();
      case 0x3e:
        if (bytes[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return CLOSE_DICT;
        }
        return decline('a stray ">"');
    }
    if (CHAR_CLASS[c] === 2) decline(`a stray "${String.fromCharCode(c)}"`);
    if (c < 0x21 || c > 0x7e) decline('a keyword outside printable ASCII');
    const start = this.pos;
    while (this.pos < this.end && CHAR_CLASS[bytes[this.pos]!] === 0) {
      const k = bytes[this.pos]!;
      if (k < 0x21 || k > 0x7e) decline('a keyword outside printable ASCII');
      this.pos++;
    }
    if (this.pos - start > 64) decline('a keyword too long');
    const length = this.pos - start;
    const word = length === 1 ? String.fromCharCode(c) : length === 2 ? String.fromCharCode(c, bytes[start + 1]!) : byteString(bytes, start, this.pos);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return keyword(word);
  }

  /** A number as pdf.js builds it: the digits as one integer, divided once by the power of ten the point calls for. */
  private number(): number {
    const { bytes, end } = this;
    let c = bytes[this.pos]!;
    let sign = 1;
    if (c === 0x2d || c === 0x2b) {
      if (c === 0x2d) sign = -1;
      c = ++this.pos < end ? bytes[this.pos]! : -1;
    }
    let divideBy = 0;
    if (c === 0x2e) {
      divideBy = 10;
      c = ++this.pos < end ? bytes[this.pos]! : -1;
    }
    if (c < 0x30 || c > 0x39) return decline('a malformed number');
    let value = c - 0x30;
    while (++this.pos < end) {
      c = bytes[this.pos]!;
      if (c >= 0x30 && c <= 0x39) {
        if (divideBy !== 0) divideBy *= 10;
        value = value * 10 + (c - 0x30);
      } else if (c === 0x2e) {
        if (divideBy !== 0) decline('a number with two points');
        divideBy = 1;
      } else if (c === 0x2d || c === 0x2b || c === 0x45 || c === 0x65) {
        decline('a number with a sign or exponent inside');
      } else {
        break;
      }
    }
    if (value > Number.MAX_SAFE_INTEGER) decline('a number with too many digits');
    if (divideBy !== 0) value /= divideBy;
    return sign * value;
  }

  private literalString(): string {
    const { bytes, end } = this;
    const out = SCRATCH;
    let length = 0;
    let depth = 1;
    this.pos++;
    while (this.pos < end) {
      if (length >= out.length - 1) decline('a string too long');
      const c = bytes[this.pos++]!;
      if (c === 0x28) {
        depth++;
        out[length++] = c;
      } else if (c === 0x29) {
        if (--depth === 0) return out.latin1Slice(0, length);
        out[length++] = c;
      } else if (c === 0x5c) {
        if (this.pos >= end) break;
        const e = bytes[this.pos++]!;
        switch (e) {
          case 0x6e:
            out[length++] = 0x0a;
            break;
          case 0x72:
            out[length++] = 0x0d;
            break;
          case 0x74:
            out[length++] = 0x09;
            break;
          case 0x62:
            out[length++] = 0x08;
            break;
          case 0x66:
            out[length++] = 0x0c;
            break;
          case 0x0d:
            if (bytes[this.pos] === 0x0a) this.pos++;
            break;
          case 0x0a:
            break;
          default:
            if (e >= 0x30 && e <= 0x37) {
              let x = e & 0x0f;
              for (let digits = 1; digits < 3 && this.pos < end && bytes[this.pos]! >= 0x30 && bytes[this.pos]! <= 0x37; digits++) x = (x << 3) + (bytes[this.pos++]! & 0x0f);
              if (x > 0xff) decline('an octal escape above 255');
              out[length++] = x;
            } else {
              out[length++] = e;
            }
        }
      } else {
        out[length++] = c;
      }
    }
    return decline('an unterminated string');
  }

  private hexString(): string {
    const { bytes, end } = this;
    const out = SCRATCH;
    let length = 0;
    let first = -1;
    this.pos++;
    while (this.pos < end) {
      const c = bytes[this.pos++]!;
      if (c === 0x3e) {
        if (first !== -1) out[length++] = first << 4;
        return out.latin1Slice(0, length);
      }
      const digit = HEX[c]!;
      if (digit < 0 && CHAR_CLASS[c] === 1) continue;
      if (digit < 0) decline('a hex string with a stray character');
      if (first === -1) first = digit;
      else {
        if (length >= out.length - 1) decline('a string too long');
        out[length++] = (first << 4) | digit;
        first = -1;
      }
    }
    return decline('an unterminated hex string');
  }

  private nameToken(): PdfName {
    const { bytes, end } = this;
    const out: number[] = [];
    this.pos++;
    while (this.pos < end && CHAR_CLASS[bytes[this.pos]!] === 0) {
      const c = bytes[this.pos++]!;
      if (c === 0x23) {
        const high = hexDigit(bytes[this.pos] ?? -1);
        const low = hexDigit(bytes[this.pos + 1] ?? -1);
        if (high < 0 || low < 0) decline('a name with a malformed # escape');
        out.push((high << 4) | low);
        this.pos += 2;
      } else {
        out.push(c);
      }
      if (out.length > 127) decline('a name too long');
    }
    return new PdfName(String.fromCharCode(...out));
  }

  /**
   * A whole value: arrays and dictionaries read to their end, `num gen R` read as a reference (in the
   * file's objects; a content stream has none). A keyword other than those is returned as it is.
   */
  value(depth = 0): PdfValue | PdfKeyword | undefined {
    if (depth > 32) decline('values nested too deep');
    const token = this.token();
    if (token instanceof PdfKeyword) {
      if (token.word === '[') {
        const array: PdfValue[] = [];
        for (;;) {
          const item = this.value(depth + 1);
          if (item === CLOSE_ARRAY) return array;
          if (item === undefined || item instanceof PdfKeyword) return decline('an array with a keyword inside or no end');
          array.push(item);
        }
      }
      if (token.word === '<<') {
        const dict = new PdfDict();
        for (;;) {
          const key = this.token();
          if (key === CLOSE_DICT) return dict;
          if (!(key instanceof PdfName)) return decline('a dictionary key that is not a name');
          const item = this.value(depth + 1);
          if (item === undefined || item instanceof PdfKeyword) return decline('a dictionary value that is a keyword');
          dict.entries.set(key.name, item);
        }
      }
      return token;
    }
    if (this.refs && typeof token === 'number' && Number.isInteger(token) && token >= 0) {
      // `num gen R`: looked ahead without consuming unless it is one.
      const at = this.pos;
      const second = this.peekInteger();
      if (second !== undefined) {
        const afterSecond = this.pos;
        if (this.skipSpace() === 0x52 && CHAR_CLASS[this.bytes[this.pos + 1] ?? 0x20] !== 0) {
          this.pos++;
          return new PdfRef(token, second);
        }
        this.pos = afterSecond;
      }
      this.pos = at;
    }
    return token;
  }

  /** A plain non-negative integer next (moving past it), else undefined (staying put). */
  private peekInteger(): number | undefined {
    const at = this.pos;
    const c = this.skipSpace();
    if (c < 0x30 || c > 0x39) {
      this.pos = at;
      return undefined;
    }
    let value = 0;
    while (this.pos < this.end && this.bytes[this.pos]! >= 0x30 && this.bytes[this.pos]! <= 0x39) value = value * 10 + (this.bytes[this.pos++]! - 0x30);
    if (this.pos < this.end && CHAR_CLASS[this.bytes[this.pos]!] === 0) {
      this.pos = at;
      return undefined;
    }
    return value;
  }
}
