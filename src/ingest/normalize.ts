import type { OffsetMap } from '../model.js';
import { BrokenWords } from './hyphenation.js';
import { composeMaps, identityMap, isIdentity, MappedTextBuilder, type MappedText } from './offset-map.js';

export interface NormalizeOptions {
  /**
   * Treat a run of two or more spaces as a line break. The ToTA corpus flattened many paragraph
   * breaks into double spaces, and enumerations ("(a) …;  (b) …") read better split into lines.
   */
  spaceRunsAreBreaks?: boolean;
  /**
   * Leave a hyphen and a space inside a line as they are, never read as a word broken at a line end
   * that reflowing turned into a space (BrokenWords.reflowedAt). ToTA's texts are transcriptions, not
   * copies reflowed from a page, and the check would cost every ToTA scan a pass over its text.
   */
  hyphenSpacesAsWritten?: boolean;
}

/** One normalisation step: a pure text → text function that also says where each output run came from. */
type Stage = (text: string) => MappedText;

/**
 * Normalises extracted text for matching: Unicode NFC, one kind of quote and dash, words broken by
 * line-end hyphens joined, whitespace folded. Every step is linear and records an offset map, and
 * the maps are chained so that the result maps straight back to `text`.
 */
export function normalizeText(text: string, options: NormalizeOptions = {}): MappedText {
  const variants = findVariants(text);
  const stages: Stage[] = [
    (t) => (variants.composable ? composeUnicode(t) : unchanged(t)),
    (t) => unifyCharacters(t, t === text ? variants : findVariants(t)),
    (t) => joinWordsAndFoldBlanks(t, options),
  ];
  let current = text;
  let map: OffsetMap | undefined;
  for (const stage of stages) {
    const next = stage(current);
    if (next.text === current) continue; // unchanged: keep the map as it is
    // After a stage that kept every offset (quotes and dashes patched one for one), the next stage's map is the whole map.
    map = map && !isIdentity(map) ? composeMaps(map, next.map) : next.map;
    current = next.text;
  }
  return { text: current, map: map ?? identityMap() };
}

function unchanged(text: string): MappedText {
  return { text, map: identityMap() };
}

/**
 * Below U+0300 every character is its own NFC and none combines with the one before, so NFC can change
 * a text only in its stretches of characters from U+0300 up, together with the character just before
 * each (the letter a combining mark composes with). Those stretches are few (a Greek word, an
 * ellipsis, a bullet): each is asked of ICU alone, instead of the whole text, whose check copies it.
 * The stretches and the text between them are read sticky, a run at a time (see UP_TO_VARIANT_OR_WIDE).
 */
const UP_TO_MAY_COMPOSE = /[^\u0300-\uffff]*/y;
const MAY_COMPOSE = /[\u0300-\uffff]*/y;

/** NFC, applied stretch by stretch where it may change anything (see MAY_COMPOSE). */
function composeUnicode(text: string): MappedText {
  let out: MappedTextBuilder | undefined;
  let done = 0;
  for (let from = 0; ; ) {
    UP_TO_MAY_COMPOSE.lastIndex = from;
    UP_TO_MAY_COMPOSE.test(text);
    const stretch = UP_TO_MAY_COMPOSE.lastIndex;
    if (stretch >= text.length) break;
    MAY_COMPOSE.lastIndex = stretch;
    MAY_COMPOSE.test(text);
    const start = Math.max(done, stretch - 1);
    const end = (from = MAY_COMPOSE.lastIndex);
    const segment = text.slice(start, end);
    const composed = segment.normalize('NFC');
    if (composed === segment) continue;
    out ??= new MappedTextBuilder();
    out.copy(text, done, start);
    out.put(composed, start);
    done = end;
  }
  if (!out) return unchanged(text);
  out.copy(text, done, text.length);
  return out.build();
}

const SPACE = 32;
const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const HYPHEN = 45;
const isBlank = (c: number) => c === SPACE || c === TAB || c === LINE_FEED;

/** Replacements for typographic variants; '' drops the character. */
const CHARACTER_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-',
  '\u2212': '-', '\ufe58': '-', '\ufe63': '-', '\uff0d': '-',
  '\u00ad': '', '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '',
  '\r': '\n', '\f': '\n', '\v': '\n', '\u2028': '\n', '\u2029': '\n\n', '\u0085': '\n',
  '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl',
};
/** Spaces of other widths and kinds: each becomes one plain space. */
const SPACE_LIKE = '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000';

