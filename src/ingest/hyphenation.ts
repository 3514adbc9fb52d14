import { MappedTextBuilder, identityMap, type MappedText } from './offset-map.js';

/**
 * A hyphen at a line end followed by a lower-case continuation, or by a continuation in capitals (a
 * heading: "ELECTRONIC COM-\nMERCE"); the word before it is found by walking back.
 */
const BREAK = /-[ \t]*\n[ \t]*(\p{Ll}\p{L}*|\p{Lu}+(?![\p{Ll}\p{N}]))/gu;
const LETTER = /\p{L}/u;

/** Left parts that usually start a real compound, kept hyphenated when the document itself does not say. */
const COMPOUND_PREFIXES = new Set([
  'audio', 'co', 'non', 'self', 'socio', 'cross', 'multi', 'e', 'anti', 'inter', 'intra', 'pre', 'post',
  'quasi', 'semi', 'sub', 'ex', 'bi', 'tri', 'well', 'long', 'short', 'small', 'medium', 'large', 'low',
  'high', 'free', 'third', 'state', 'ultra', 'extra', 'mid', 'pan', 'pro', 'macro', 'micro', 'cyber',
  'video', 'euro', 'agro', 'afro',
]);

interface Candidate {
  leftStart: number;
  hyphen: number;
  rightStart: number;
  left: string;
  right: string;
}

function findCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(BREAK)) {
    let leftStart = m.index;
    while (leftStart > 0 && LETTER.test(text[leftStart - 1]!)) leftStart--;
    if (leftStart === m.index) continue; // "- \n" after a number or a space: a dash, not a broken word
    const right = m[1]!;
    const rightStart = m.index + m[0].length - right.length;
    const left = text.slice(leftStart, m.index);
    // A word in capitals continues only a word in capitals ("Canada-\nEU" is not one word broken).
    if (/^\p{Lu}/u.test(right) && left !== left.toUpperCase()) continue;
    found.push({ leftStart, hyphen: m.index, rightStart, left, right });
  }
  return found;
}

/**
 * How often each form the candidates need (joined and hyphenated, lower case) occurs as a whole word.
 * Only those forms are counted, with indexOf over the lower-cased text, so an agreement with a few
 * broken words costs a few fast scans rather than a tokenisation of the whole text.
 */
function countForms(text: string, candidates: readonly Candidate[]): Map<string, number> {
  const lower = text.toLowerCase();
  const counts = new Map<string, number>();
  for (const c of candidates) {
    for (const form of [`${c.left}${c.right}`.toLowerCase(), `${c.left}-${c.right}`.toLowerCase()]) {
      if (counts.has(form)) continue;
      let n = 0;
      for (let at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + form.length)) {
        const before = lower[at - 1];
        const after = lower[at + form.length];
        if (!(before && LETTER.test(before)) && !(after && (LETTER.test(after) || after === '-'))) n++;
      }
      counts.set(form, n);
    }
  }
  return counts;
}

/**
 * Whether "left-\nright" is a compound that happened to fall at a line end (keep the hyphen) rather
 * than one word broken by the typesetter (join). The document's own usage decides; the prefix list
 * only breaks a tie, e.g. when the document uses neither form elsewhere.
 */
export function keepsHyphen(left: string, right: string, counts: ReadonlyMap<string, number>): boolean {
  const joined = counts.get(`${left}${right}`.toLowerCase()) ?? 0;
  const hyphenated = counts.get(`${left}-${right}`.toLowerCase()) ?? 0;
  if (joined !== hyphenated) return hyphenated > joined;
  // Capitals are names and codes as often as words ("EU-\nCANADA"): joined only on the document's word.
  if (/^\p{Lu}+$/u.test(right)) return true;
  return COMPOUND_PREFIXES.has(left.toLowerCase());
}

/** Joins words split across line breaks ("cul-\ntural" → "cultural"), keeping real compounds ("audio-visual"). */
export function joinBrokenWords(text: string): MappedText {
  const candidates = findCandidates(text);
  if (candidates.length === 0) return { text, map: identityMap() };
  const counts = countForms(text, candidates);
  const out = new MappedTextBuilder();
  let done = 0;
  for (const c of candidates) {
    out.copy(text, done, c.hyphen);
    if (keepsHyphen(c.left, c.right, counts)) out.copy(text, c.hyphen, c.hyphen + 1);
    done = c.rightStart;
  }
  out.copy(text, done, text.length);
  return out.build();
}
