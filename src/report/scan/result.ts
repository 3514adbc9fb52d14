import type { DocumentResult, Finding } from '../../model.js';

/** A scan format: a pure function of the results, in the order they are to be printed. */
export type ScanFormatter = (results: readonly DocumentResult[]) => string;

/** Findings per category, in first-seen order of categories. */
export function countByCategory(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.category, (counts.get(finding.category) ?? 0) + 1);
  return counts;
}

/** One line of text, at most `max` characters, for excerpts in tables and summaries. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Where a finding stands, for people: its heading path (or article number), and its page when known. */
export function locationLabel(location: Finding['location']): string {
  const where = location.path.length > 0 ? location.path.join(' > ') : articleLabel(location.articleNumber);
  return location.page === undefined ? where : `${where} (p. ${location.page})`;
}

export function articleLabel(articleNumber: string): string {
  return articleNumber === 'preamble' ? 'Preamble' : `Article ${articleNumber}`;
}
