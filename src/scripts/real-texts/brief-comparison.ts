import { assess } from '../../assess/index.js';
import { itemEvidence } from '../../assess/item-evidence.js';
import type { ChecklistItemId, Status, Verdict } from '../../assess/types.js';
import type { AgreementDocument, Detections, LegalForce } from '../../model.js';
import { articleKey } from './compare.js';

/** A clause a checklist item cites: where it stands, with what force, and what the brief quotes of it. */
export interface CitedClause {
  /** The article it stands in, by its printed number (compared loosely: see articleKey). */
  place: string;
  force: LegalForce;
  /** The sentences the brief quotes (the excerpt, its match marks left in). */
  sentence: string;
  /** The sentence its legal force was read from. */
  forceSentence: string;
}

/** What a brief tells a reader, and must tell alike from every format of one agreement. */
export interface BriefFacts {
  /** The Parties the brief names, each by its members' codes ("AUS", "AUT+BEL+…" for a group). */
  parties: string[];
  verdict: Verdict;
  /** The e-commerce commitments no broad cultural carve-out reaches. */
  notReached: string[];
  items: Array<{ item: ChecklistItemId; status: Status; cited: CitedClause[] }>;
}

/** The facts of the brief (`report --format json`) of a document scanned into `detections`. */
export function briefFactsOf(doc: AgreementDocument, detections: Detections): BriefFacts {
  const a = assess(doc, detections);
  return {
    parties: a.parties.named.map((p) => p.codes.join('+')),
    verdict: a.ecommerce.verdict,
    notReached: [...a.ecommerce.notReached],
    items: a.checklist.map((i) => ({
      item: i.item,
      status: i.status,
      cited: itemEvidence(i).map((f) => ({ place: articleKey(f.location.articleNumber), force: f.legalForce, sentence: f.excerpt, forceSentence: f.forceSentence })),
    })),
  };
}

/**
 * A quoted sentence as compared across formats: match marks, soft hyphens, whitespace and the hyphens
 * between letters left out, so that a line broken in a word ("co-⏎production", "copro-⏎duction") or
 * set differently reads as the same sentence; and the stop after a number before words, which a
 * layout that sets a heading's title apart from its number leaves out ("Article 12.1: Purpose" as
 * "Article 12.1" ⏎ "Purpose"). Nothing else is forgiven: a word more or less differs.
 */
export function foldQuote(sentence: string): string {
  return sentence
    .normalize('NFKC')
    .replace(/[«»\u00ad\s]+/gu, '')
    .replace(/(?<=\p{L})[-‐‑](?=\p{L})/gu, '')
    .replace(/(?<=\d)[:.\-–—](?=\p{L})/gu, '');
}

/** One way a reading's brief differs from the reference reading's. */
export interface BriefDifference {
  /** What differs: "parties", "e-commerce", or a checklist item's id. */
  subject: string;
  aspect: 'parties' | 'verdict' | 'not reached' | 'status' | 'force' | 'force sentence' | 'sentence' | 'cited only in the reference' | 'cited only here';
  /** The cited clause's article, for a difference in what an item cites. */
  place?: string;
  /** What the reference reading's brief says ('' for what only the reading cites), and what the reading's says ('' for what only the reference cites). */
  reference: string;
  reading: string;
}

/**
 * The aspects in which a brief tells the reader something else: who the Parties are, what the
 * e-commerce verdict and each checklist status are, and with what legal force a clause binds. The
 * others (the sentence quoted, the sentence the force was read from, what is listed as not reached,
 * a clause cited on one side only) change what the brief shows, not what it concludes.
 */
const CONCLUDING_ASPECTS: ReadonlySet<BriefDifference['aspect']> = new Set(['parties', 'verdict', 'status', 'force']);
export const isConcluding = (d: BriefDifference): boolean => CONCLUDING_ASPECTS.has(d.aspect);

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** How `reading`'s brief differs from `reference`'s: every status, the verdict, and each cited clause's place, force and sentences. */
export function briefDifferences(reference: BriefFacts, reading: BriefFacts): BriefDifference[] {
  const differences: BriefDifference[] = [];
  if (!sameList(reference.parties, reading.parties)) differences.push({ subject: 'parties', aspect: 'parties', reference: reference.parties.join(', '), reading: reading.parties.join(', ') });
  if (reference.verdict !== reading.verdict) differences.push({ subject: 'e-commerce', aspect: 'verdict', reference: reference.verdict, reading: reading.verdict });
  if (!sameList(reference.notReached, reading.notReached)) differences.push({ subject: 'e-commerce', aspect: 'not reached', reference: reference.notReached.join(', '), reading: reading.notReached.join(', ') });
  for (const expected of reference.items) {
    const found = reading.items.find((i) => i.item === expected.item);
    if (!found) continue;
    if (found.status !== expected.status) differences.push({ subject: expected.item, aspect: 'status', reference: expected.status, reading: found.status });
    differences.push(...citedDifferences(expected.item, expected.cited, found.cited));
  }
  return differences;
}

