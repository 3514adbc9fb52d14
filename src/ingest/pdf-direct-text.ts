/**
 * A page's text items from its content stream, for the direct PDF reader: the same items pdf.js's text
 * extraction makes (its getTextContent, without marked content and with its Unicode normalisation),
 * so that the page text built from them is the same. Glyphs are joined into an item while they follow
 * on; a gap of more than a tenth of the font size becomes a space, a larger one or a move back a new
 * item, a change of line an item that ends a line; the arithmetic is pdf.js's, operation for operation,
 * so that each position is the same double. Text in right-to-left scripts, presentation forms or any
 * operator outside what is read here (inline images, fonts set by graphics states, vertical writing)
 * declines the PDF.
 */
import { loadFont, type DirectFont, type Glyph } from './pdf-direct-font.js';
import { nameOf, type PdfFile } from './pdf-direct-file.js';
import { decline, PdfDict, PdfKeyword, PdfLexer, PdfName, PdfStream, type PdfValue } from './pdf-direct-syntax.js';

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

/** Spacing thresholds, as fractions of the font size. */
const TRACKING_SPACE = 0.102;
const NOT_A_SPACE = 0.03;
const NEGATIVE_SPACE = -0.2;
const SPACE_IN_FLOW_MIN = 0.102;
const SPACE_IN_FLOW_MAX = 0.6;
const VERTICAL_SHIFT = 0.25;

/** How deep forms may nest in one another, and how many operators a document may have. */
const MAX_FORM_DEPTH = 12;

export interface PageContext {
  file: PdfFile;
  view: number[];
  fonts: Map<PdfDict, DirectFont>;
  /** Operators still allowed for the whole document: a bound on the work a hostile file can ask for. */
  budget: { operators: number };
}

