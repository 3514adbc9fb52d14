/**
 * A font as the direct PDF reader uses it: for each character code, the text it stands for (from the
 * font's ToUnicode CMap) and its advance width (from `/Widths`, or a CIDFont's `/W` and `/DW`), which is
 * all that reading text needs, taken as pdf.js takes them. Only the fonts whose reading depends on
 * nothing else are taken: an embedded TrueType font (LibreOffice, Word and browsers print with these),
 * simple or a CIDFont under Identity-H, with a ToUnicode CMap. Type 1, CFF, Type 3, standard fonts
 * without their program, vertical writing, other CMaps, a font matrix of its own: declined, since pdf.js
 * then reads widths or text from the font program or from tables of its own.
 */
import { readToUnicode } from './pdf-direct-cmap.js';
import { nameOf, type PdfFile } from './pdf-direct-file.js';
import { decline, PdfDict, PdfStream, type PdfValue } from './pdf-direct-syntax.js';

/** One character of a string shown: its code, its text and its advance in glyph space (thousandths of the size), and the text's kind. */
export interface Glyph {
  code: number;
  unicode: string;
  width: number;
  /** The text begins with white space: it only moves the pen. */
  whitespace: boolean;
  /** A combining mark (and no white space before it): drawn over the character before, without width. */
  mark: boolean;
  /** A format control at the end (no white space or mark before it): not drawn, and the pen does not move. */
  invisible: boolean;
  /** Text that pdf.js's Unicode normalisation changes (pdf-direct-text.ts). */
  normalised: boolean;
}

const WHITESPACE_START = /^\s/u;
const MARK = /\p{Mn}/u;
const FORMAT_END = /\p{Cf}$/u;
/** Scripts written right to left and their presentation forms, and a Lao vowel normalised apart: read only by pdf.js. */
const NOT_READ_HERE = /[\u0590-\u08ff\ufb07-\ufeff\u0eb3]/u;
/** What pdf.js's normalisation changes among the characters read here. */
const NORMALISED = /[\u00a0\u00b5\u037e\u2000-\u200a\u202f\u2126\ufb00-\ufb06]/u;

/** A glyph with its text's kind, as pdf.js tells it: white space first, else a mark anywhere, else a format control at the end. */
function glyph(code: number, unicode: string, width: number): Glyph {
  if (NOT_READ_HERE.test(unicode)) decline('text in a right-to-left script or presentation forms');
  const whitespace = WHITESPACE_START.test(unicode);
  const mark = !whitespace && MARK.test(unicode);
  return { code, unicode, width, whitespace, mark, invisible: !whitespace && !mark && FORMAT_END.test(unicode), normalised: NORMALISED.test(unicode) };
}

export interface DirectFont {
  /** The glyphs a string shown in this font stands for. */
  glyphs(chars: string): Glyph[];
}

/** The text of code `code` per pdf.js: the CMap's, or the code itself as a character when the CMap has it empty. */
function unicodeOf(toUnicode: Map<number, string>, code: number, composite: boolean): string {
  const mapped = toUnicode.get(code);
  // A simple font's code missing from its CMap would take its text from the encoding; not followed here.
  if (mapped === undefined && !composite) return decline('a character code its ToUnicode CMap does not map');
  return mapped || String.fromCharCode(code);
}

function integer(value: PdfValue | undefined): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

export function loadFont(file: PdfFile, fontDict: PdfDict): DirectFont {
  const subtype = nameOf(file.get(fontDict, 'Subtype'));
  if (subtype === 'TrueType') return simpleFont(file, fontDict);
  if (subtype === 'Type0') return compositeFont(file, fontDict);
  return decline(`a ${subtype ?? 'untyped'} font`);
}

/** The ToUnicode map and the checks every font taken must pass: its program embedded as TrueType, no matrix of its own. */
function commonParts(file: PdfFile, fontDict: PdfDict, descendant: PdfDict): { toUnicode: Map<number, string>; descriptor: PdfDict } {
  const descriptor = file.get(descendant, 'FontDescriptor');
  if (!(descriptor instanceof PdfDict)) return decline('a font without a descriptor');
  if (descriptor.entries.has('FontFile') || descriptor.entries.has('FontFile3')) decline('a font program other than TrueType');
  const program = file.get(descriptor, 'FontFile2');
  if (!(program instanceof PdfStream) || program.end === program.start) decline('a font without its program');
  if (descendant.entries.has('FontMatrix') || fontDict.entries.has('FontMatrix')) decline('a font with a matrix of its own');
  const cmap = file.get(fontDict, 'ToUnicode');
  if (!(cmap instanceof PdfStream)) return decline('a font without a ToUnicode CMap');
  const toUnicode = readToUnicode(file.streamData(cmap));
  if (toUnicode.size === 0) decline('an empty ToUnicode CMap');
  return { toUnicode, descriptor };
}

