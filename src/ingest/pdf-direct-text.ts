/**
 * A page's text items from its content stream, for the direct PDF reader: the operators of the content
 * stream interpreted for the text they show (the text state, forms, fonts), each glyph placed on the
 * page and handed to the run being gathered (pdf-direct-runs.ts: which moves of the pen join, space,
 * close or end a run). The items must be those pdf.js's text extraction gives (without marked content,
 * with its Unicode normalisation), so each position is computed with the same operations in the same
 * order. Text in right-to-left scripts, presentation forms or any operator outside what is read here
 * (inline images, fonts set by graphics states, vertical writing) declines the PDF.
 */
import { loadFont, type DirectFont, type Glyph } from './pdf-direct-font.js';
import { nameOf, type PdfFile } from './pdf-direct-file.js';
import { decline, PdfDict, PdfKeyword, PdfLexer, PdfName, PdfStream, type PdfValue } from './pdf-direct-syntax.js';
import { readPenMove, SpaceMemory, TextRun } from './pdf-direct-runs.js';

export interface TextItem {
  str: string;
  width: number;
  height: number;
  transform: number[];
  hasEOL: boolean;
}

type Matrix = number[];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const FONT_SCALE = 0.001;

function multiply(m1: ArrayLike<number>, m2: ArrayLike<number>): Matrix {
  return [
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
  ];
}

/**
 * The text rendering matrix: the CTM times the text matrix times the font size, scaling and rise, as
 * pdf.js multiplies them (every product and sum of the two full multiplications, zeros included, so that
 * the doubles come out the same), without the two arrays between.
 */
function textTransform(ts: State, into: Matrix): Matrix {
  const t0 = ts.fontSize * ts.textHScale;
  const t3 = ts.fontSize;
  const t5 = ts.textRise;
  const m = ts.textMatrix;
  const i0 = m[0]! * t0 + m[2]! * 0;
  const i1 = m[1]! * t0 + m[3]! * 0;
  const i2 = m[0]! * 0 + m[2]! * t3;
  const i3 = m[1]! * 0 + m[3]! * t3;
  const i4 = m[0]! * 0 + m[2]! * t5 + m[4]!;
  const i5 = m[1]! * 0 + m[3]! * t5 + m[5]!;
  const c = ts.ctm;
  into[0] = c[0]! * i0 + c[2]! * i1;
  into[1] = c[1]! * i0 + c[3]! * i1;
  into[2] = c[0]! * i2 + c[2]! * i3;
  into[3] = c[1]! * i2 + c[3]! * i3;
  into[4] = c[0]! * i4 + c[2]! * i5 + c[4]!;
  into[5] = c[1]! * i4 + c[3]! * i5 + c[5]!;
  return into;
}

/** The graphics and text state the reading needs, saved and restored whole by q and Q. */
interface State {
  ctm: Matrix;
  font: DirectFont | undefined;
  fontName: string | undefined;
  fontSize: number;
  textMatrix: Matrix;
  textLineMatrix: Matrix;
  charSpacing: number;
  wordSpacing: number;
  leading: number;
  textHScale: number;
  textRise: number;
}

const copyState = (s: State): State => ({ ...s, textMatrix: s.textMatrix.slice(), textLineMatrix: s.textLineMatrix.slice() });

function translate(m: Matrix, x: number, y: number): void {
  m[4] = m[0]! * x + m[2]! * y + m[4]!;
  m[5] = m[1]! * x + m[3]! * y + m[5]!;
}

