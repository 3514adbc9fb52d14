/**
 * A finding's place is keyed by its unit's article number (FindingLocation.articleNumber): the decisions
 * file and the comparison of two drafts find a place again by it, and every sentence that names the place
 * reads it. A preamble has no number: the agreement's own is "preamble"; a protocol's or an annex's own
 * recitals (structure/attachment-preambles.ts) are "preamble (<its heading>)", so that the two are never
 * one place, and the key stays the same however the agreement is laid out (the heading's words as printed).
 */

/** The article number of the agreement's own preamble. */
export const PREAMBLE_NUMBER = 'preamble';

const ATTACHMENT_PREAMBLE = /^preamble \((.+)\)$/s;

/** The article number of the preamble of a protocol, annex or appendix, by that attachment's heading. */
export function attachmentPreambleNumber(attachmentHeading: string): string {
  return `${PREAMBLE_NUMBER} (${attachmentHeading})`;
}

/** Whether an article number is a preamble's: the agreement's, or an attachment's. */
export function isPreambleNumber(articleNumber: string): boolean {
  return articleNumber === PREAMBLE_NUMBER || ATTACHMENT_PREAMBLE.test(articleNumber);
}

/** How a place is named in a sentence: "Article 5" or "Art. 5"; "Preamble" or "the preamble" for the agreement's own. */
export interface PlaceWords {
  article: 'Article' | 'Art.';
  preamble: 'Preamble' | 'the preamble';
}

/** A place named inside a sentence: "Article 5", "the preamble". */
export const IN_SENTENCE: PlaceWords = { article: 'Article', preamble: 'the preamble' };

/**
 * A place as a reader names it: "Article 5", "the preamble", and for an attachment's recitals the
 * attachment first ("Protocol on Cultural Cooperation, preamble"), its heading's capitals read as a title.
 */
export function placeName(articleNumber: string, words: PlaceWords): string {
  if (articleNumber === PREAMBLE_NUMBER) return words.preamble;
  const attachment = ATTACHMENT_PREAMBLE.exec(articleNumber)?.[1];
  if (attachment !== undefined) return `${asTitle(attachment)}, preamble`;
  return `${words.article} ${articleNumber}`;
}

/** The heading of an annex, protocol or appendix, as a finding's path labels it (structure/labels: "Annex B Electronic Commerce"). */
const ATTACHMENT_HEADING = /^\s*(?:annex(?:e)?|anexo|appendix|appendice|ap[eé]ndice|protocol[oe]?)\b/i;

/**
 * A finding's place as a reader names it, with the annex, protocol or appendix it stands in: an
 * attachment numbers its articles afresh, so "Article 1" alone would point into the agreement's body
 * ("Annex B Electronic Commerce, Article 1", "Protocol on Cultural Cooperation, Article 5").
 */
export function placeOf(location: { articleNumber: string; path: readonly string[] }, words: PlaceWords): string {
  const place = placeName(location.articleNumber, words);
  if (isPreambleNumber(location.articleNumber)) return place;
  const attachment = location.path.slice(0, -1).findLast((heading) => ATTACHMENT_HEADING.test(heading));
  return attachment === undefined ? place : `${asTitle(attachment.trim())}, ${place}`;
}

/** Words a title keeps in lower case after its first: "Protocol on Cultural Cooperation", "Protocole sur la coopération culturelle". */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'de', 'del', 'des', 'du', 'en', 'et', 'la', 'le', 'les', 'los', 'las', 'sur', 'y']);

/** A number in roman figures up to 39, as attachments are numbered ("PROTOCOL II", "ANNEX XIV"). */
const ROMAN = /^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$/;

/** A heading set in capitals ("PROTOCOL ON CULTURAL COOPERATION") as a title; any other as printed. */
function asTitle(heading: string): string {
  if (heading !== heading.toUpperCase() || heading === heading.toLowerCase()) return heading;
  return heading.toLowerCase().replace(/\p{L}[\p{L}'’-]*/gu, (word: string, at: number) => {
    if (ROMAN.test(word)) return word.toUpperCase();
    return at > 0 && MINOR_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1);
  });
}
