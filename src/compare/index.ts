import { itemEvidence } from '../assess/item-evidence.js';
import type { Assessment, ChecklistItem, ChecklistItemId, Status, Verdict } from '../assess/types.js';
import { CATEGORIES, type AgreementDocument, type Category } from '../model.js';
import type { AgreementParties } from '../parties/index.js';
import { alignClauses, type ClauseLink } from './align.js';
import { NEAR_IDENTICAL } from './wording.js';

export { alignClauses, MIN_VERSION_SIMILARITY, type ClauseLink, type ClauseOutcome, type ClauseSource } from './align.js';
export type { DiffRun } from './word-diff.js';
export { NEAR_IDENTICAL } from './wording.js';
export { changesOnly, COMPARE_GATES, failedCompareGates, type CompareGate } from './changes.js';
export { clausePrints, isTemplate, lineage, MIN_TEMPLATE_CLAUSES, MIN_TEMPLATE_SHARE, type ClausePrint, type LineageAgreement, type LineageEntry, type SharedClause, type TemplateCandidate } from './lineage.js';

/** One agreement of a comparison: what was read and what the assessment made of it. */
export interface ComparedSide {
  doc: AgreementDocument;
  assessment: Assessment;
}

export interface ChecklistRow {
  item: ChecklistItemId;
  title: string;
  left: Status;
  right: Status;
  /** The articles (numbers as printed, in the brief's order) whose clauses each side's status rests on: where it differs. */
  leftRestsOn: string[];
  rightRestsOn: string[];
}

/** The articles a checklist item's status rests on, each once. */
function restsOn(item: ChecklistItem | undefined): string[] {
  return item ? [...new Set(itemEvidence(item).map((f) => f.location.articleNumber))] : [];
}

/**
 * How much of their cultural wording two agreements share: the sign of a common template (one
 * drafted from the other, or both from one model), whatever the dates say about which came first.
 */
export interface SharedWording {
  /** Clauses on each side, in the categories compared. */
  leftClauses: number;
  rightClauses: number;
  /** Pairs whose wording is at least NEAR_IDENTICAL alike. */
  nearIdentical: number;
  /** nearIdentical over the clauses of the side that has fewer: 1 when the smaller set is wholly reused. */
  share: number;
}

export interface Comparison {
  categories: Category[];
  /** Who each side's Parties are, as its assessment read them (stated, from the source, or from the text). */
  parties: { left: AgreementParties; right: AgreementParties };
  checklist: ChecklistRow[];
  ecommerce: { left: Verdict; right: Verdict };
  clauses: ClauseLink[];
  shared: SharedWording;
  /** Set when the comparison was cut to its changes: how many unchanged items and clauses were left out. */
  omitted?: { items: number; clauses: number };
}

/**
 * Compares two assessed agreements: the checklist side by side, the e-commerce verdicts, and every
 * clause of the categories asked for aligned with its counterpart (same words, reworded, or on one
 * side only). Pure: reading and scanning happen before, formatting after.
 */
export function compareAgreements(left: ComparedSide, right: ComparedSide, categories: readonly Category[] = CATEGORIES): Comparison {
  const rightItems = new Map(right.assessment.checklist.map((i) => [i.item, i]));
  const checklist = left.assessment.checklist.map((i) => {
    const counterpart = rightItems.get(i.item);
    return { item: i.item, title: i.title, left: i.status, right: counterpart?.status ?? 'absent', leftRestsOn: restsOn(i), rightRestsOn: restsOn(counterpart) };
  });
  const clauses = alignClauses({ findings: left.assessment.findings, text: left.doc.text }, { findings: right.assessment.findings, text: right.doc.text }, categories);
  const leftClauses = clauses.filter((c) => c.left).length;
  const rightClauses = clauses.filter((c) => c.right).length;
  const nearIdentical = clauses.filter((c) => c.similarity >= NEAR_IDENTICAL).length;
  const smaller = Math.min(leftClauses, rightClauses);
  return {
    categories: [...categories],
    parties: { left: left.assessment.parties, right: right.assessment.parties },
    checklist,
    ecommerce: { left: left.assessment.ecommerce.verdict, right: right.assessment.ecommerce.verdict },
    clauses,
    shared: { leftClauses, rightClauses, nearIdentical, share: smaller === 0 ? 0 : nearIdentical / smaller },
  };
}