function simpleFont(file: PdfFile, dict: PdfDict): DirectFont {
  const { toUnicode, descriptor } = commonParts(file, dict, dict);
  const widthsArray = file.get(dict, 'Widths');
  if (!Array.isArray(widthsArray)) return decline('a font without /Widths');
  const firstChar = integer(file.get(dict, 'FirstChar')) ?? 0;
  const widths = new Map<number, number>();
  widthsArray.forEach((entry, i) => {
    const width = file.resolve(entry);
    if (typeof width === 'number') widths.set(firstChar + i, width);
  });
  const missingWidth = file.get(descriptor, 'MissingWidth');
  const defaultWidth = typeof missingWidth === 'number' ? missingWidth : 0;
  const byCode = new Map<number, Glyph>();
  const glyphOf = (code: number) => {
    let found = byCode.get(code);
    if (!found) {
      found = glyph(code, unicodeOf(toUnicode, code, false), widths.get(code) ?? defaultWidth);
      byCode.set(code, found);
    }
    return found;
  };
  return {
    glyphs(chars) {
      const glyphs: Glyph[] = [];
      for (let i = 0; i < chars.length; i++) glyphs.push(glyphOf(chars.charCodeAt(i)));
      return glyphs;
    },
  };
}

function compositeFont(file: PdfFile, dict: PdfDict): DirectFont {
  if (nameOf(file.get(dict, 'Encoding')) !== 'Identity-H') decline('a CIDFont under a CMap other than Identity-H');
  const descendants = file.get(dict, 'DescendantFonts');
  const descendant = Array.isArray(descendants) && descendants.length === 1 ? file.resolve(descendants[0]) : undefined;
  if (!(descendant instanceof PdfDict)) return decline('a Type0 font without one descendant');
  if (nameOf(file.get(descendant, 'Subtype')) !== 'CIDFontType2') decline('a CIDFont other than TrueType');
  const { toUnicode } = commonParts(file, dict, descendant);
  const dw = file.get(descendant, 'DW');
  const defaultWidth = typeof dw === 'number' ? Math.ceil(dw) : 1000;
  const widths = new Map<number, number>();
  // Widths set, overlapping ranges included: more than every two-byte code twice over is no real font.
  let set = 0;
  const w = file.get(descendant, 'W');
  if (Array.isArray(w)) {
    for (let i = 0; i < w.length; i++) {
      let start = integer(file.resolve(w[i++]));
      if (start === undefined) break;
      const next = file.resolve(w[i]);
      if (Array.isArray(next)) {
        for (const entry of next) {
          const width = file.resolve(entry);
          if (typeof width === 'number') widths.set(start, width);
          start++;
        }
      } else if (integer(next) !== undefined) {
        const width = file.resolve(w[++i]);
        if (typeof width !== 'number') continue;
        // Codes of a CIDFont under Identity-H are two bytes: a range beyond them (or a million-code range) is no real font.
        if ((next as number) > 0xffff) decline('a /W range beyond two-byte codes');
        set += Math.max(0, (next as number) - start + 1);
        if (set > 2 * 65536) decline('a /W with too many widths');
        for (let code = start; code <= (next as number); code++) widths.set(code, width);
      } else {
        break;
      }
    }
  }
  const byCode = new Map<number, Glyph>();
  return {
    glyphs(chars) {
      if (chars.length % 2 !== 0) decline('a string of odd length in a two-byte font');
      const glyphs: Glyph[] = [];
      for (let i = 0; i < chars.length; i += 2) {
        const code = (chars.charCodeAt(i) << 8) | chars.charCodeAt(i + 1);
        let found = byCode.get(code);
        if (!found) {
          found = glyph(code, unicodeOf(toUnicode, code, true), widths.get(code) ?? defaultWidth);
          byCode.set(code, found);
        }
        glyphs.push(found);
      }
      return glyphs;
    },
  };
}
