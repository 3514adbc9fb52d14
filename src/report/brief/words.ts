import type { AssessedFinding, Assessment, Status, Verdict } from '../../assess/types.js';
import type { MissingPart } from '../../assess/missing-parts.js';
import type { AgreementParties } from '../../parties/index.js';
import type { Decision, Provenance, FindingLocation, LapsedDecision, LegalForce, ReviewMark, ReviewOutcome } from '../../model.js';
import { IN_SENTENCE, isPreambleNumber, placeName, placeOf, type PlaceWords } from '../../place-names.js';

/** Shared wording of the brief formats, so markdown and HTML say the same thing. */
export const STATUS_WORDS: Record<Status, string> = { present: 'Present', partial: 'Partial', absent: 'Absent', 'not-applicable': 'Not applicable', undetermined: 'Undetermined' };
/** A finding's legal force as the briefs print it (the JSON brief keeps the identifiers). */
export const FORCE_WORDS: Record<LegalForce, string> = { binding: 'binding', 'best-endeavour': 'best endeavour', recital: 'recital', exception: 'exception' };
export const VERDICT_WORDS: Record<Verdict, string> = {
  covered: 'Covered — a cultural carve-out reaches every e-commerce commitment',
  'partly-covered': 'Partly covered — some e-commerce commitments escape the cultural carve-outs',
  'not-covered': 'Not covered — no cultural carve-out reaches the e-commerce commitments',
  'no-ecommerce': 'No e-commerce commitments',
  undetermined: 'Undetermined — the text is written in a language the rules do not read',
};
export const ITEM_LABELS: Record<string, string> = {
  'art-16': 'Art. 16', 'art-21': 'Art. 21', 'og-18.1': 'Para. 18.1', 'og-18.2': 'Para. 18.2', 'og-19.1': 'Para. 19.1',
  'og-19.2': 'Para. 19.2', 'og-19.3': 'Para. 19.3', 'og-19.4': 'Para. 19.4', 'og-19.5': 'Para. 19.5',
};

export const DECISION_WORDS: Record<Decision, string> = { keep: 'kept', dismiss: 'dismissed', discuss: 'to discuss' };

/** How a brief says that a decision was made on words of the clause that have changed since. */
export const CHANGED_WORDS = 'changed since you decided';
/** A place named at the start of a list's line: "Article 5", "Preamble". */
const AT_LINE_START: PlaceWords = { article: 'Article', preamble: 'Preamble' };
/** What a brief says of decisions whose clause is gone from the draft. */
export const LAPSED_WORDS = 'no longer apply: this draft has no finding of their category on their article (the clause was deleted, or reworded out of the category)';

/** Where a lapsed decision was made, at the start of its line: "Article 8.4", "Preamble". */
export const lapsedPlace = (d: LapsedDecision): string => placeName(d.articleNumber, AT_LINE_START);

/** Which file a lapsed decision was made on, and on what words. */
export const lapsedOrigin = (d: LapsedDecision): string => `decided on ${d.source}, on the words “${shortExcerpt(d.excerpt)}”`;

/** A decision as a brief names it: "kept", or "dismissed — changed since you decided" (a changed dismissal stays in the brief). */
export function decisionWords(mark: ReviewMark): string {
  return mark.changed ? `${DECISION_WORDS[mark.decision]} — ${CHANGED_WORDS}` : DECISION_WORDS[mark.decision];
}

/** The findings whose decision was made before their clause changed: a brief lists them for a second look. */
export function changedSinceDecided(a: Assessment, review: ReviewOutcome): Array<{ finding: AssessedFinding; mark: ReviewMark }> {
  return a.findings.flatMap((finding) => {
    const mark = review.decisions.get(finding.fingerprint);
    return mark?.changed ? [{ finding, mark }] : [];
  });
}