/** The replacement of each variant by its character code (CR LF, the one pair, is read as CR then a dropped LF). */
const REPLACEMENTS = new Map<number, string>([
  ...Object.entries(CHARACTER_MAP).map(([variant, replacement]) => [variant.charCodeAt(0), replacement] as const),
  ...[...SPACE_LIKE].map((space) => [space.charCodeAt(0), ' '] as const),
]);

/**
 * The characters up to the next place a variant may stand: the variants below U+0100, and every
 * character above U+00FF (the other variants all are). V8 reads one class of few wide ranges several
 * times faster than the variants' many small ones, and a stop at each wide character also tells whether
 * the result needs any. Sticky and greedy: V8 reads a run of a class in one tight loop, where a search
 * for the class starts a match at each position (0.7x the time over the corpus).
 */
const UP_TO_VARIANT_OR_WIDE = /[^\r\f\v\u0085\u00a0\u00ad\u0100-\uffff]*/y;
/** The same, for the rest of a text once it is known to keep a wide character. */
const UP_TO_MAYBE_VARIANT = /[^\r\f\v\u0085\u00a0\u00ad\u1680\u2000-\u203f\u205f\u2060\u2212\u3000\ufb00-\ufb04\ufe58\ufe63\ufeff\uff0d]*/y;

/**
 * One kind of quote, dash, space and line break; soft hyphens and zero-width characters dropped;
 * ligatures spelled out. Most agreements then hold no character above U+00FF (their curly quotes and
 * dashes were the only ones): their text is built as a one-byte string, which V8 stores and searches
 * faster than the two-byte one a single curly quote makes the whole decoded file.
 */
function unifyCharacters(text: string, found: Variants): MappedText {
  if (found.at.length === 0) return unchanged(text);
  return found.oneForOne && !found.keepsWide ? patchedCopy(text, found) : rebuilt(text, found);
}

/** Where the variants of a text stand, each with its replacement. */
interface Variants {
  at: number[];
  /** Where each ends: one after it, two for CR LF (the one pair, replaced as one). */
  end: number[];
  replacement: string[];
  /** Whether each variant is one character replaced by one (no pair, no drop, no ligature): the text keeps its length and offsets. */
  oneForOne: boolean;
  /** Whether the text holds a character above U+00FF that is no variant. */
  keepsWide: boolean;
  /**
   * Whether NFC may change the text. Not when every character above U+00FF is a variant: no variant
   * combines with a character before or after it, and none but two spaces changes under NFC (checked
   * against ICU for every character), and those two (U+2000, U+2001) become other spaces, which are
   * unified into a plain space all the same. So the scan for the variants spares most agreements
   * ICU's check, which copies the whole text.
   */
  composable: boolean;
}

function findVariants(text: string): Variants {
  const found: Variants = { at: [], end: [], replacement: [], oneForOne: true, keepsWide: false, composable: false };
  let upTo = UP_TO_VARIANT_OR_WIDE;
  for (let from = 0; ; ) {
    upTo.lastIndex = from;
    upTo.test(text);
    const at = upTo.lastIndex;
    if (at >= text.length) break;
    const code = text.charCodeAt(at);
    const replacement = REPLACEMENTS.get(code);
    if (replacement === undefined) {
      found.keepsWide = found.composable = true; // not a variant, so above U+00FF: only the variants are worth stopping at from here
      upTo = UP_TO_MAYBE_VARIANT;
      from = at + 1;
      continue;
    }
    const pair = code === CARRIAGE_RETURN && text.charCodeAt(at + 1) === LINE_FEED;
    if (pair || replacement.length !== 1) found.oneForOne = false;
    found.at.push(at);
    found.end.push((from = at + (pair ? 2 : 1)));
    found.replacement.push(replacement);
  }
  return found;
}

/**
 * The text copied whole by one native write into one byte a character and its variants overwritten in
 * the copy, for variants that are all one character for one and a text whose other characters are all
 * below U+0100: the usual case (curly quotes, dashes, no-break spaces in a Latin-1 text), which comes
 * out as a one-byte string, where cutting the text at every variant and joining it again would keep it
 * two-byte. Its offsets are the text's own. A text that keeps a wide character is rebuilt instead: its
 * pieces joined are one copy, where the write and the string read back from it were two of twice the
 * size.
 */