/** Operators with their number of operands; any other declines the PDF. */
const OPERANDS: Record<string, number> = {
  w: 1, J: 1, j: 1, M: 1, d: 2, ri: 1, i: 1, gs: 1, q: 0, Q: 0, cm: 6,
  m: 2, l: 2, c: 6, v: 4, y: 4, h: 0, re: 4, S: 0, s: 0, f: 0, F: 0, 'f*': 0, B: 0, 'B*': 0, b: 0, 'b*': 0, n: 0, W: 0, 'W*': 0,
  BT: 0, ET: 0, Tc: 1, Tw: 1, Tz: 1, TL: 1, Tf: 2, Tr: 1, Ts: 1, Td: 2, TD: 2, Tm: 6, 'T*': 0, Tj: 1, TJ: 1, "'": 1, '"': 3,
  d0: 2, d1: 6, CS: 1, cs: 1, G: 1, g: 1, RG: 3, rg: 3, K: 4, k: 4, sh: 1, Do: 1, MP: 1, DP: 2, BMC: 1, BDC: 2, EMC: 0, BX: 0, EX: 0,
};
/** Colour operators whose operand count varies (up to 4, or 33 with a pattern name). */
const VARIABLE_OPERANDS: Record<string, number> = { SC: 4, sc: 4, SCN: 33, scn: 33 };

/** What pdf.js's normalisation changes among the characters read here (spaces, compatibility signs, Latin ligatures), each to its compatibility form. */
const NORMALISED = /[\u00a0\u00b5\u037e\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06]/gu;
/** The one ligature pdf.js spells out otherwise: long s and t. */
const LONG_S_T = /\ufb05/gu;

/** A run's text with the characters pdf.js's normalisation changes in their compatibility form. */
const normalisedText = (text: string): string => text.replace(NORMALISED, (c) => c.normalize('NFKC')).replace(LONG_S_T, '\u017ft');

/** How deep forms may nest in one another, and how many operators a document may have. */
const MAX_FORM_DEPTH = 12;

export interface PageContext {
  file: PdfFile;
  view: number[];
  fonts: Map<PdfDict, DirectFont>;
  /** Operators still allowed for the whole document: a bound on the work a hostile file can ask for. */
  budget: { operators: number };
}

/** The right angle a text rendering matrix turns the text by, or undefined for any other angle. */
function rightAngle(m: Matrix): number | undefined {
  if (m[0] && m[1] === 0 && m[2] === 0) return m[0] > 0 ? 0 : 180;
  if (m[1] && m[0] === 0 && m[3] === 0) return m[1] > 0 ? 90 : 270;
  return undefined;
}

