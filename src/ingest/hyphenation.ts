/**
 * A hyphen at a line end followed by a lower-case continuation, or by a continuation in capitals (a
 * heading: "ELECTRONIC COM-\nMERCE"); the word before it is found by walking back. Sticky: it is tried
 * only at hyphens that end a line.
 */
const BREAK_AT = /-[ \t]*\n[ \t]*(\p{Ll}\p{L}*|\p{Lu}+(?![\p{Ll}\p{N}]))/uy;
const LETTER = /\p{L}/u;

/**
 * A hyphen and one space inside a line before a lower-case continuation: a line-end hyphen whose line
 * break became a space when the text was reflowed (copied from a PDF viewer, an OCR text joined into
 * paragraphs: "the Conven- tion"). Sticky, tried only where a hyphen is followed by a space.
 */
const REFLOWED_BREAK_AT = /- (\p{Ll}+)(?![\p{L}-])/uy;

/** Words after "- " that tell a suspended compound ("small- and medium-sized", "pre- or post-"), never a broken word's end. */
const SUSPENDING_WORDS = new Set(['and', 'or', 'nor', 'to', 'et', 'ou', 'y', 'o', 'e', 'u', 'ni']);

/** Left parts that usually start a real compound, kept hyphenated when the document itself does not say. */
const COMPOUND_PREFIXES = new Set([
  'audio', 'co', 'non', 'self', 'socio', 'cross', 'multi', 'e', 'anti', 'inter', 'intra', 'pre', 'post',
  'quasi', 'semi', 'sub', 'ex', 'bi', 'tri', 'well', 'long', 'short', 'small', 'medium', 'large', 'low',
  'high', 'free', 'third', 'state', 'ultra', 'extra', 'mid', 'pan', 'pro', 'macro', 'micro', 'cyber',
  'video', 'euro', 'agro', 'afro',
]);

/** A word broken by a line-end hyphen: the blanks from `hyphen` to `rightStart` go, and the hyphen too unless `keepsHyphen`. */
export interface BrokenWord {
  hyphen: number;
  rightStart: number;
  keepsHyphen: boolean;
}

/**
 * The words of one text broken across line ends ("cul-\ntural" → "cultural"), real compounds kept
 * ("audio-visual"). The normaliser asks at each hyphen that ends a line, in the same pass that folds
 * the blanks, so a text without broken words costs nothing here.
 */
export class BrokenWords {
  private lower: string | undefined;
  /** How often each form asked about (joined and hyphenated, lower case) occurs as a whole word. */
  private readonly counts = new Map<string, number>();

  constructor(private readonly text: string) {}

  /** The broken word whose hyphen is at `hyphen` (followed by blanks with one line break), or undefined when it is not one. */
  at(hyphen: number): BrokenWord | undefined {
    const text = this.text;
    BREAK_AT.lastIndex = hyphen;
    const m = BREAK_AT.exec(text);
    if (!m) return undefined;
    const leftStart = this.wordStart(hyphen);
    if (leftStart === hyphen) return undefined; // "- \n" after a number or a space: a dash, not a broken word
    const right = m[1]!;
    const left = text.slice(leftStart, hyphen);
    // A word in capitals continues only a word in capitals ("Canada-\nEU" is not one word broken).
    if (/^\p{Lu}/u.test(right) && left !== left.toUpperCase()) return undefined;
    return { hyphen, rightStart: hyphen + m[0].length - right.length, keepsHyphen: this.keepsHyphen(left, right) };
  }

  /**
   * The word broken at `hyphen` by a line end that reflowing turned into a space ("Conven- tion"), or
   * undefined. Unlike a line break, a hyphen and a space also write a suspended compound ("small- and
   * medium-sized", "pre- or post-"), so the document itself must vouch for the word: it is read whole
   * only when the document writes it elsewhere, joined ("convention") or with its hyphen
   * ("audio-visual"), more often than the other form.
   */
  reflowedAt(hyphen: number): BrokenWord | undefined {
    const text = this.text;
    REFLOWED_BREAK_AT.lastIndex = hyphen;
    const m = REFLOWED_BREAK_AT.exec(text);
    if (!m) return undefined;
    const leftStart = this.wordStart(hyphen);
    if (leftStart === hyphen || text[leftStart - 1] === '-') return undefined; // a dash, or the tail of a compound ("cross-border- ")
    const left = text.slice(leftStart, hyphen).toLowerCase();
    const right = m[1]!;
    if (SUSPENDING_WORDS.has(right)) return undefined;
    const joined = this.count(`${left}${right}`);
    const hyphenated = this.count(`${left}-${right}`);
    if (joined === hyphenated) return undefined;
    return { hyphen, rightStart: hyphen + 2, keepsHyphen: hyphenated > joined };
  }

  /** Where the word ending at `hyphen` starts: the letters before it, walked back (`hyphen` itself when none). */
  private wordStart(hyphen: number): number {
    let start = hyphen;
    while (start > 0 && LETTER.test(this.text[start - 1]!)) start--;
    return start;
  }

  /**
   * Whether "left-\nright" is a compound that happened to fall at a line end (keep the hyphen) rather
   * than one word broken by the typesetter (join). The document's own usage decides; the prefix list
   * only breaks a tie, e.g. when the document uses neither form elsewhere.
   */
  private keepsHyphen(left: string, right: string): boolean {
    const joined = this.count(`${left}${right}`.toLowerCase());
    const hyphenated = this.count(`${left}-${right}`.toLowerCase());
    if (joined !== hyphenated) return hyphenated > joined;
    // Capitals are names and codes as often as words ("EU-\nCANADA"): joined only on the document's word.
    if (/^\p{Lu}+$/u.test(right)) return true;
    return COMPOUND_PREFIXES.has(left.toLowerCase());
  }

  /**
   * Occurrences of `form` as a whole word, by indexOf over the lower-cased text (made once, on the
   * first broken word), so a few broken words cost a few fast scans rather than a tokenisation.
   */
  private count(form: string): number {
    const known = this.counts.get(form);
    if (known !== undefined) return known;
    const lower = (this.lower ??= this.text.toLowerCase());
    let n = 0;
    for (let at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + form.length)) {
      const before = lower[at - 1];
      const after = lower[at + form.length];
      if (!(before && LETTER.test(before)) && !(after && (LETTER.test(after) || after === '-'))) n++;
    }
    this.counts.set(form, n);
    return n;
  }
}