/**
 * The cited clauses of one item compared: first those with the same place and sentence (their
 * force and force sentence compared), then those left with the same place (a different sentence
 * quoted there), then what only one side cites.
 */
function citedDifferences(subject: string, reference: readonly CitedClause[], reading: readonly CitedClause[]): BriefDifference[] {
  const differences: BriefDifference[] = [];
  const left = [...reading];
  const unmatched: CitedClause[] = [];
  const take = (match: (c: CitedClause) => boolean): CitedClause | undefined => {
    const at = left.findIndex(match);
    return at === -1 ? undefined : left.splice(at, 1)[0];
  };
  for (const clause of reference) {
    const same = take((c) => c.place === clause.place && foldQuote(c.sentence) === foldQuote(clause.sentence));
    if (!same) {
      unmatched.push(clause);
      continue;
    }
    const place = clause.place;
    if (same.force !== clause.force) differences.push({ subject, aspect: 'force', place, reference: clause.force, reading: same.force });
    else if (foldQuote(same.forceSentence) !== foldQuote(clause.forceSentence)) differences.push({ subject, aspect: 'force sentence', place, reference: clause.forceSentence, reading: same.forceSentence });
  }
  for (const clause of unmatched) {
    const there = take((c) => c.place === clause.place);
    if (there) differences.push({ subject, aspect: 'sentence', place: clause.place, reference: clause.sentence, reading: there.sentence });
    else differences.push({ subject, aspect: 'cited only in the reference', place: clause.place, reference: clause.sentence, reading: '' });
  }
  for (const clause of left) differences.push({ subject, aspect: 'cited only here', place: clause.place, reference: '', reading: clause.sentence });
  return differences;
}

/** One reading of a text (a format) with its brief. */
export interface BriefReading {
  name: string;
  format: string;
  brief: BriefFacts;
}

/**
 * Each reading's brief compared with the brief of the same text in the reference format (the text
 * as written, where it was read): every reading but the reference's, with its differences (none when alike).
 */
export function compareBriefsAcrossFormats(readings: readonly BriefReading[], referenceFormat = 'txt'): Array<BriefReading & { differences: BriefDifference[] }> {
  return readings.flatMap((reading) => {
    const reference = readings.find((r) => r.name === reading.name && r.format === referenceFormat);
    if (!reference || reading === reference) return [];
    return [{ ...reading, differences: briefDifferences(reference.brief, reading.brief) }];
  });
}

/** How much of the words around a difference between two sentences is shown. */
const CONTEXT = 50;

/** Two sentences cut to where they differ, with some words around it: "…; or - 133 - (b) doing…" / "…; or - 133 -". */
function differingStretches(a: string, b: string): [string, string] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const cut = (s: string) => {
    const from = Math.max(0, prefix - CONTEXT);
    const to = Math.min(s.length, s.length - suffix + CONTEXT);
    return `${from > 0 ? '…' : ''}${s.slice(from, to)}${to < s.length ? '…' : ''}`;
  };
  return [cut(a), cut(b)];
}

/** A difference in one line: "og-19.4 at 12.9, force sentence: txt “…or - 133 - (b) doing…” / pdf “…or - 133 -”". */
export function differenceWords(d: BriefDifference, referenceFormat: string, format: string): string {
  const quoted = d.aspect === 'sentence' || d.aspect === 'force sentence' || d.aspect.startsWith('cited only');
  const [reference, reading] = d.reference !== '' && d.reading !== '' && quoted ? differingStretches(d.reference, d.reading) : [d.reference, d.reading];
  const side = (label: string, value: string) => (value === '' ? '' : `${label} ${quoted ? `“${value}”` : value}`);
  return `${d.subject}${d.place === undefined ? '' : ` at ${d.place}`}, ${d.aspect}: ${[side(referenceFormat, reference), side(format, reading)].filter((s) => s !== '').join(' / ')}`;
}
