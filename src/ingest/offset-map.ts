import type { OffsetMap } from '../model.js';

/** A text derived from another one, with the map from its offsets back to the source's. */
export interface MappedText {
  text: string;
  map: OffsetMap;
}

/** The map of a text to itself: one run from 0. */
export function identityMap(): OffsetMap {
  return { normStarts: [0], origStarts: [0] };
}

/** Whether `map` takes every offset to itself (one run from 0): chaining it with another map gives that map. */
export function isIdentity(map: OffsetMap): boolean {
  return map.normStarts.length === 1 && map.normStarts[0] === 0 && map.origStarts[0] === 0;
}

/**
 * Builds a derived text chunk by chunk while recording runs. A new run is opened only when the
 * one-for-one correspondence breaks, so an unchanged stretch costs one array entry, not one per character.
 */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly normStarts: number[] = [];
  private readonly origStarts: number[] = [];

  /** Copies `source[from, to)` unchanged. */
  copy(source: string, from: number, to: number): void {
    if (to > from) this.put(source.slice(from, to), from);
  }

  /** Appends `text` standing for the source from offset `origin` on (a replacement or an insertion). */
  put(text: string, origin: number): void {
    if (text.length === 0) return;
    const last = this.normStarts.length - 1;
    const continues = last >= 0 && this.origStarts[last]! + (this.length - this.normStarts[last]!) === origin;
    if (!continues) {
      this.normStarts.push(this.length);
      this.origStarts.push(origin);
    }
    this.parts.push(text);
    this.length += text.length;
  }

  /** The last `n` characters written (fewer at the start). */
  tail(n: number): string {
    let out = '';
    for (let i = this.parts.length - 1; i >= 0 && out.length < n; i--) out = this.parts[i]! + out;
    return out.slice(-n);
  }

  get size(): number {
    return this.length;
  }

  /** Removes trailing characters of `chars` (e.g. spaces before a line break). */
  trimEnd(chars: string): void {
    while (this.parts.length > 0) {
      const part = this.parts[this.parts.length - 1]!;
      let cut = part.length;
      while (cut > 0 && chars.includes(part[cut - 1]!)) cut--;
      this.length -= part.length - cut;
      if (cut > 0) {
        this.parts[this.parts.length - 1] = part.slice(0, cut);
        break;
      }
      this.parts.pop();
    }
    while (this.normStarts.length > 0 && this.normStarts[this.normStarts.length - 1]! >= this.length) {
      this.normStarts.pop();
      this.origStarts.pop();
    }
  }

  build(): MappedText {
    return this.finish(() => this.parts.join(''));
  }

  /**
   * build() for a text the caller knows to hold no character above U+00FF, made a one-byte string:
   * V8 keeps a text joined from pieces of a two-byte string two-byte, at twice the memory and slower to
   * search, even when the characters that made it two-byte were all replaced.
   */
  buildLatin1(): MappedText {
    return this.finish(() => {
      const bytes = Buffer.allocUnsafe(this.length);
      let at = 0;
      for (const part of this.parts) at += bytes.write(part, at, 'latin1');
      return bytes.toString('latin1', 0, at);
    });
  }

  private finish(text: () => string): MappedText {
    if (this.normStarts.length === 0) return { text: '', map: identityMap() };
    return { text: text(), map: { normStarts: this.normStarts, origStarts: this.origStarts } };
  }
}

/**
 * Index of the last entry of ascending `starts` that is <= `value` (0 when none is). A binary search
 * written out rather than prefixLength's: the map is asked for every outline node and every excerpt,
 * and a batch scan's V8 does not inline the callback prefixLength would call at each step.
 */
function lastAtOrBefore(starts: readonly number[], value: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/** Where offset `offset` of the normalised text stands in the original text. */
export function toOriginalOffset(map: OffsetMap, offset: number): number {
  const i = lastAtOrBefore(map.normStarts, offset);
  return map.origStarts[i]! + (offset - map.normStarts[i]!);
}

/**
 * The original span of the normalised span `[start, end)`. The end is mapped from the last character
 * so that characters dropped after the span (folded spaces, a removed header) are not pulled in.
 */
export function toOriginalRange(map: OffsetMap, start: number, end: number): [number, number] {
  const from = toOriginalOffset(map, start);
  return end > start ? [from, toOriginalOffset(map, end - 1) + 1] : [from, from];
}

/** Where offset `offset` of the original lands in the normalised text (the next kept character when it was dropped). */
export function toNormalizedOffset(map: OffsetMap, offset: number): number {
  const i = lastAtOrBefore(map.origStarts, offset);
  const guess = map.normStarts[i]! + Math.max(0, offset - map.origStarts[i]!);
  const next = map.normStarts[i + 1];
  return next !== undefined && guess > next ? next : guess;
}

/**
 * Chains two maps: `first` takes offsets of B back to A, `second` of C back to B; the result takes
 * C back to A. Linear: both run lists are walked once, each run of `second` split where `first` breaks.
 */
export function composeMaps(first: OffsetMap, second: OffsetMap): OffsetMap {
  const normStarts: number[] = [];
  const origStarts: number[] = [];
  const push = (norm: number, orig: number) => {
    const k = normStarts.length - 1;
    if (k >= 0 && normStarts[k] === norm) {
      origStarts[k] = orig;
      return;
    }
    if (k >= 0 && origStarts[k]! + (norm - normStarts[k]!) === orig) return;
    normStarts.push(norm);
    origStarts.push(orig);
  };
  let j = 0;
  for (let i = 0; i < second.normStarts.length; i++) {
    const cStart = second.normStarts[i]!;
    const cEnd = second.normStarts[i + 1] ?? Number.POSITIVE_INFINITY;
    const bStart = second.origStarts[i]!;
    const bEnd = bStart + (cEnd - cStart);
    while (j + 1 < first.normStarts.length && first.normStarts[j + 1]! <= bStart) j++;
    push(cStart, first.origStarts[j]! + (bStart - first.normStarts[j]!));
    for (let k = j + 1; k < first.normStarts.length && first.normStarts[k]! < bEnd; k++) {
      push(cStart + (first.normStarts[k]! - bStart), first.origStarts[k]!);
    }
  }
  return normStarts.length ? { normStarts, origStarts } : identityMap();
}
