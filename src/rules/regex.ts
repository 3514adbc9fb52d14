/**
 * How a rule's `regex` becomes a JavaScript RegExp, and which literal words it cannot match without
 * (the prefilter's anchors). Rule authors write ordinary JavaScript syntax; two rewrites make it fit
 * OCR'd legal text: a literal space matches any run of whitespace, line breaks included; and in a
 * pattern that holds a non-ASCII character, a `\b`/`\B` next to a non-ASCII letter, a class or a
 * group becomes aware of accented letters (so `\bélectronique` works; see nlp/unicode-words). Only a
 * pattern that writes `\p{...}`, `\P{...}` or `\u{...}` itself gets the `u` flag: V8 runs a
 * case-insensitive pattern in Unicode mode many times slower, which matters over a 38 MB corpus.
 */
import { groupEndingAt, groupStartingAt, OPTIONAL_QUANTIFIER, widenWordBoundaries } from '../nlp/unicode-words.js';

/** `accentAware`: rewrite `\b` next to classes and groups to know accented letters (the default when the pattern has some). */
export function rewriteRegexSource(source: string, accentAware = hasNonAscii(source)): string {
  return spacesAsWhitespace(accentAware ? widenWordBoundaries(source, (at) => nextToNonAscii(source, at), needsUnicode(source)) : source);
}

/** A literal space outside a class as any run of whitespace (or, before a quantifier, one whitespace character). */
function spacesAsWhitespace(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    if (c === ' ' && !inClass) {
      out += /^[?*+{]/.test(source.slice(i + 1, i + 2)) ? '\\s' : '\\s+';
      continue;
    }
    out += c;
  }
  return out;
}

/**
 * Whether the `\b` at `at` stands next to a non-ASCII character or a character class (which may hold
 * one): only there does JavaScript's ASCII-only `\b` go wrong, and the Unicode-aware replacement,
 * built of lookbehinds, is slow enough to keep it where it matters.
 */
function nextToNonAscii(source: string, at: number): boolean {
  return endsNextToNonAscii(source.slice(0, at)) || startsNextToNonAscii(source.slice(at + 2));
}

/**
 * Whether what `tail` matches first may be a non-ASCII letter: its first atom is one, a class or a group
 * holding one, or a group that may match nothing ("(?:la )?économie") before such an atom.
 */
function startsNextToNonAscii(tail: string): boolean {
  const first = tail[0] ?? '';
  if (/[^\x00-\x7f]/.test(first) || first === '[') return true;
  if (first !== '(') return false;
  const group = groupStartingAt(tail);
  if (/[^\x00-\x7f[]/.test(group ?? tail)) return true;
  const skip = group === undefined ? null : OPTIONAL_QUANTIFIER.exec(tail.slice(group.length));
  return skip !== null && startsNextToNonAscii(tail.slice((group as string).length + skip[0].length));
}

/**
 * Whether what `head` matches last may be a non-ASCII letter: its last atom is one, a class or a group
 * holding one, or an atom that may match nothing ("march[ée]s?") after such an atom.
 */
function endsNextToNonAscii(head: string): boolean {
  const quantifier = /(?:[*+?]|\{\d+(?:,\d*)?\})\??$/.exec(head)?.[0] ?? '';
  const atomEnd = head.slice(0, head.length - quantifier.length);
  const last = atomEnd[atomEnd.length - 1] ?? '';
  if (/[^\x00-\x7f]/.test(last) || last === ']') return true;
  const group = last === ')' ? groupEndingAt(atomEnd) : undefined;
  if (group !== undefined && /[^\x00-\x7f[]/.test(group)) return true;
  if (!OPTIONAL_QUANTIFIER.test(quantifier) || last === '') return false;
  // The last atom may match nothing: the one before it may then touch the boundary.
  const atomLength = group?.length ?? (atomEnd[atomEnd.length - 2] === '\\' ? 2 : 1);
  return endsNextToNonAscii(atomEnd.slice(0, atomEnd.length - atomLength));
}

/** Whether a pattern needs Unicode mode: it writes a \p{...}, \P{...} or \u{...} escape. */
function needsUnicode(source: string): boolean {
  return /\\[pPu]\{/.test(source);
}

/** Whether a pattern holds a non-ASCII character (or a Unicode escape): its word boundaries must know accented letters. */
function hasNonAscii(source: string): boolean {
  return /[^\x00-\x7f]/.test(source) || needsUnicode(source);
}

/** Compiles a rule regex (case-insensitive). Throws SyntaxError with the engine's message. */
export function compileRuleRegex(source: string, global = true, accentAware = hasNonAscii(source)): RegExp {
  return new RegExp(rewriteRegexSource(source, accentAware), `${global ? 'g' : ''}i${needsUnicode(source) ? 'u' : ''}`);
}

/**
 * A pattern's top-level alternatives regrouped into one pattern of the ASCII-only ones and one of
 * the others, when it has both: each half gets its own prefilter anchors (an English document never
 * runs the Spanish half). Compile both halves accent-aware, as the whole pattern was, so that their
 * word boundaries mean what they meant. A pattern with back-references, or all of one kind, comes
 * back whole.
 */
export function splitByScript(source: string): string[] {
  if (/\\[1-9]|\\k</.test(source)) return [source];
  const alternatives = topLevelAlternatives(source);
  const wide = alternatives.filter(hasNonAscii);
  const narrow = alternatives.filter((alternative) => !hasNonAscii(alternative));
  return wide.length > 0 && narrow.length > 0 ? [narrow.join('|'), wide.join('|')] : [source];
}

function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}