/** What the review decided on the findings of a brief, counted (signals are not reviewed). */
export function reviewCounts(a: Assessment, review: ReviewOutcome): { kept: number; discuss: number; dismissed: number; undecided: number; changed: number } {
  const reviewable = a.findings;
  const kept = reviewable.filter((f) => review.decisions.get(f.fingerprint)?.decision === 'keep').length;
  const discuss = reviewable.filter((f) => review.decisions.get(f.fingerprint)?.decision === 'discuss').length;
  // A dismissal made before its clause changed keeps the finding in the brief: it is to decide again.
  const changed = reviewable.filter((f) => review.decisions.get(f.fingerprint)?.changed).length;
  const redo = reviewable.filter((f) => review.decisions.get(f.fingerprint)?.decision === 'dismiss').length;
  return { kept, discuss, dismissed: review.dismissed.length, undecided: reviewable.length - kept - discuss - redo, changed };
}

/** The findings the review marked to discuss, with the reviewer's note: what a brief gathers for the delegation. */
export function toDiscuss(a: Assessment, review: ReviewOutcome): Array<{ finding: AssessedFinding; note?: string }> {
  return a.findings.flatMap((finding) => {
    const mark = review.decisions.get(finding.fingerprint);
    if (mark?.decision !== 'discuss') return [];
    return [mark.note === undefined ? { finding } : { finding, note: mark.note }];
  });
}

export function reviewSummary(a: Assessment, review: ReviewOutcome): string {
  const c = reviewCounts(a, review);
  const changed = c.changed > 0 ? ` ${c.changed} decision(s) ${CHANGED_WORDS}: the clause's words are not those decided on (a dismissal then stays in the assessment).` : '';
  const lapsed = review.lapsed.length > 0 ? ` ${review.lapsed.length} earlier decision(s) ${LAPSED_WORDS}.` : '';
  return `Reviewed with ${review.source}: ${c.kept} finding(s) kept, ${c.discuss} to discuss, ${c.dismissed} dismissed and left out of this assessment, ${c.undecided} not yet decided.${changed}${lapsed}`;
}

/** How many findings an item quotes before "… and N more". */
export const QUOTES_PER_ITEM = 6;

/** The clauses an item rests on beyond those it quotes, counted and placed, so that the brief still says where each stands. */
export function unquotedWords(unquoted: ReadonlyArray<Pick<FindingLocation, 'articleNumber' | 'path'>>): string {
  const places = [...new Set(unquoted.map((l) => placeOf(l, IN_SENTENCE)))];
  return `… and ${unquoted.length} more clause(s), in ${places.join(', ')}`;
}

export function locationWords(l: Pick<FindingLocation, 'articleNumber' | 'path' | 'page'>): string {
  const article = placeName(l.articleNumber, { article: 'Article', preamble: 'Preamble' });
  // An attachment's preamble is named with its attachment already: "Protocol on Cultural Cooperation, preamble".
  const path = l.path.length > 1 && !isPreambleNumber(l.articleNumber) ? ` — ${l.path.slice(0, -1).join(' › ')}` : '';
  return `${article}${path}${l.page ? `, page ${l.page}` : ''}`;
}

/** An excerpt short enough for a brief, with the « » match marks kept. */
export function shortExcerpt(text: string, max = 420): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

const PARTIES_FROM_WORDS: Record<AgreementParties['from'], string> = {
  metadata: 'the source\'s metadata',
  'parties-line': 'the document\'s "Parties:" line',
  option: 'the --parties option',
  title: 'the title',
  preamble: 'the preamble\'s list of Parties',
  signature: 'the signature block',
  unknown: '',
};

const NORTH_SOUTH_WORDS: Record<AgreementParties['northSouth'], string> = {
  applies: 'a developed and a developing Party face each other, so Art. 16 and paras. 18.1-18.2 apply',
  'not-applicable': 'no developed and developing Party face each other, so Art. 16 and paras. 18.1-18.2 do not apply',
  undetermined: 'Art. 16 and paras. 18.1-18.2 are undetermined',
};

