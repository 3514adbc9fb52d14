import type { Unit } from '../../engine/index.js';
import { articleKey } from './compare.js';

/** An article's title as one reading gave it, under the key it is matched by across readings. */
export interface ArticleTitle {
  article: string;
  title: string;
}

/** The titles of a reading's numbered articles (articleUnits), in text order; '' for an article read without one. */
export function articleTitlesOf(units: readonly Unit[]): ArticleTitle[] {
  return units.map((u) => ({ article: articleKey(u.articleNumber), title: u.node.heading ?? '' }));
}

/**
 * A title as compared across formats: compatibility forms unified (a PDF's ligatures) and blanks
 * folded, as a title wrapped over lines reads whole. Nothing else is forgiven: a word more or less, a
 * title cut short or run into the line under it, differs.
 */
export const foldTitle = (title: string): string => title.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** One article whose title a reading gives otherwise than the reference reading. */
export interface TitleDifference {
  article: string;
  reference: string;
  /** The reading's title; undefined when the reading has no article of that number. */
  title: string | undefined;
}

/** How a reading's article titles compare with the reference reading's. */
export interface TitleComparison {
  /** Articles titled in either reading. */
  compared: number;
  alike: number;
  differences: TitleDifference[];
}

/**
 * Each article of the reference against the article of the same number in the reading (the n-th of
 * that number against the n-th, an article printed twice being two). An article untitled in both is
 * left out of the count.
 */
export function compareTitles(reference: readonly ArticleTitle[], reading: readonly ArticleTitle[]): TitleComparison {
  const byArticle = new Map<string, string[]>();
  for (const { article, title } of reading) byArticle.set(article, [...(byArticle.get(article) ?? []), title]);
  const comparison: TitleComparison = { compared: 0, alike: 0, differences: [] };
  for (const { article, title } of reference) {
    const read = byArticle.get(article)?.shift();
    if (title === '' && (read === undefined || read === '')) continue;
    comparison.compared++;
    if (read !== undefined && foldTitle(read) === foldTitle(title)) comparison.alike++;
    else comparison.differences.push({ article, reference: title, title: read });
  }
  return comparison;
}

/** A reading that carries its titles. */
export interface TitledReading {
  name: string;
  format: string;
  agreementTitle: string;
  titles: ArticleTitle[];
}

/** Every reading's titles against those of the reading of the same text in `referenceFormat` (which is itself left out). */
export function compareTitlesAcrossFormats<R extends TitledReading>(readings: readonly R[], referenceFormat = 'txt'): Array<R & { comparison: TitleComparison; referenceAgreementTitle: string }> {
  return readings.flatMap((reading) => {
    const reference = readings.find((r) => r.name === reading.name && r.format === referenceFormat);
    if (!reference || reading === reference) return [];
    return [{ ...reading, comparison: compareTitles(reference.titles, reading.titles), referenceAgreementTitle: reference.agreementTitle }];
  });
}
