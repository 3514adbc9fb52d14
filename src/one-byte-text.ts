import type { AgreementDocument } from './model.js';

/**
 * A stretch of a text as a one-byte string wherever it holds no character above U+00FF.
 *
 * V8 keeps a string either one byte or two bytes a character, and a text with one Greek name or one
 * ellipsis anywhere is two-byte throughout, and so is every slice of it. A regex is compiled apart for
 * each of the two kinds of subject: the rules' regexes, run on the units of such an agreement, would be
 * compiled a second time for them, and read them slower. Most units of those agreements hold no such
 * character (it stands in a signature block or a single heading): a copy of their text that V8 can
 * store one byte a character is read by the regexes compiled for every other agreement. The copy holds
 * the same characters, so it matches the same way at the same offsets.
 */
export class OneByteSlices {
  /** Whether the text holds a character above U+00FF: a one-byte text is sliced as it is. */
  private readonly wide: boolean;
  /**
   * A one-byte copy of the whole text, each wide character cut to its low byte, made on first use: the
   * stretches without a wide character are sliced from it, and a slice of a one-byte string is one
   * without a copy. One copy a document instead of one for each of its units (each copy is a few calls
   * into the runtime); the characters it changed stand in no stretch sliced from it.
   */
  private narrowed?: string;

  constructor(private readonly text: string) {
    // On a one-byte text V8 knows at once that no character can match: most texts cost nothing here.
    this.wide = WIDE.test(text);
  }

  /** text[start, end): one-byte when the text is two-byte and this stretch holds no wide character, else the slice. */
  slice(start: number, end: number): string {
    const slice = this.text.slice(start, end);
    if (!this.wide || WIDE.test(slice)) return slice;
    return (this.narrowed ??= latin1Copy(this.text)).slice(start, end);
  }
}

/**
 * A short string (a heading, a title) as a one-byte string when it holds no character above U+00FF:
 * one read from a two-byte source (an XML file with a curly quote anywhere) is two-byte whatever it holds.
 */
export function oneByte(text: string): string {
  return WIDE.test(text) ? text : latin1Copy(text);
}

/**
 * Many short strings (a document's headings) each as a one-byte string where it can be (see oneByte),
 * copied together: the narrow ones run together make one copy, and each is sliced out of it (a slice
 * of a one-byte string is one). One copy a document instead of one a heading: each copy is a few calls
 * into the runtime, which cost far more than the characters copied.
 */
export function oneByteEach(texts: readonly string[]): string[] {
  const narrow: string[] = [];
  for (const text of texts) if (!WIDE.test(text)) narrow.push(text);
  if (narrow.length === 0) return [...texts];
  const joined = latin1Copy(narrow.join(''));
  const copies: string[] = [];
  let at = 0;
  for (const text of texts) {
    if (WIDE.test(text)) {
      copies.push(text);
      continue;
    }
    copies.push(joined.slice(at, at + text.length));
    at += text.length;
  }
  return copies;
}

/** A copy of a text that V8 stores one byte a character: each character's low byte, the character itself up to U+00FF. */
function latin1Copy(text: string): string {
  const bytes = Buffer.allocUnsafe(text.length);
  bytes.write(text, 0, 'latin1');
  return bytes.toString('latin1', 0, text.length);
}

const WIDE = /[\u0100-\uffff]/;

const byText = new WeakMap<AgreementDocument, OneByteSlices>();

/** The one-byte slices of a document's text, found once per document. */
export function oneByteSlicesOf(doc: AgreementDocument): OneByteSlices {
  let slices = byText.get(doc);
  if (!slices) byText.set(doc, (slices = new OneByteSlices(doc.text)));
  return slices;
}