function patchedCopy(text: string, { at, replacement }: Variants): MappedText {
  const bytes = Buffer.allocUnsafe(text.length);
  // Latin-1 keeps each character's low byte: the wider ones are all variants, overwritten below.
  bytes.write(text, 0, 'latin1');
  for (let i = 0; i < at.length; i++) bytes[at[i]!] = replacement[i]!.charCodeAt(0);
  return { text: bytes.toString('latin1'), map: identityMap() };
}

/** The text rebuilt around its variants, with the map of what moved. */
function rebuilt(text: string, { at, end, replacement, keepsWide }: Variants): MappedText {
  const out = new MappedTextBuilder();
  let done = 0;
  for (let i = 0; i < at.length; i++) {
    out.copy(text, done, at[i]!);
    out.put(replacement[i]!, at[i]!);
    done = end[i]!;
  }
  out.copy(text, done, text.length);
  return keepsWide ? out.build() : out.buildLatin1();
}

/**
 * Joins words broken at line ends (see BrokenWords) and folds blanks, in one pass with one output:
 * runs of spaces and tabs become one space, blanks around line breaks and at both ends go, a single
 * line break stays and three or more become two (one empty line marks a paragraph). A lone space is
 * left alone, so the words between two runs of blanks are copied as one piece.
 *
 * The loop turns once per run of blanks (350,000 times over the ToTA corpus), and a batch scan's V8
 * inlines no call (see cli/v8-tuning): so the next line break, tab and space pair are three numbers
 * here, each moved on by a native indexOf, and the output and its map are three arrays written in the
 * loop, as MappedTextBuilder writes them (a run of the map opens only where the output stops following
 * the text), rather than calls into a searcher and a builder at each run (0.97x the instructions of
 * normalising the corpus).
 */
function joinWordsAndFoldBlanks(text: string, options: NormalizeOptions = {}): MappedText {
  const length = text.length;
  const spaceRunsAreBreaks = options.spaceRunsAreBreaks === true;
  const out: FoldedText = { pieces: [], normStarts: [], origStarts: [], size: 0, follows: -1 };
  const { pieces, normStarts, origStarts } = out;
  // A run of blanks starts at a line break, a tab or two spaces, or at the spaces just before one;
  // where each of those next stands (-2: not searched yet, -1: none left).
  let lineBreak = -2;
  let tab = -2;
  let spacePair = -2;
  // A hyphen and a lone space, where reflowing may have left a word broken at a line end
  // (BrokenWords.reflowedAt); never looked for in a text whose hyphen spaces are as written.
  let hyphenSpace = options.hyphenSpacesAsWritten ? -1 : -2;
  let brokenWords: BrokenWords | undefined;
  let done = 0; // everything before `done` is written or dropped
  while (done < length && isBlank(text.charCodeAt(done))) done++; // leading blanks go
  for (let from = done; from < length; ) {
    if (lineBreak !== -1 && lineBreak < from) lineBreak = text.indexOf('\n', from);
    if (tab !== -1 && tab < from) tab = text.indexOf('\t', from);
    if (spacePair !== -1 && spacePair < from) spacePair = text.indexOf('  ', from);
    if (hyphenSpace !== -1 && hyphenSpace < from) hyphenSpace = text.indexOf('- ', from);
    let start = lineBreak < 0 ? length : lineBreak;
    if (tab >= 0 && tab < start) start = tab;
    if (spacePair >= 0 && spacePair < start) start = spacePair;
    if (hyphenSpace >= 0 && hyphenSpace + 2 < start && mayJoinAcrossSpace(text.charCodeAt(hyphenSpace - 1), text.charCodeAt(hyphenSpace + 2))) {
      // A lone space after a hyphen, before the next run of blanks: the loop otherwise leaves it alone.
      const broken = (brokenWords ??= new BrokenWords(text)).reflowedAt(hyphenSpace);
      if (broken) {
        copyInto(out, text, done, broken.keepsHyphen ? hyphenSpace + 1 : hyphenSpace);
        done = broken.rightStart;
      }
      from = hyphenSpace + 2;
      continue;
    }
    if (start === length) break;
    while (start > from && text.charCodeAt(start - 1) === SPACE) start--;
    let end = start;
    let breaks = 0;
    let firstBreak = -1;
    let hasTab = false;
    for (let c = text.charCodeAt(end); end < length && (c === SPACE || c === TAB || c === LINE_FEED); c = text.charCodeAt(++end)) {
      if (c === LINE_FEED) {
        if (firstBreak < 0) firstBreak = end;
        breaks++;
      } else if (c === TAB) hasTab = true;
    }
    from = end;
    if (breaks === 1 && end < length && text.charCodeAt(start - 1) === HYPHEN) {
      const broken = (brokenWords ??= new BrokenWords(text)).at(start - 1);
      if (broken) {
        copyInto(out, text, done, broken.keepsHyphen ? start : start - 1);
        done = broken.rightStart;
        continue;
      }
    }
    // A lone line break inside the text stays as it is: no cut in the output, no entry in the map.
    if (end - start === 1 && breaks === 1 && end < length) continue;
    if (start > done) {
      if (done !== out.follows) {
        normStarts.push(out.size);
        origStarts.push(done);
      }
      pieces.push(text.slice(done, start));
      out.size += start - done;
      out.follows = start;
    }
    done = end;
    if (end === length) break; // trailing blanks go
    let fold: string;
    let origin = start;
    if (breaks > 0) {
      fold = breaks === 1 ? '\n' : '\n\n';
      origin = firstBreak;
    } else fold = spaceRunsAreBreaks && !hasTab && end - start > 1 ? '\n' : ' ';
    if (origin !== out.follows) {
      normStarts.push(out.size);
      origStarts.push(origin);
    }
    pieces.push(fold);
    out.size += fold.length;
    out.follows = origin + fold.length;
  }
  copyInto(out, text, done, length);
  const last = pieces[pieces.length - 1];
  if (last !== undefined && isBlank(last.charCodeAt(last.length - 1))) trimTrailingBlanks(out);
  if (normStarts.length === 0) return { text: '', map: identityMap() };
  return { text: pieces.join(''), map: { normStarts, origStarts } };
}

