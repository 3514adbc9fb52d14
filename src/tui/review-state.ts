import type { AssessedFinding } from '../assess/types.js';
import type { Decision, DecisionEntry, DecisionFile } from './decisions.js';

/** One finding as the review shows it. */
export interface ReviewItem {
  fingerprint: string;
  category: string;
  /** "Article 7.2 — Chapter 7 Trade in Services", "Preamble". */
  where: string;
  article: string;
  legalForce: string;
  /** The article that keeps dispute settlement away from this finding, when one does. */
  outsideDisputeSettlement?: string;
  excerpt: string;
  ruleIds: string[];
}

export interface ReviewState {
  source: string;
  items: ReviewItem[];
  /** The item on screen. */
  index: number;
  /** Every decision known: those of earlier reviews (other drafts too) and this one's. */
  file: DecisionFile;
  /** Fingerprints decided in this session, to tell them from decisions carried over. */
  decidedNow: ReadonlySet<string>;
  /** Set when the file has changed since it was last written. */
  dirty: boolean;
  /** The note being written for the finding on screen (keys then go to it), if one is. */
  note?: string;
}

export type ReviewAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'nextOpen' }
  | { type: 'decide'; decision: Decision; at: string }
  | { type: 'saved' }
  /** Opens the note of a decided finding for writing (a finding needs a decision before a note). */
  | { type: 'startNote' }
  | { type: 'typeNote'; text: string }
  | { type: 'eraseNote' }
  | { type: 'commitNote'; at: string }
  | { type: 'cancelNote' };

/** The review's items: findings of the seven categories, in document order (informational kinds are the assessment's, not the reviewer's). */
export function reviewItems(findings: readonly AssessedFinding[], categories: ReadonlySet<string>, where: (finding: AssessedFinding) => string): ReviewItem[] {
  return findings
    .filter((f) => categories.has(f.category))
    .map((f) => ({
      fingerprint: f.fingerprint,
      category: f.category,
      where: where(f),
      article: f.location.articleNumber,
      legalForce: f.legalForce,
      ...(f.disputeSettlementExcluded ? { outsideDisputeSettlement: f.disputeSettlementExcluded.articleNumber } : {}),
      excerpt: f.excerpt,
      ruleIds: f.ruleIds,
    }));
}

export function initialState(source: string, items: ReviewItem[], file: DecisionFile): ReviewState {
  const first = items.findIndex((item) => !file.decisions[item.fingerprint]);
  return { source, items, index: Math.max(0, first), file, decidedNow: new Set(), dirty: false };
}

export function decisionOf(state: ReviewState, item: ReviewItem | undefined): DecisionEntry | undefined {
  return item ? state.file.decisions[item.fingerprint] : undefined;
}

/** How many of the items have a decision, from this review or an earlier one. */
export function decidedCount(state: ReviewState): number {
  return state.items.filter((item) => state.file.decisions[item.fingerprint]).length;
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  const last = state.items.length - 1;
  switch (action.type) {
    case 'next':
      return { ...state, index: Math.min(last, state.index + 1) };
    case 'previous':
      return { ...state, index: Math.max(0, state.index - 1) };
    case 'nextOpen': {
      const after = state.items.findIndex((item, i) => i > state.index && !state.file.decisions[item.fingerprint]);
      const any = state.items.findIndex((item) => !state.file.decisions[item.fingerprint]);
      return { ...state, index: after >= 0 ? after : any >= 0 ? any : state.index };
    }
    case 'decide': {
      const item = state.items[state.index];
      if (!item) return state;
      const entry: DecisionEntry = { decision: action.decision, category: item.category, source: state.source, article: item.article, excerpt: item.excerpt, decidedAt: action.at };
      return {
        ...state,
        file: { ...state.file, decisions: { ...state.file.decisions, [item.fingerprint]: entry } },
        decidedNow: new Set([...state.decidedNow, item.fingerprint]),
        index: Math.min(last, state.index + 1),
        dirty: true,
      };
    }
    case 'saved':
      return { ...state, dirty: false };
    case 'startNote': {
      const entry = decisionOf(state, state.items[state.index]);
      return entry ? { ...state, note: entry.note ?? '' } : state;
    }
    case 'typeNote':
      return state.note === undefined ? state : { ...state, note: state.note + action.text };
    case 'eraseNote':
      return state.note === undefined ? state : { ...state, note: state.note.slice(0, -1) };
    case 'cancelNote':
      return { ...state, note: undefined };
    case 'commitNote': {
      const item = state.items[state.index];
      const entry = decisionOf(state, item);
      if (!item || !entry || state.note === undefined) return { ...state, note: undefined };
      const { note: _old, ...rest } = entry;
      const text = state.note.trim();
      const updated: DecisionEntry = { ...rest, ...(text ? { note: text } : {}), decidedAt: action.at };
      return {
        ...state,
        note: undefined,
        file: { ...state.file, decisions: { ...state.file.decisions, [item.fingerprint]: updated } },
        decidedNow: new Set([...state.decidedNow, item.fingerprint]),
        dirty: true,
      };
    }
  }
}

/** How many of the items carry each decision. */
export function decisionCounts(items: readonly ReviewItem[], file: DecisionFile): Record<Decision, number> {
  const counts: Record<Decision, number> = { keep: 0, dismiss: 0, discuss: 0 };
  for (const item of items) {
    const entry = file.decisions[item.fingerprint];
    if (entry) counts[entry.decision]++;
  }
  return counts;
}
