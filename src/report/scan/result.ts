import type { DocumentResult, Finding } from '../../model.js';
import { placeName } from '../../place-names.js';

/** A scan format: a pure function of the results, in the order they are to be printed. */
export type ScanFormatter = (results: readonly DocumentResult[]) => string;

/**
 * A scan format written as the run goes, so that no result waits for the others: `head` first, then
 * each document's text as soon as it is scanned (in the run's order), then `tail()` (the totals).
 * A writer keeps only counts between documents.
 */
export interface ScanWriter {
  head: string;
  document(result: DocumentResult): string;
  tail(): string;
}

/** Starts a fresh writer for one run. */
export type ScanStream = () => ScanWriter;

/**
 * Whose legal force a format prints: its findings' alone or its signals' too. A scan decides force for
 * nothing else: reading it is a large part of a scan's work.
 */
export type ForcePrinted = 'findings' | 'findings-and-signals';

/** The whole report at once, from a stream: the same text the stream writes piece by piece. */
export function wholeReport(stream: ScanStream): ScanFormatter {
  return (results) => {
    const writer = stream();
    return writer.head + results.map((r) => writer.document(r)).join('') + writer.tail();
  };
}

/** What the text formats say under an agreement whose file ends before the agreement does. */
export const CUT_SHORT_NOTE = 'the file is cut short: it ends before the agreement does, and what follows is not read';

/** What the text formats say under an agreement whose file lacks the text of notes it calls. */
export function lostNotesNote(labels: readonly string[]): string {
  const which = labels.length === 1 ? `note ${labels[0]}` : `notes ${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
  return `the file lacks the text of ${which}, which the text calls: a clause a note holds (a carve-out) is not read`;
}

/** One line of text, at most `max` characters, for excerpts in tables and summaries. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * An excerpt on one line of at most `max` characters that keeps its first « » mark in view: when the
 * mark would fall past the cut, the line starts shortly before it instead of at the excerpt's start.
 */
export function markedLine(excerpt: string, max: number): string {
  const flat = excerpt.replace(/\s+/g, ' ').trim();
  const mark = flat.indexOf('«');
  const close = flat.indexOf('»', mark);
  if (flat.length <= max || mark < 0 || close < max - 1) return oneLine(flat, max);
  const from = flat.lastIndexOf(' ', Math.max(0, mark - Math.floor(max / 4))) + 1;
  return `…${oneLine(flat.slice(from), max - 1)}`;
}

/** Where a finding stands, for people: its heading path (or article number), and its page when known. */
export function locationLabel(location: Finding['location']): string {
  const where = location.path.length > 0 ? location.path.join(' > ') : articleLabel(location.articleNumber);
  return location.page === undefined ? where : `${where} (p. ${location.page})`;
}

export function articleLabel(articleNumber: string): string {
  return placeName(articleNumber, { article: 'Article', preamble: 'Preamble' });
}