/**
 * Whether the characters around a hyphen and a space may be the two halves of a broken word: a letter
 * before, a lower-case letter after (or any character beyond Latin-1's capitals, which
 * BrokenWords.reflowedAt then reads exactly). A dash between spaces (" - ") is passed over here, for
 * the price of two comparisons, rather than asked about.
 */
function mayJoinAcrossSpace(before: number, after: number): boolean {
  const folded = before | 0x20;
  return ((folded >= 0x61 && folded <= 0x7a) || before >= 0xc0) && ((after >= 0x61 && after <= 0x7a) || after >= 0xdf);
}

/** The folded text as joinWordsAndFoldBlanks writes it: its pieces, its map, its length, and the offset of the text its last piece ends at. */
interface FoldedText {
  pieces: string[];
  normStarts: number[];
  origStarts: number[];
  size: number;
  /** The offset of the text that the output written so far ends at (-1 before anything): a piece copied from there goes on the map's last run. */
  follows: number;
}

/** Copies text[from, to) into the folded text (MappedTextBuilder.copy). */
function copyInto(out: FoldedText, text: string, from: number, to: number): void {
  if (to <= from) return;
  if (from !== out.follows) {
    out.normStarts.push(out.size);
    out.origStarts.push(from);
  }
  out.pieces.push(text.slice(from, to));
  out.size += to - from;
  out.follows = to;
}

/** Drops the blanks the folded text ends with, and the runs of its map that start in them (MappedTextBuilder.trimEnd). */
function trimTrailingBlanks(out: FoldedText): void {
  const { pieces, normStarts, origStarts } = out;
  while (pieces.length > 0) {
    const piece = pieces[pieces.length - 1] as string;
    let cut = piece.length;
    while (cut > 0 && isBlank(piece.charCodeAt(cut - 1))) cut--;
    out.size -= piece.length - cut;
    if (cut > 0) {
      pieces[pieces.length - 1] = piece.slice(0, cut);
      break;
    }
    pieces.pop();
  }
  while (normStarts.length > 0 && (normStarts[normStarts.length - 1] as number) >= out.size) {
    normStarts.pop();
    origStarts.pop();
  }
}