/** The text items of a content stream read with `resources`, from `state`. */
export function textItems(context: PageContext, content: Uint8Array, resources: PdfDict | undefined, state: State, depth: number, items: TextItem[]): void {
  const { file, view } = context;
  let stack: State[] = [];
  let ts = state;
  const run = new TextRun(normalisedText);
  const spaces = new SpaceMemory();
  const advanceScale = () => Math.hypot(ts.ctm[0]!, ts.ctm[1]!) * Math.hypot(ts.textLineMatrix[0]!, ts.textLineMatrix[1]!);
  // The pen's place at the next glyph, and where the last glyph drawn with a width ended (the place a
  // gap's space item stands): reused for every glyph, never kept by an item.
  const pen: Matrix = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
  const lastEnd: Matrix = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
  let glyphDrawn = false;

  const endLine = () => {
    spaces.forget();
    if (run.open) run.close(items, true);
    else items.push({ str: '', width: 0, height: 0, transform: textTransform(ts, [0, 0, 0, 0, 0, 0]), hasEOL: true });
  };

  /** Whether a glyph `width` wide at the pen is on the page; if so, the run is closed, spaced or ended as the move from the last glyph says. */
  const placeGlyph = (width: number): boolean => {
    textTransform(ts, pen);
    const x = pen[4]!;
    const y = pen[5]!;
    if (x + width < view[0]! || x > view[2]! || y < view[1]! || y > view[3]!) return false;
    if (!glyphDrawn) return true;
    const lastX = lastEnd[4]!;
    const lastY = lastEnd[5]!;
    if (lastX === x && lastY === y) return true;
    // The move as if the text ran left to right: across a right angle, the coordinates swapped or
    // negated as pdf.js does (not a true rotation: a quarter turn swaps x and y without a sign).
    let along: number;
    let across: number;
    switch (rightAngle(pen)) {
      case 0:
        along = x - lastX;
        across = y - lastY;
        break;
      case 90:
        along = y - lastY;
        across = x - lastX;
        break;
      case 180:
        along = -x - -lastX;
        across = -y - -lastY;
        break;
      case 270:
        along = -y - -lastY;
        across = -x - -lastX;
        break;
      default: {
        const [upX, upY] = unrotate(x, y, pen);
        const [upLastX, upLastY] = unrotate(lastX, lastY, lastEnd);
        along = upX - upLastX;
        across = upY - upLastY;
      }
    }
    along /= run.advanceScale;
    const reading = readPenMove(along, across, run, spaces.owed(), run.open);
    if (reading.forgetSpaces) spaces.forget();
    switch (reading.move) {
      case 'new-line':
        endLine();
        return true;
      case 'jump-back':
        run.close(items);
        return true;
      case 'joins':
        run.width += along;
        break;
      case 'word-space':
        run.add(' ', false);
        run.width += along;
        break;
      case 'gap':
        run.close(items);
        items.push({ str: ' ', width: Math.abs(along), height: 0, transform: lastEnd.slice(), hasEOL: false });
        break;
    }
    if (reading.closeAfter) run.close(items);
    return true;
  };

  /** The pen moved `dx` along the text (in text space, before horizontal scaling). */
  const advancePen = (dx: number) => {
    // Written out rather than by translate(): a double passed to a call is boxed, and this runs for every glyph.
    const tm = ts.textMatrix;
    tm[4] = tm[0]! * dx + tm[2]! * 0 + tm[4]!;
    tm[5] = tm[1]! * dx + tm[3]! * 0 + tm[5]!;
  };

  const showText = (chars: string, extraSpacing: number) => {
    const font = ts.font;
    if (!font) return decline('text shown before a font is set');
    if (!chars) {
      const charSpacing = ts.charSpacing + extraSpacing;
      if (charSpacing) translate(ts.textMatrix, charSpacing * ts.textHScale, 0);
      return;
    }
    const glyphs: Glyph[] = font.glyphs(chars);
    const scale = FONT_SCALE * ts.fontSize;
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i]!;
      if (glyph.invisible) continue;
      // The spacing after the glyph: the character spacing, the TJ adjustment after the last glyph, the word spacing after code 32.
      let spacing = ts.charSpacing + (i + 1 === glyphs.length ? extraSpacing : 0);
      if (glyph.code === 0x20) spacing += ts.wordSpacing;
      const glyphWidth = glyph.width * scale;
      if (glyph.whitespace) {
        advancePen((spacing + glyphWidth) * ts.textHScale);
        spaces.shown(true);
        continue;
      }
      if (!glyph.mark && !placeGlyph(glyphWidth)) {
        advancePen(glyphWidth * ts.textHScale);
        continue;
      }
      if (!run.open) run.begin({ transform: textTransform(ts, [0, 0, 0, 0, 0, 0]), advanceScale: advanceScale(), fontSize: ts.fontSize });
      // A combining mark sits over the glyph before: it takes no room.
      const advance = (glyph.mark ? 0 : glyphWidth) * ts.textHScale;
      advancePen(advance);
      run.width += advance;
      if (advance) {
        textTransform(ts, lastEnd);
        glyphDrawn = true;
      }
      if (spaces.owed()) run.add(' ', false);
      spaces.shown(false);
      run.add(glyph.unicode, glyph.normalised);
      if (spacing) advancePen(spacing * ts.textHScale);
    }
  };

  const flush = () => run.close(items);
  const updateAdvanceScale = () => run.rescale(advanceScale());
  const fontsOf = resources ? file.get(resources, 'Font') : undefined;
  const setFont = (name: string) => {
    const ref = fontsOf instanceof PdfDict ? fontsOf.entries.get(name) : undefined;
    const dict = file.resolve(ref);
    if (!(dict instanceof PdfDict)) return decline(`a font missing from the resources (${name})`);
    let font = context.fonts.get(dict);
    if (!font) {
      font = loadFont(file, dict);
      context.fonts.set(dict, font);
    }
    ts.font = font;
  };

  const lexer = new PdfLexer(content, 0, content.length, { refs: false });
  // Two lists of operands in turn: an operator's stay whole while it runs, and neither is made anew for each.
  let operands: (PdfValue | PdfKeyword)[] = [];
  let spareOperands: (PdfValue | PdfKeyword)[] = [];
  for (;;) {
    const token = lexer.value();
    if (token === undefined) break;
    if (!(token instanceof PdfKeyword)) {
      operands.push(token);
      if (operands.length > 33) decline('too many operands');
      continue;
    }
    const op = token.word;
    if (--context.budget.operators < 0) decline('more operators than the budget allows');
    const count = OPERANDS[op];
    if (count === undefined) {
      const most = VARIABLE_OPERANDS[op];
      if (most === undefined) decline(`the operator ${op}`);
      operands.length = 0;
      continue;
    }
    if (operands.length !== count) decline(`${op} with ${operands.length} operands`);
    const args = operands;
    operands = spareOperands;
    operands.length = 0;
    spareOperands = args;
    const number = (k: number) => (typeof args[k] === 'number' ? (args[k] as number) : decline(`${op} with an operand that is not a number`));
    const previous = ts;
    switch (op) {
      case 'q':
        stack.push(ts);
        ts = copyState(ts);
        continue;
      case 'Q':
        if (stack.length > 0) ts = stack.pop()!;
        if (previous.font !== ts.font || previous.fontSize !== ts.fontSize || previous.fontName !== ts.fontName) flush();
        continue;
      case 'cm':
        ts.ctm = multiply(ts.ctm, [0, 1, 2, 3, 4, 5].map(number));
        continue;
      case 'Tf': {
        const name = args[0];
        if (!(name instanceof PdfName)) return decline('Tf without a font name');
        const size = number(1);
        if (ts.font && name.name === ts.fontName && size === ts.fontSize) continue;
        flush();
        ts.fontName = name.name;
        ts.fontSize = size;
        setFont(name.name);
        continue;
      }
      case 'Ts':
        ts.textRise = number(0);
        continue;
      case 'Tz':
        ts.textHScale = number(0) / 100;
        continue;
      case 'TL':
        ts.leading = number(0);
        continue;
      case 'Td':
        translate(ts.textLineMatrix, number(0), number(1));
        ts.textMatrix = ts.textLineMatrix.slice();
        continue;
      case 'TD':
        ts.leading = -number(1);
        translate(ts.textLineMatrix, number(0), number(1));
        ts.textMatrix = ts.textLineMatrix.slice();
        continue;
      case 'T*':
        translate(ts.textLineMatrix, 0, -ts.leading);
        ts.textMatrix = ts.textLineMatrix.slice();
        continue;
      case 'Tm': {
        const m = [0, 1, 2, 3, 4, 5].map(number);
        ts.textMatrix = m.slice();
        ts.textLineMatrix = m.slice();
        updateAdvanceScale();
        continue;
      }
      case 'Tc':
        ts.charSpacing = number(0);
        continue;
      case 'Tw':
        ts.wordSpacing = number(0);
        continue;
      case 'BT':
        ts.textMatrix = IDENTITY.slice();
        ts.textLineMatrix = IDENTITY.slice();
        continue;
      case 'Tr':
        continue;
      case 'Tj':
        showText(stringArg(args[0]), 0);
        continue;
      case "'":
        translate(ts.textLineMatrix, 0, -ts.leading);
        ts.textMatrix = ts.textLineMatrix.slice();
        showText(stringArg(args[0]), 0);
        continue;
      case '"':
        ts.wordSpacing = number(0);
        ts.charSpacing = number(1);
        translate(ts.textLineMatrix, 0, -ts.leading);
        ts.textMatrix = ts.textLineMatrix.slice();
        showText(stringArg(args[2]), 0);
        continue;
      case 'TJ': {
        const elements = args[0];
        if (!Array.isArray(elements)) return decline('TJ without an array');
        if (!ts.font) return decline('text shown before a font is set');
        const spaceFactor = (-1 * ts.fontSize) / 1000;
        let pending = '';
        for (const element of elements) {
          if (typeof element === 'string') pending += element;
          else if (typeof element === 'number') {
            if (element === 0) continue;
            const chars = pending;
            pending = '';
            showText(chars, element * spaceFactor);
          } else {
            decline('TJ with an element that is neither string nor number');
          }
        }
        if (pending.length > 0) showText(pending, 0);
        continue;
      }
      case 'Do':
        flush();
        paintXObject(context, args[0], resources, ts, depth, items);
        continue;
      case 'gs':
        graphicsState(file, resources, args[0]);
        continue;
      case 'BMC':
      case 'BDC':
      case 'EMC':
        flush();
        continue;
      default:
        continue;
    }
  }
  if (operands.length > 0) decline('operands left at the end of a content stream');
  flush();
  stack = [];
}