/** Who the Parties are, how they are classified and where both came from: one paragraph of the brief. */
export function partiesWords(p: AgreementParties): string {
  if (p.from === 'unknown') {
    return `Parties: not determined — the document has no metadata and names no Parties in its title, preamble or signature block, so ${NORTH_SOUTH_WORDS.undetermined}. State them with a "Parties:" line at the top of the file or with --parties.`;
  }
  const named = p.named.map((n) => `${n.name} (${n.status === 'mixed' ? 'developed and developing members' : n.status})`).join(', ');
  const quote = p.quote ? `: “${shortExcerpt(p.quote, 200)}”` : '';
  return `Parties: ${named} — from ${PARTIES_FROM_WORDS[p.from]}${quote}. Classified by ${p.classifiedBy}; ${NORTH_SOUTH_WORDS[p.northSouth]}.`;
}

const HOLDS_WORDS: Record<MissingPart['holds'], string> = {
  culture: 'may hold cultural commitments or carve-outs',
  reservations: 'may hold reservations, cultural ones included',
  commitments: 'may hold e-commerce commitments or cultural carve-outs',
  institutions: 'may hold the bodies in which culture or civil society takes part',
  provisions: 'chapters of the agreement, which may hold any of its provisions',
  rest: 'the file is cut short: what follows may hold any of its provisions',
  notes: "the file's notes part is lost: a note may hold a carve-out or any other provision",
  unread: 'written in a language the rules do not read: it may hold any provision',
  other: '',
};

/** How many missing parts the brief names before "and N more". */
const MISSING_SHOWN = 12;

/** The parts the text refers to that the file lacks, for the top of the brief; undefined when there are none. */
export function missingPartsWords(all: readonly MissingPart[]): string | undefined {
  const unread = all.filter((p) => p.holds === 'unread');
  const parts = all.filter((p) => p.holds !== 'unread');
  const unreadWords = unread.length === 0 ? undefined : `This file holds parts in a language the rules do not read (they read English, French and Spanish), whose clauses go unfound: ${unread.map((p) => p.name).join('; ')}.${unread.some((p) => p.items.length > 0) ? ' Each status and the verdict say where they could change with them.' : ''}`;
  if (parts.length === 0) return unreadWords;
  const shown = parts.slice(0, MISSING_SHOWN).map((p) => {
    if (p.holds === 'rest') return `${p.name} (${HOLDS_WORDS.rest})`;
    return `${p.name} (${p.holds === 'notes' ? 'called' : 'named'} in ${p.firstMention}${HOLDS_WORDS[p.holds] ? `; ${HOLDS_WORDS[p.holds]}` : ''})`;
  });
  const more = parts.length > MISSING_SHOWN ? `, and ${parts.length - MISSING_SHOWN} more` : '';
  const lacks = `This file lacks parts its text refers to: ${shown.join('; ')}${more}. Where they could change a status or the verdict, it is said there: the answer describes the file, not the whole treaty.`;
  return unreadWords ? `${lacks} ${unreadWords}` : lacks;
}

/** For the top of the brief of an agreement written in a language the rules do not read; undefined when they read it. */
export function unreadLanguageWords(language: string | undefined): string | undefined {
  return language === undefined ? undefined : `This agreement is written in ${language}, which the rules do not read (they read English, French and Spanish): its clauses go unfound, so a status that would say "absent" says "undetermined", and so does the verdict unless a commitment found is reached. Clauses found are shown as read.`;
}

/** Next to an item or the verdict: the missing parts that could change it. */
export function missingHereWords(names: readonly string[]): string | undefined {
  return names.length === 0 ? undefined : `Could change with what the file lacks: ${names.join(', ')}.`;
}

export function provenanceWords(p: Provenance): string {
  return `Made on ${p.date} by culturescan ${p.culturescanVersion} (rules ${p.rulesVersion}) from ${p.source} (SHA-256 ${p.sha256}).`;
}

/** Quotes are given once: a finding quoted under an earlier item is referred back to. */
export function quoteTracker(): (fingerprint: string, label: string) => string | undefined {
  const first = new Map<string, string>();
  return (fingerprint, label) => {
    const earlier = first.get(fingerprint);
    if (earlier !== undefined) return earlier;
    first.set(fingerprint, label);
    return undefined;
  };
}
