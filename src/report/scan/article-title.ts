import type { FindingLocation } from '../../model.js';
import { isPreambleNumber } from '../../place-names.js';

/** "Article 8.70", "Art. 5", "Artículo 14.2", "ARTICLE XIV" opening a heading: the number's words, not the title. */
const ARTICLE_LEAD = /^\s*(?:art(?:icle|[ií]culo)?\.?)\s*[\p{L}\p{N}][\p{L}\p{N}.\-–]*\s*[:.\-–—]?\s*/iu;

/**
 * The article's own title, read from the last heading of the finding's path ("Article 1501 General
 * Provisions" → "General Provisions"); empty for the preamble and for an article printed without one.
 */
export function articleTitle(location: FindingLocation): string {
  if (isPreambleNumber(location.articleNumber) || location.articleNumber === 'document') return '';
  const label = location.path.at(-1) ?? '';
  if (!ARTICLE_LEAD.test(label)) return '';
  const rest = label.replace(ARTICLE_LEAD, '').trim();
  // A heading that is nothing but the number (`Article 12`) has no title left.
  return rest === location.articleNumber ? '' : rest;
}
