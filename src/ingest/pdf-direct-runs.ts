/**
 * Runs of text for the direct PDF reader: glyphs drawn one after another gather into a run (one text
 * item) while the pen moves on as writing does; where it jumps, the run closes, and a space or a line
 * end is recorded. The reader must give the items pdf-parse gets from pdf.js, so every threshold below
 * is the one pdf.js applies, as a share of the font size the run was opened with, and every position
 * is computed with the same operations in the same order (the same doubles come out).
 */
import type { TextItem } from './pdf-direct-text.js';

type Matrix = number[];

/** A move back further than this (a share of the font size) closes the run: a new column, an overprint. */
const BACK_SHARE = -0.2;
/** A move on of at most this much is the glyphs' own spacing (tracking), not a space. */
const TRACKING_SHARE = 0.102;
/** A move on of at most this much leaves no space owed by the glyphs before (see SpaceMemory). */
const TIGHT_SHARE = 0.03;
/** A move on within these bounds is a space between words of the run; beyond, a gap between runs. */
const WORD_GAP_MIN_SHARE = 0.102;
const WORD_GAP_MAX_SHARE = 0.6;
/** A vertical move over this share of the run's height (a superscript, a note call) closes the run after the glyph joins it. */
const RAISED_SHARE = 0.25;

/** How the pen's move from the last glyph drawn to the next one is read. */
export type PenMove =
  /** The next glyph starts a new line: the run ends its line (or an empty item marks the line end). */
  | 'new-line'
  /** A jump back on the same line: the run closes. */
  | 'jump-back'
  /** The glyph joins the run, which widens by the move. */
  | 'joins'
  /** A space between words: written into the run, which widens by the move. */
  | 'word-space'
  /** A gap: the run closes, and a space item as wide as the gap stands after the last glyph. */
  | 'gap';

export interface PenMoveReading {
  move: PenMove;
  /** The spaces seen before no longer count (see SpaceMemory). */
  forgetSpaces: boolean;
  /** The run closes once the glyph has joined it. */
  closeAfter: boolean;
}

/** What a run is measured by when the pen moves: its font size, its width so far (its sign is the writing's direction) and its height. */
export interface RunMeasure {
  size: number;
  width: number;
  height: number;
}

/**
 * Reads the move (`along` the writing, in the run's text space; `across`, in page space) from the
 * last glyph drawn. `spaceOwed`: a space glyph followed a character, and no move has cancelled it
 * since; `runOpen`: a run is being gathered.
 */
export function readPenMove(along: number, across: number, run: RunMeasure, spaceOwed: boolean, runOpen: boolean): PenMoveReading {
  const direction = Math.sign(run.width);
  const rise = Math.abs(across);
  if (along < direction * (run.size * BACK_SHARE)) return reading(rise > 0.5 * run.height ? 'new-line' : 'jump-back', true, false);
  if (rise > run.height) return reading('new-line', true, false);
  const closeAfter = rise > run.height * RAISED_SHARE;
  if (along <= direction * (run.size * TRACKING_SHARE)) {
    const tight = along <= direction * (run.size * TIGHT_SHARE);
    if (spaceOwed && !tight) return reading('gap', true, closeAfter);
    return reading('joins', tight, closeAfter);
  }
  const wordGap = direction * (run.size * WORD_GAP_MIN_SHARE) <= along && along <= direction * (run.size * WORD_GAP_MAX_SHARE);
  return reading(wordGap && runOpen ? 'word-space' : 'gap', true, closeAfter);
}

const MOVES: readonly PenMove[] = ['new-line', 'jump-back', 'joins', 'word-space', 'gap'];
/** Every reading there can be, made once: a move is read for each glyph, and none of them is kept. */
const READINGS = new Map(MOVES.map((move) => [move, [false, true].map((forgetSpaces) => [false, true].map((closeAfter): PenMoveReading => Object.freeze({ move, forgetSpaces, closeAfter })))]));

function reading(move: PenMove, forgetSpaces: boolean, closeAfter: boolean): PenMoveReading {
  return READINGS.get(move)![Number(forgetSpaces)]![Number(closeAfter)]!;
}

/**
 * Whether the last glyphs shown were spaces: a character after "x " gets a space in its run even when
 * the pen moved too little for one (a space glyph drawn narrow). Both start as spaces.
 */
export class SpaceMemory {
  private last = true;
  private beforeLast = true;

  /** A character came after a space that came after a character. */
  owed(): boolean {
    return !this.beforeLast && this.last;
  }

  forget(): void {
    this.last = this.beforeLast = true;
  }

  shown(isSpace: boolean): void {
    this.beforeLast = this.last;
    this.last = isSpace;
  }
}

/** The sizes a run is opened with and measured by, from the text state when its first glyph is drawn. */
export interface RunStart {
  /** The text rendering matrix of the first glyph. */
  transform: Matrix;
  /** The text's advance along the page: the scale of the CTM times that of the line matrix. */
  advanceScale: number;
  fontSize: number;
}

/**
 * The run being gathered. Its measures outlive it: once closed, the next move is still read against
 * the last run's size, width, height and advance scale until a new one opens, as pdf.js reads it.
 */
export class TextRun implements RunMeasure {
  open = false;
  size = 0;
  width = 0;
  height = 0;
  advanceScale = 0;
  private text: string[] = [];
  private widthBefore = 0;
  private transform: Matrix | null = null;
  private endsLine = false;
  /** Whether a glyph of the run is changed by Unicode normalisation (see `close`). */
  private normalise = false;

  constructor(private readonly normalised: (text: string) => string) {}

  get empty(): boolean {
    return this.text.length === 0;
  }

  begin(start: RunStart): void {
    this.transform = start.transform;
    this.width = this.widthBefore = 0;
    this.height = Math.hypot(start.transform[2]!, start.transform[3]!);
    this.advanceScale = start.advanceScale;
    this.size = start.fontSize;
    this.endsLine = false;
    this.open = true;
  }

  add(text: string, changedByNormalisation: boolean): void {
    this.text.push(text);
    if (changedByNormalisation) this.normalise = true;
  }

  /** A new line matrix or CTM changes the advance scale: the width so far is banked at the old one. */
  rescale(advanceScale: number): void {
    if (!this.open || advanceScale === this.advanceScale) return;
    this.widthBefore += this.width * this.advanceScale;
    this.width = 0;
    this.advanceScale = advanceScale;
  }

  /** Closes the run into `items`, ending its line when asked (nothing when no run is open). */
  close(items: TextItem[], endLine = false): void {
    if (!this.open) return;
    if (endLine) this.endsLine = true;
    this.widthBefore += this.width * this.advanceScale;
    let str = this.text.join('');
    if (this.normalise) {
      str = this.normalised(str);
      this.normalise = false;
    }
    items.push({ str, width: Math.abs(this.widthBefore), height: Math.abs(this.height), transform: this.transform!, hasEOL: this.endsLine });
    this.open = false;
    this.text.length = 0;
  }
}
