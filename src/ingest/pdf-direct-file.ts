/**
 * A PDF file's objects for the direct PDF reader: the cross-reference tables and streams (following
 * `/Prev` and `/XRefStm` as pdf.js does, the first entry seen for an object winning), objects in object
 * streams, and stream data through Flate (node:zlib) with PNG predictors. Every inflated byte counts
 * against one budget, so that a stream that inflates without bound is declined early and left to the
 * PDF thread, which has the memory and time limits. An encrypted file, a broken cross-reference, an
 * object not where its entry says, a filter other than Flate: declined.
 */
import { inflateSync } from 'node:zlib';
import { decline, PdfDict, PdfKeyword, PdfLexer, PdfName, PdfRef, PdfStream, type PdfValue } from './pdf-direct-syntax.js';

type Entry = { kind: 'free' } | { kind: 'plain'; offset: number; gen: number } | { kind: 'packed'; stream: number; index: number };

/** How far from the end `startxref` may stand. */
const STARTXREF_WINDOW = 1024;

export class PdfFile {
  readonly #bytes: Uint8Array;
  readonly #entries = new Map<number, Entry>();
  readonly #cache = new Map<number, PdfValue>();
  readonly #packed = new Map<number, { first: number; nums: number[]; offsets: number[]; data: Uint8Array }>();
  readonly #fetching = new Set<number>();
  #inflateBudget: number;
  readonly trailer: PdfDict;

  constructor(bytes: Uint8Array, inflateBudget: number) {
    this.#bytes = bytes;
    this.#inflateBudget = inflateBudget;
    this.trailer = this.#readCrossReferences();
    if (this.trailer.entries.has('Encrypt')) decline('encrypted');
  }

