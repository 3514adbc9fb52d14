import type { Language } from '../../model.js';
import { buildOutline } from '../../structure/index.js';
import { renderAgreement, type SourceChapter } from './render.js';
import { scoreArticles, scoreTitles, type Score, type TitleScore } from './score.js';

/** One agreement's result in the real-data check. */
export interface FileResult extends Score, TitleScore {
  id: string;
  style: string;
  toc: string;
}

/** Totals over many files. */
export interface Totals extends Omit<Score, 'examples'>, TitleScore {
  files: number;
}

/** Renders one agreement in its style, reads the outline back and scores the articles. */
export function checkAgreement(
  id: string,
  language: Language,
  chapters: readonly SourceChapter[],
  maxExamples = 4,
): FileResult {
  const rendered = renderAgreement(id, language, chapters);
  const outline = buildOutline(rendered.text, { language, pages: [] });
  return {
    id,
    style: rendered.style,
    toc: rendered.toc,
    ...scoreArticles(rendered.text, outline, rendered.articles, maxExamples),
    ...scoreTitles(outline, [...rendered.articles, ...rendered.chapters]),
  };
}

export function addUp(results: readonly FileResult[]): Totals {
  const totals: Totals = { files: 0, expected: 0, recovered: 0, wrongEnd: 0, endsAtTextHeading: 0, detected: 0, beyondArticles: 0, spurious: 0, titles: 0, titlesRecovered: 0 };
  for (const r of results) {
    totals.files++;
    totals.expected += r.expected;
    totals.recovered += r.recovered;
    totals.wrongEnd += r.wrongEnd;
    totals.endsAtTextHeading += r.endsAtTextHeading;
    totals.detected += r.detected;
    totals.beyondArticles += r.beyondArticles;
    totals.spurious += r.spurious;
    totals.titles += r.titles;
    totals.titlesRecovered += r.titlesRecovered;
  }
  return totals;
}

export const recoveredShare = (t: Totals): number => (t.expected === 0 ? 1 : t.recovered / t.expected);
export const titleShare = (t: Totals): number => (t.titles === 0 ? 1 : t.titlesRecovered / t.titles);
export const spuriousShare = (t: Totals): number => (t.detected === 0 ? 0 : t.spurious / t.detected);

/** Files in order of how badly they went: misses plus spurious articles. */
export function worstFiles(results: readonly FileResult[], count: number): FileResult[] {
  const badness = (r: FileResult): number => r.expected - r.recovered + r.spurious;
  return [...results].filter((r) => badness(r) > 0).sort((a, b) => badness(b) - badness(a)).slice(0, count);
}