/** The text items of a content stream read with `resources`, from `state`. */
export function textItems(context: PageContext, content: Uint8Array, resources: PdfDict | undefined, state: State, depth: number, items: TextItem[]): void {
  const { file, view } = context;
  let stack: State[] = [];
  let ts = state;
  const item = {
    initialized: false,
    str: [] as string[],
    totalWidth: 0,
    totalHeight: 0,
    width: 0,
    height: 0,
    textAdvanceScale: 0,
    spaceInFlowMin: 0,
    spaceInFlowMax: 0,
    trackingSpaceMin: Infinity,
    negativeSpaceMax: -Infinity,
    notASpace: -Infinity,
    transform: null as Matrix | null,
    hasEOL: false,
  };
  // Whether the last character shown, and the one before it, were spaces: a character after a non-space
  // followed by a space gets a space in the item even when the pen moved too little for one.
  let lastIsSpace = true;
  let beforeIsSpace = true;
  const shouldAddWhitespace = () => !beforeIsSpace && lastIsSpace;
  const resetLastChars = () => {
    lastIsSpace = beforeIsSpace = true;
  };
  // Characters that pdf.js's normalisation changes have been put in the current item.
  let normalise = false;

  const currentTransform = (): Matrix => textTransform(ts, [0, 0, 0, 0, 0, 0]);
  // The transforms looked at for every glyph are computed into these two, which no item keeps.
  const current: Matrix = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
  const prevTransform: Matrix = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
  let hasPrevTransform = false;

  /** A space item, placed where the last glyph ended unless told. */
  const pushWhitespace = (width: number, transform?: Matrix) => {
    items.push({ str: ' ', width, height: 0, transform: transform ?? (hasPrevTransform ? prevTransform.slice() : decline('a space before any glyph')), hasEOL: false });
  };

  const ensureItem = () => {
    if (item.initialized) return;
    const trm = (item.transform = currentTransform());
    item.width = item.totalWidth = 0;
    item.height = item.totalHeight = Math.hypot(trm[2]!, trm[3]!);
    item.textAdvanceScale = Math.hypot(ts.ctm[0]!, ts.ctm[1]!) * Math.hypot(ts.textLineMatrix[0]!, ts.textLineMatrix[1]!);
    const size = ts.fontSize;
    item.trackingSpaceMin = size * TRACKING_SPACE;
    item.notASpace = size * NOT_A_SPACE;
    item.negativeSpaceMax = size * NEGATIVE_SPACE;
    item.spaceInFlowMin = size * SPACE_IN_FLOW_MIN;
    item.spaceInFlowMax = size * SPACE_IN_FLOW_MAX;
    item.hasEOL = false;
    item.initialized = true;
  };

  const updateAdvanceScale = () => {
    if (!item.initialized) return;
    const scale = Math.hypot(ts.ctm[0]!, ts.ctm[1]!) * Math.hypot(ts.textLineMatrix[0]!, ts.textLineMatrix[1]!);
    if (scale === item.textAdvanceScale) return;
    item.totalWidth += item.width * item.textAdvanceScale;
    item.width = 0;
    item.textAdvanceScale = scale;
  };

  const flush = () => {
    if (!item.initialized) return;
    item.totalWidth += item.width * item.textAdvanceScale;
    let str = item.str.join('');
    if (normalise) {
      str = str.replace(NORMALISED, (c) => c.normalize('NFKC')).replace(LONG_S_T, '\u017ft');
      normalise = false;
    }
    items.push({ str, width: Math.abs(item.totalWidth), height: Math.abs(item.totalHeight), transform: item.transform!, hasEOL: item.hasEOL });
    item.initialized = false;
    item.str.length = 0;
  };

  const appendEOL = () => {
    resetLastChars();
    if (item.initialized) {
      item.hasEOL = true;
      flush();
    } else {
      items.push({ str: '', width: 0, height: 0, transform: currentTransform(), hasEOL: true });
    }
  };

  const addFakeSpaces = (width: number, orientation: number) => {
    if (orientation * item.spaceInFlowMin <= width && width <= orientation * item.spaceInFlowMax) {
      if (item.initialized) {
        resetLastChars();
        item.str.push(' ');
      }
      return false;
    }
    flush();
    resetLastChars();
    pushWhitespace(Math.abs(width), hasPrevTransform ? prevTransform.slice() : currentTransform());
    return true;
  };

  /** Whether the glyph about to be drawn joins the current item (else it is off the page), with the spaces and line ends its place calls for. */
  /** The width of the glyph compareWithLastPosition looks at (a variable, not an argument: a double passed to a call is boxed). */
  let glyphWidth = 0;
  const compareWithLastPosition = () => {
    textTransform(ts, current);
    let posX = current[4]!;
    let posY = current[5]!;
    if (posX + glyphWidth < view[0]! || posX > view[2]! || posY < view[1]! || posY > view[3]!) return false;
    if (!hasPrevTransform) return true;
    let lastX = prevTransform[4]!;
    let lastY = prevTransform[5]!;
    if (lastX === posX && lastY === posY) return true;
    let rotate = -1;
    if (current[0] && current[1] === 0 && current[2] === 0) rotate = current[0] > 0 ? 0 : 180;
    else if (current[1] && current[0] === 0 && current[3] === 0) rotate = current[1] > 0 ? 90 : 270;
    switch (rotate) {
      case 0:
        break;
      case 90:
        [posX, posY] = [posY, posX];
        [lastX, lastY] = [lastY, lastX];
        break;
      case 180:
        [posX, posY, lastX, lastY] = [-posX, -posY, -lastX, -lastY];
        break;
      case 270:
        [posX, posY] = [-posY, -posX];
        [lastX, lastY] = [-lastY, -lastX];
        break;
      default:
        [posX, posY] = unrotate(posX, posY, current);
        [lastX, lastY] = unrotate(lastX, lastY, prevTransform);
    }
    const advanceX = (posX - lastX) / item.textAdvanceScale;
    const advanceY = posY - lastY;
    const orientation = Math.sign(item.width);
    if (advanceX < orientation * item.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * item.height) {
        appendEOL();
        return true;
      }
      resetLastChars();
      flush();
      return true;
    }
    if (Math.abs(advanceY) > item.height) {
      appendEOL();
      return true;
    }
    if (advanceX <= orientation * item.notASpace) resetLastChars();
    if (advanceX <= orientation * item.trackingSpaceMin) {
      if (shouldAddWhitespace()) {
        resetLastChars();
        flush();
        pushWhitespace(Math.abs(advanceX));
      } else {
        item.width += advanceX;
      }
    } else if (!addFakeSpaces(advanceX, orientation)) {
      if (item.str.length === 0) {
        resetLastChars();
        pushWhitespace(Math.abs(advanceX));
      } else {
        item.width += advanceX;
      }
    }
    if (Math.abs(advanceY) > item.height * VERTICAL_SHIFT) flush();
    return true;
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
    // The pen moves along the text matrix, written out here rather than by translate(): a double passed
    // to a call is boxed, and this runs for every glyph.
    const tm = ts.textMatrix;
    const scale = FONT_SCALE * ts.fontSize;
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i]!;
      const unicode = glyph.unicode;
      if (glyph.invisible) continue;
      let charSpacing = ts.charSpacing + (i + 1 === glyphs.length ? extraSpacing : 0);
      let scaledDim = glyph.width * scale;
      if (glyph.code === 0x20) charSpacing += ts.wordSpacing;
      if (glyph.whitespace) {
        charSpacing += scaledDim;
        const dx = charSpacing * ts.textHScale;
        tm[4] = tm[0]! * dx + tm[2]! * 0 + tm[4]!;
        tm[5] = tm[1]! * dx + tm[3]! * 0 + tm[5]!;
        beforeIsSpace = lastIsSpace;
        lastIsSpace = true;
        continue;
      }
      const isMark = glyph.mark;
      glyphWidth = scaledDim;
      if (!isMark && !compareWithLastPosition()) {
        const dx = scaledDim * ts.textHScale;
        tm[4] = tm[0]! * dx + tm[2]! * 0 + tm[4]!;
        tm[5] = tm[1]! * dx + tm[3]! * 0 + tm[5]!;
        continue;
      }
      ensureItem();
      if (isMark) scaledDim = 0;
      scaledDim *= ts.textHScale;
      tm[4] = tm[0]! * scaledDim + tm[2]! * 0 + tm[4]!;
      tm[5] = tm[1]! * scaledDim + tm[3]! * 0 + tm[5]!;
      item.width += scaledDim;
      if (scaledDim) {
        textTransform(ts, prevTransform);
        hasPrevTransform = true;
      }
      if (!beforeIsSpace && lastIsSpace) item.str.push(' ');
      beforeIsSpace = lastIsSpace;
      lastIsSpace = false;
      item.str.push(unicode);
      if (glyph.normalised) normalise = true;
      if (charSpacing) {
        const dx = charSpacing * ts.textHScale;
        tm[4] = tm[0]! * dx + tm[2]! * 0 + tm[4]!;
        tm[5] = tm[1]! * dx + tm[3]! * 0 + tm[5]!;
      }
    }
  };

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