function stringArg(value: PdfValue | PdfKeyword | undefined): string {
  return typeof value === 'string' ? value : decline('text shown from something other than a string');
}

function unrotate(x: number, y: number, m: Matrix): [number, number] {
  const scale = Math.hypot(m[0]!, m[1]!);
  return [(m[0]! * x + m[1]! * y) / scale, (m[2]! * x + m[3]! * y) / scale];
}

/** A graphics state that sets a font is read only by pdf.js; any other changes nothing the text needs. */
function graphicsState(file: PdfFile, resources: PdfDict | undefined, name: PdfValue | PdfKeyword | undefined): void {
  if (!(name instanceof PdfName)) decline('gs without a name');
  const states = resources ? file.get(resources, 'ExtGState') : undefined;
  if (!(states instanceof PdfDict)) return decline('gs without graphics states');
  const state = file.get(states, name.name);
  if (!(state instanceof PdfDict)) return decline('gs naming no graphics state');
  if (state.entries.has('Font')) decline('a font set by a graphics state');
}

/** A form's text, read with its own resources and matrix from a copy of the state; an image adds none. */
function paintXObject(context: PageContext, name: PdfValue | PdfKeyword | undefined, resources: PdfDict | undefined, state: State, depth: number, items: TextItem[]): void {
  const { file } = context;
  if (!(name instanceof PdfName)) return decline('Do without a name');
  const objects = resources ? file.get(resources, 'XObject') : undefined;
  if (!(objects instanceof PdfDict)) return decline('Do without XObjects');
  const object = file.get(objects, name.name);
  if (!(object instanceof PdfStream)) return decline('Do naming no stream');
  const subtype = nameOf(file.get(object.dict, 'Subtype'));
  if (subtype === 'Image') return;
  if (subtype !== 'Form') return decline(`an XObject of type ${subtype ?? 'none'}`);
  if (depth >= MAX_FORM_DEPTH) decline('forms nested too deep');
  const formState = copyState(state);
  const matrix = file.get(object.dict, 'Matrix');
  if (matrix !== undefined) {
    if (!Array.isArray(matrix) || matrix.length !== 6 || !matrix.every((n) => typeof n === 'number')) return decline('a form with a malformed matrix');
    formState.ctm = multiply(formState.ctm, matrix as number[]);
  }
  const own = file.get(object.dict, 'Resources');
  textItems(context, file.streamData(object), own instanceof PdfDict ? own : resources, formState, depth + 1, items);
}

/** The state a page's content starts from. */
export function initialState(): State {
  return {
    ctm: IDENTITY.slice(),
    font: undefined,
    fontName: undefined,
    fontSize: 0,
    textMatrix: IDENTITY.slice(),
    textLineMatrix: IDENTITY.slice(),
    charSpacing: 0,
    wordSpacing: 0,
    leading: 0,
    textHScale: 1,
    textRise: 0,
  };
}
