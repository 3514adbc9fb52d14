import { findAgreementTitle } from '../structure/agreement-title.js';
import { splitLines } from '../structure/lines.js';
import { RECITAL_CUES } from '../structure/vocabulary.js';
import { dateInWords } from './date-in-words.js';

/** How much of the text's head the title is looked for in (a cover note may come first). */
const HEAD_CHARS = 40_000;
/** How many lines under the title may state its signature: a place and date, then when it entered into force. */
const LINES_UNDER_TITLE = 3;

/** Names of instruments: a title that names two ("amending the … Agreement", "Protocol to the Agreement") may date the other. */
const INSTRUMENT = /\b(?:agreements?|accords?|acuerdos?|treat(?:y|ies)|trait[ée]s?|tratados?|conventions?|convenios?|protocols?|protocoles?|protocolos?)\b/giu;
/**
 * A line stating the signature: "(signed at Port Amarel on 27 June 2014)", "Done at …", "Signé à …",
 * "Firmado en …"; opening a sentence or in brackets, not a cited instrument's "…, done at Paris" run on.
 */
const SIGNATURE_LINE = /^(\(\s*)?(signed|done|sign[ée]e?s?|fait|firmad[oa]s?|suscrit[oa]s?|hech[oa])\b/i;
/** A place and a date alone, as a treaty series prints them under the title: "Port Amarel, 23 October 2020". */
const PLACE_AND_DATE = /^\p{Lu}[\p{L} .'’-]{1,60},[^,]{6,40}\d{4}\.?$/u;

/**
 * The date of signature or adoption an agreement's title states, or the lines right under it: "… of 27
 * June 2014" (the official journal's title of an act), "(signed at Port Amarel on 27 June 2014)", "Port
 * Amarel, 23 October 2020" (a treaty series). A title that names a second instrument may give that
 * one's date ("amending the Partnership Agreement … signed in Halvard on 22 April 1996"), so it gives
 * none; nor does a line saying when the agreement entered into force.
 */
export function titleDate(text: string): string | undefined {
  const lines = splitLines(text.slice(0, HEAD_CHARS)).map((line) => line.text);
  const title = findAgreementTitle(lines);
  if (!title) return undefined;
  const own = (title.title.match(INSTRUMENT) ?? []).length === 1 ? dateInWords(title.title) : undefined;
  return own ?? lines.slice(title.last + 1).filter((line) => line !== '').slice(0, LINES_UNDER_TITLE).filter(statesSignature).map(dateInWords).find(Boolean);
}

function statesSignature(line: string): boolean {
  if (RECITAL_CUES.test(line)) return false;
  const signed = SIGNATURE_LINE.exec(line);
  return signed ? signed[1] !== undefined || /^\p{Lu}/u.test(signed[2]!) : PLACE_AND_DATE.test(line);
}
