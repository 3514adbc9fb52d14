import type { Language } from '../model.js';
import { readHeadingLine } from './heading-line.js';
import { nextNonBlank, type Line } from './lines.js';
import { normaliseNumber } from './numbers.js';
import { looksLikeTitle } from './titles.js';
import { ATTACHMENT_KINDS } from './vocabulary.js';

/**
 * An annex printed apart from the agreement numbers its own pages, and each page carries its label
 * as a running head or foot: "ANNEX A-1", "ANNEX A-2", … for the pages of Annex A. Saved as text,
 * those labels read as headings of annexes "A-1", "A-2" that cut Annex A into untitled pieces, so
 * that its articles lose the annex they belong to (an annex on electronic commerce whose articles end
 * up under "Annex B-2"). Here they are read as blank lines, as page numbers are (page-numbers.ts).
 *
 * A run of labels is pages, not sub-annexes, when all of these hold: its stem ("A") is the number of
 * an attachment of the same kind in the text; the counters run 1, 2, 3 … in order (a label or two
 * may be lost, as a page number may); and no label has a title under it (a sub-annex "Annex 4-1" is
 * titled; a page label stands in the flow of the text, before a paragraph or the next heading).
 */
export function blankAttachmentPageLabels(lines: readonly Line[], language: Language): Line[] {
  const labels = findLabels(lines, language);
  if (labels.length === 0) return [...lines];
  const stems = attachmentNumbers(lines, language);
  const blank = new Set<number>();
  for (const run of runsByStem(labels)) {
    if (run.length < MIN_LABELS || !stems.has(run[0]!.key) || !runsOnFromOne(run)) continue;
    if (run.some((label) => isTitled(lines, label.line, language))) continue;
    for (const label of run) blank.add(label.line);
  }
  return lines.map((line, i) => (blank.has(i) ? { ...line, text: '' } : line));
}

/** Fewer labels than this are no pagination: one "Annex B-1" may well be an annex of its own. */
const MIN_LABELS = 2;
/** Pages a label may skip over and still follow on (a label lost at a page break). */
const MAX_PAGE_STEP = 3;
/** A label's number: the attachment's number, a dash, the page within it ("A-3", "IV-12", "2-7"). */
const LABEL_NUMBER = /^(.+?)\s*[-–]\s*(\d{1,3})$/;
/** Cheap look at a line before reading it as a heading: short, ending with a dash and a number. */
const MAYBE_LABEL = /^.{5,40}[-–]\s*\d{1,3}$/;

interface Label {
  line: number;
  /** The kind and the stem's canonical number, as one key ("annex A"). */
  key: string;
  page: number;
}

function findLabels(lines: readonly Line[], language: Language): Label[] {
  const labels: Label[] = [];
  lines.forEach((line, i) => {
    if (!MAYBE_LABEL.test(line.text)) return;
    const heading = readHeadingLine(line.text, language);
    if (!heading || heading.shape !== 'bare' || !ATTACHMENT_KINDS.has(heading.kind) || heading.number === undefined) return;
    const parts = LABEL_NUMBER.exec(heading.number);
    if (parts) labels.push({ line: i, key: `${heading.kind} ${normaliseNumber(parts[1]!)}`, page: Number(parts[2]) });
  });
  return labels;
}

/** The attachments the text numbers, as keys like the labels' ("annex A" for "ANNEX-A" or "Annex A"). */
function attachmentNumbers(lines: readonly Line[], language: Language): Set<string> {
  const keys = new Set<string>();
  for (const line of lines) {
    const heading = readHeadingLine(line.text, language);
    if (heading && ATTACHMENT_KINDS.has(heading.kind) && heading.number !== undefined) keys.add(`${heading.kind} ${normaliseNumber(heading.number)}`);
  }
  return keys;
}

function runsByStem(labels: readonly Label[]): Label[][] {
  const runs = new Map<string, Label[]>();
  for (const label of labels) runs.set(label.key, [...(runs.get(label.key) ?? []), label]);
  return [...runs.values()];
}

function runsOnFromOne(run: readonly Label[]): boolean {
  return run[0]!.page === 1 && run.every((label, i) => i === 0 || (label.page > run[i - 1]!.page && label.page - run[i - 1]!.page <= MAX_PAGE_STEP));
}

/** Whether the line under a label reads as its title (not a heading of its own, a paragraph or a sentence going on). */
function isTitled(lines: readonly Line[], index: number, language: Language): boolean {
  const next = nextNonBlank(lines, index, 1);
  if (next === -1) return false;
  const text = lines[next]!.text;
  return readHeadingLine(text, language) === null && looksLikeTitle(text, language);
}