  #readCrossReferences(): PdfDict {
    const bytes = this.#bytes;
    const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.length - STARTXREF_WINDOW));
    const at = tail.lastIndexOf('startxref');
    if (at < 0) decline('no startxref');
    const lexer = new PdfLexer(bytes, bytes.length - tail.length + at + 'startxref'.length);
    const start = lexer.token();
    if (typeof start !== 'number' || !Number.isInteger(start)) return decline('no startxref offset');
    const queue = [start];
    const seen = new Set<number>();
    let top: PdfDict | undefined;
    while (queue.length > 0) {
      const offset = queue.shift()!;
      if (seen.has(offset)) continue;
      seen.add(offset);
      if (offset <= 0 || offset >= bytes.length || seen.size > 64) decline('a cross-reference section out of place');
      const section = new PdfLexer(bytes, offset);
      const first = section.token();
      let dict: PdfDict;
      if (first instanceof PdfKeyword && first.word === 'xref') {
        dict = this.#readTable(section);
        const xrefStream = dict.entries.get('XRefStm');
        if (xrefStream !== undefined) {
          if (typeof xrefStream !== 'number' || !Number.isInteger(xrefStream)) decline('a malformed /XRefStm');
          queue.push(xrefStream);
        }
      } else if (typeof first === 'number') {
        section.pos = offset;
        const stream = this.#objectAt(section, undefined);
        if (!(stream instanceof PdfStream) || nameOf(stream.dict.entries.get('Type')) !== 'XRef') return decline('no cross-reference stream where startxref points');
        this.#readXrefStream(stream);
        dict = stream.dict;
      } else {
        return decline('no cross-reference where startxref points');
      }
      top ??= dict;
      const prev = dict.entries.get('Prev');
      if (prev !== undefined) {
        if (typeof prev !== 'number' || !Number.isInteger(prev)) decline('a malformed /Prev');
        queue.push(prev);
      }
    }
    const zero = this.#entries.get(0);
    if (zero && zero.kind !== 'free') decline('object 0 in use');
    return top ?? decline('no trailer');
  }

  #readTable(lexer: PdfLexer): PdfDict {
    for (;;) {
      const head = lexer.token();
      if (head instanceof PdfKeyword && head.word === 'trailer') {
        const trailer = lexer.value();
        return trailer instanceof PdfDict ? trailer : decline('a trailer that is no dictionary');
      }
      let first = head;
      const count = lexer.token();
      if (typeof first !== 'number' || typeof count !== 'number' || !Number.isInteger(first) || !Number.isInteger(count) || count < 0) decline('a malformed cross-reference subsection');
      for (let i = 0; i < count; i++) {
        const offset = lexer.token();
        const gen = lexer.token();
        const type = lexer.token();
        if (typeof offset !== 'number' || typeof gen !== 'number' || !Number.isInteger(offset) || !Number.isInteger(gen) || !(type instanceof PdfKeyword) || (type.word !== 'n' && type.word !== 'f')) {
          decline('a malformed cross-reference entry');
        }
        // A table that numbers its free first entry from 1 means 0 (as readers take it).
        if (i === 0 && type.word === 'f' && first === 1) first = 0;
        const num = (first as number) + i;
        if (!this.#entries.has(num)) this.#entries.set(num, type.word === 'f' ? { kind: 'free' } : { kind: 'plain', offset, gen });
      }
    }
  }

  #readXrefStream(stream: PdfStream): void {
    const dict = stream.dict.entries;
    const widths = dict.get('W');
    if (!Array.isArray(widths) || widths.length !== 3 || !widths.every((w) => typeof w === 'number' && Number.isInteger(w) && w >= 0 && w <= 8)) return decline('a malformed /W');
    const [typeWidth, fieldWidth, genWidth] = widths as [number, number, number];
    const size = dict.get('Size');
    const index = dict.get('Index') ?? [0, size ?? 0];
    if (!Array.isArray(index) || index.length % 2 !== 0 || !index.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)) return decline('a malformed /Index');
    const data = this.streamData(stream);
    const rowLength = typeWidth + fieldWidth + genWidth;
    if (rowLength === 0) decline('a cross-reference stream whose entries have no bytes');
    let at = 0;
    const field = (width: number) => {
      let value = 0;
      for (let k = 0; k < width; k++) value = value * 256 + data[at++]!;
      return value;
    };
    for (let range = 0; range < index.length; range += 2) {
      const first = index[range] as number;
      const count = index[range + 1] as number;
      for (let i = 0; i < count; i++) {
        if (at + rowLength > data.length) decline('a cross-reference stream shorter than its /Index');
        const type = typeWidth === 0 ? 1 : field(typeWidth);
        const a = field(fieldWidth);
        const b = field(genWidth);
        const num = first + i;
        if (this.#entries.has(num)) continue;
        if (type === 0) this.#entries.set(num, { kind: 'free' });
        else if (type === 1) this.#entries.set(num, { kind: 'plain', offset: a, gen: b });
        else if (type === 2) this.#entries.set(num, { kind: 'packed', stream: a, index: b });
        else decline('a cross-reference entry of unknown type');
      }
    }
  }

  /** The object `ref` names, null when it is free or missing (as PDF reads a missing object). */
  fetch(ref: PdfRef): PdfValue {
    const cached = this.#cache.get(ref.num);
    if (cached !== undefined) return cached;
    const entry = this.#entries.get(ref.num);
    if (!entry || entry.kind === 'free') return null;
    if (this.#fetching.has(ref.num)) decline('a circular reference');
    this.#fetching.add(ref.num);
    try {
      let value: PdfValue;
      if (entry.kind === 'plain') {
        if (entry.offset === 0) return null;
        if (entry.gen !== ref.gen) decline('a reference of another generation');
        value = this.#objectAt(new PdfLexer(this.#bytes, entry.offset), ref);
      } else {
        if (entry.stream === 0) return null;
        value = this.#packedObject(entry.stream, entry.index, ref.num);
      }
      this.#cache.set(ref.num, value);
      return value;
    } finally {
      this.#fetching.delete(ref.num);
    }
  }

  /** `value`, or the object it refers to. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return value instanceof PdfRef ? this.fetch(value) : value;
  }

  get(dict: PdfDict, key: string): PdfValue | undefined {
    return this.resolve(dict.entries.get(key));
  }

  /** `num gen obj value` at the lexer's place, checked against `ref` when given; a stream with its data's place. */
  #objectAt(lexer: PdfLexer, ref: PdfRef | undefined): PdfValue {
    const num = lexer.token();
    const gen = lexer.token();
    const obj = lexer.token();
    if (typeof num !== 'number' || typeof gen !== 'number' || !(obj instanceof PdfKeyword) || obj.word !== 'obj') return decline('no object where the cross-reference points');
    if (ref && (num !== ref.num || gen !== ref.gen)) decline('another object where the cross-reference points');
    const value = lexer.value();
    if (value === undefined || value instanceof PdfKeyword) return decline('an object that holds no value');
    if (!(value instanceof PdfDict)) return value;
    const after = lexer.pos;
    const keyword = lexer.token();
    if (!(keyword instanceof PdfKeyword) || keyword.word !== 'stream') {
      lexer.pos = after;
      return value;
    }
    const bytes = this.#bytes;
    let start = lexer.pos;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    else if (bytes[start - 1] !== 0x0d) decline('no line end after "stream"');
    const length = this.resolve(value.entries.get('Length'));
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || start + length > bytes.length) return decline('a stream without a true /Length');
    const end = start + length;
    const check = new PdfLexer(bytes, end);
    const closing = check.token();
    if (!(closing instanceof PdfKeyword) || closing.word !== 'endstream') decline('a stream whose /Length does not reach "endstream"');
    return new PdfStream(value, start, end);
  }

  #packedObject(streamNum: number, index: number, num: number): PdfValue {
    let packed = this.#packed.get(streamNum);
    if (!packed) {
      const stream = this.fetch(new PdfRef(streamNum, 0));
      if (!(stream instanceof PdfStream)) return decline('an object stream that is no stream');
      const n = stream.dict.entries.get('N');
      const first = stream.dict.entries.get('First');
      if (typeof n !== 'number' || typeof first !== 'number' || !Number.isInteger(n) || !Number.isInteger(first) || n < 0 || first < 0) return decline('a malformed object stream');
      const data = this.streamData(stream);
      const header = new PdfLexer(data, 0, Math.min(first, data.length));
      const nums: number[] = [];
      const offsets: number[] = [];
      for (let i = 0; i < n; i++) {
        const objNum = header.token();
        const offset = header.token();
        if (typeof objNum !== 'number' || typeof offset !== 'number' || !Number.isInteger(objNum) || !Number.isInteger(offset)) return decline('a malformed object stream header');
        nums.push(objNum);
        offsets.push(offset);
      }
      packed = { first, nums, offsets, data };
      this.#packed.set(streamNum, packed);
    }
    if (packed.nums[index] !== num) decline('an object stream that does not hold the object at its place');
    const lexer = new PdfLexer(packed.data, packed.first + packed.offsets[index]!);
    const value = lexer.value();
    if (value === undefined || value instanceof PdfKeyword) return decline('a packed object that holds no value');
    return value;
  }

  /** The stream's data, inflated where it is Flate-encoded. */
  streamData(stream: PdfStream): Uint8Array {
    const raw = this.#bytes.subarray(stream.start, stream.end);
    const filter = this.resolve(stream.dict.entries.get('Filter'));
    const filters = filter === undefined || filter === null ? [] : Array.isArray(filter) ? filter.map((f) => this.resolve(f)) : [filter];
    if (filters.length === 0) return raw;
    if (filters.length !== 1 || !(filters[0] instanceof PdfName) || (filters[0].name !== 'FlateDecode' && filters[0].name !== 'Fl')) return decline('a filter other than Flate');
    let params = this.resolve(stream.dict.entries.get('DecodeParms') ?? stream.dict.entries.get('DP'));
    if (Array.isArray(params)) params = params.length === 1 ? this.resolve(params[0]) : decline('several decode parameters');
    let inflated: Buffer;
    try {
      inflated = inflateSync(raw, { maxOutputLength: Math.max(1, this.#inflateBudget) });
    } catch {
      return decline('a Flate stream that does not inflate whole within the budget');
    }
    this.#inflateBudget -= inflated.length;
    if (params === undefined || params === null) return inflated;
    if (!(params instanceof PdfDict)) return decline('malformed decode parameters');
    const predictor = this.resolve(params.entries.get('Predictor')) ?? 1;
    if (predictor === 1) return inflated;
    return undoPngPredictor(inflated, params, this);
  }
}

/** PNG row filters (predictors 10–15), one byte a sample, as cross-reference streams use them. */
function undoPngPredictor(data: Uint8Array, params: PdfDict, file: PdfFile): Uint8Array {
  const predictor = file.get(params, 'Predictor');
  const colors = file.get(params, 'Colors') ?? 1;
  const bits = file.get(params, 'BitsPerComponent') ?? 8;
  const columns = file.get(params, 'Columns') ?? 1;
  if (typeof predictor !== 'number' || predictor < 10 || predictor > 15 || colors !== 1 || bits !== 8 || typeof columns !== 'number' || !Number.isInteger(columns) || columns < 1) {
    return decline('a predictor other than PNG on bytes');
  }
  const rowLength = columns;
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let row = 0; row < rows; row++) {
    const type = data[row * (rowLength + 1)]!;
    const src = row * (rowLength + 1) + 1;
    const dst = row * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + i]!;
      const left = i > 0 ? out[dst + i - 1]! : 0;
      const up = row > 0 ? out[dst - rowLength + i]! : 0;
      const upLeft = row > 0 && i > 0 ? out[dst - rowLength + i - 1]! : 0;
      let value: number;
      switch (type) {
        case 0:
          value = raw;
          break;
        case 1:
          value = raw + left;
          break;
        case 2:
          value = raw + up;
          break;
        case 3:
          value = raw + ((left + up) >> 1);
          break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          value = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
          break;
        }
        default:
          return decline('an unknown PNG row filter');
      }
      out[dst + i] = value & 0xff;
    }
  }
  return out;
}

export function nameOf(value: PdfValue | undefined): string | undefined {
  return value instanceof PdfName ? value.name : undefined;
}
